import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeChanges, diffSnapshots } from './revisions';
import { sourceRevisionFields, type SourceSnapshot } from './source-revisions';

const base: SourceSnapshot = {
  kind: 'NEWS_ARTICLE',
  outlet: 'Daily',
  title: 'Headline',
  url: null,
  publishedOn: '2020-01-02',
  language: 'en',
  provenanceNote: null,
  archiveText: 'Text one.',
  archiveSha256: 'a'.repeat(64),
  status: 'PUBLISHED',
  deleted: false,
};

test('a replaced text of the same length is a change, shown by its length rather than in full', () => {
  const changes = diffSnapshots(sourceRevisionFields, base, {
    ...base,
    archiveText: 'Text two.',
    archiveSha256: 'b'.repeat(64),
  });
  assert.deepEqual(
    changes.map((change) => [change.label, change.before, change.after]),
    [
      ['Archived text', '9 characters', '9 characters'],
      ['Archive SHA-256', 'a'.repeat(64), 'b'.repeat(64)],
    ],
  );
});

test('kinds read as readers read them; unknown values as a dash', () => {
  const changes = diffSnapshots(sourceRevisionFields, base, { ...base, kind: 'TRANSCRIPT', outlet: null });
  assert.equal(describeChanges(sourceRevisionFields, changes), 'Kind: News article → Transcript; Outlet: Daily → —');
});
