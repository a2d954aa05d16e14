import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctionRequired, describeClaimChanges, diffClaimSnapshots, type ClaimSnapshot } from './claim-revisions';

const base: ClaimSnapshot = {
  summary: 'The war is over',
  verdict: 'FALSE',
  verdictExplanation: 'Fighting went on.',
  topics: [{ slug: 'syria', name: 'Syria' }],
  status: 'PUBLISHED',
  deleted: false,
};

test('an unchanged snapshot has no differences', () => {
  assert.deepEqual(diffClaimSnapshots(base, { ...base, topics: [...base.topics] }), []);
});

test('lists the changed fields in a fixed order, with readable values before and after', () => {
  const after: ClaimSnapshot = { ...base, verdict: 'MOSTLY_FALSE', summary: 'The war is nearly over', topics: [] };
  assert.deepEqual(diffClaimSnapshots(base, after), [
    { field: 'summary', label: 'Summary', before: 'The war is over', after: 'The war is nearly over' },
    { field: 'verdict', label: 'Verdict', before: 'False', after: 'Mostly false' },
    { field: 'topics', label: 'Topics', before: 'Syria', after: 'none' },
  ]);
});

test('a renamed topic is not a change to the claim', () => {
  assert.deepEqual(diffClaimSnapshots(base, { ...base, topics: [{ slug: 'syria', name: 'Syrian war' }] }), []);
});

test('the first revision lists every field as set, with nothing before', () => {
  const changes = diffClaimSnapshots(null, base);
  assert.equal(changes.length, 6);
  assert.ok(changes.every((change) => change.before === null));
  assert.deepEqual(
    changes.find((change) => change.field === 'deleted'),
    { field: 'deleted', label: 'Deleted', before: null, after: 'no' },
  );
});

test('describes changes in one line, quoting verdicts but not long texts', () => {
  const changes = diffClaimSnapshots(base, { ...base, verdict: 'TRUE', verdictExplanation: 'It ended.' });
  assert.equal(describeClaimChanges(changes), 'Verdict: False → True; Verdict explanation');
});

test('a correction is required when a published verdict changes, and only then', () => {
  assert.equal(correctionRequired(base, { ...base, verdict: 'MIXED' }), true);
  assert.equal(correctionRequired(base, { ...base, summary: 'Reworded' }), false);
  assert.equal(correctionRequired({ ...base, status: 'DRAFT' }, { ...base, status: 'DRAFT', verdict: 'MIXED' }), false);
});

test("a proposed claim's review reads as its publication changing", () => {
  const submitted: ClaimSnapshot = { ...base, status: 'SUBMITTED' };
  assert.deepEqual(diffClaimSnapshots(submitted, base), [
    { field: 'status', label: 'Publication', before: 'submitted for review', after: 'published' },
  ]);
  assert.deepEqual(diffClaimSnapshots(submitted, { ...base, status: 'REJECTED' }), [
    { field: 'status', label: 'Publication', before: 'submitted for review', after: 'rejected' },
  ]);
  assert.equal(
    correctionRequired(submitted, { ...base, verdict: 'TRUE' }),
    false,
    'readers were told nothing before publication',
  );
});
