import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  describeChanges,
  diffSnapshots,
  readableSnapshot,
  staleVersionMessage,
  type RevisionFields,
} from './revisions';

type Snapshot = {
  name: string;
  country: string | null;
  tags: { id: string; label: string }[];
  status: 'DRAFT' | 'PUBLISHED';
};

const fields: RevisionFields<Snapshot> = {
  name: { label: 'Name' },
  country: { label: 'Country', inline: true },
  tags: {
    label: 'Tags',
    format: (tags) => tags.map((tag) => tag.label).join(', '),
    identity: (tags) => tags.map((tag) => tag.id).join(' '),
  },
  status: { label: 'Publication', format: (status) => status.toLowerCase(), inline: true },
};

const base: Snapshot = {
  name: 'Ministry of Defence',
  country: 'GB',
  tags: [{ id: 't1', label: 'Defence' }],
  status: 'PUBLISHED',
};

test('only changed fields are listed, in the order the fields are described, formatted', () => {
  assert.deepEqual(diffSnapshots(fields, base, { ...base, status: 'DRAFT', name: 'MoD' }), [
    { field: 'name', label: 'Name', before: 'Ministry of Defence', after: 'MoD' },
    { field: 'status', label: 'Publication', before: 'published', after: 'draft' },
  ]);
});

test('an empty value reads as a dash, and a field set to empty is a change', () => {
  assert.deepEqual(diffSnapshots(fields, base, { ...base, country: null }), [
    { field: 'country', label: 'Country', before: 'GB', after: '—' },
  ]);
});

test('identity decides equality where the shown text would mislead', () => {
  assert.deepEqual(diffSnapshots(fields, base, { ...base, tags: [{ id: 't1', label: 'Defense' }] }), []);
  assert.equal(diffSnapshots(fields, base, { ...base, tags: [{ id: 't2', label: 'Defence' }] }).length, 1);
});

test('the first revision lists every field with nothing before', () => {
  const changes = diffSnapshots(fields, null, base);
  assert.deepEqual(
    changes.map((change) => change.field),
    ['name', 'country', 'tags', 'status'],
  );
  assert.ok(changes.every((change) => change.before === null));
});

test('a one-line summary quotes short fields and names long ones', () => {
  const changes = diffSnapshots(fields, base, { ...base, name: 'MoD', country: 'FR' });
  assert.equal(describeChanges(fields, changes), 'Name; Country: GB → FR');
});

test('a stale save is explained with who changed what, and when', () => {
  const message = staleVersionMessage('This person', [
    { actorName: 'Ada Editor', createdAt: new Date('2026-11-22T03:14:00Z'), summary: 'Verdict: False → True' },
    { actorName: null, createdAt: new Date('2026-11-22T03:20:00Z'), summary: 'Summary' },
  ]);
  assert.match(message, /^This person was changed after you opened it\./);
  assert.match(message, /Ada Editor changed Verdict: False → True on 22 November 2026 at 03:14 UTC\./);
  assert.match(message, /Someone changed Summary on 22 November 2026 at 03:20 UTC\./);
  assert.match(message, /Nothing was saved/);
});

test('a whole snapshot reads field by field, as the diff formats it', () => {
  assert.deepEqual(readableSnapshot(fields, { ...base, country: null }), {
    name: 'Ministry of Defence',
    country: '—',
    tags: 'Defence',
    status: 'published',
  });
});
