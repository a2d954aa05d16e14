import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  latestExpiry,
  mergeTagRecord,
  recordTagInvalidation,
  tagsExpiredSince,
  tagsStaleSince,
} from './tag-manifest.js';

type Manifest = Map<string, { stale?: number; expired?: number }>;

test('updateTag expires a tag now: entries made before are out, entries made after are in', () => {
  const manifest: Manifest = new Map();
  recordTagInvalidation(manifest, ['claim:1'], undefined, 1_000);
  assert.equal(tagsExpiredSince(manifest, ['claims', 'claim:1'], 999, 1_000), true);
  assert.equal(tagsExpiredSince(manifest, ['claim:1'], 1_000, 2_000), false);
  assert.equal(tagsExpiredSince(manifest, ['claim:2'], 0, 2_000), false);
  assert.equal(latestExpiry(manifest, ['claim:1', 'claim:2']), 1_000);
  assert.equal(latestExpiry(manifest, ['claim:2']), 0);
});

test('revalidateTag with a profile makes a tag stale now and expires it when the profile says', () => {
  const manifest: Manifest = new Map();
  recordTagInvalidation(manifest, ['claims'], { expire: 60 }, 1_000);
  assert.deepEqual(manifest.get('claims'), { stale: 1_000, expired: 61_000 });
  assert.equal(tagsStaleSince(manifest, ['claims'], 999), true);
  assert.equal(tagsExpiredSince(manifest, ['claims'], 999, 30_000), false, 'not yet expired');
  assert.equal(tagsExpiredSince(manifest, ['claims'], 999, 61_000), true);
});

test('a record heard from elsewhere keeps the later of each time, whatever the order', () => {
  const manifest: Manifest = new Map([['claim:1', { stale: 5_000, expired: 2_000 }]]);
  mergeTagRecord(manifest, 'claim:1', { stale: 4_000, expired: 3_000 });
  assert.deepEqual(manifest.get('claim:1'), { stale: 5_000, expired: 3_000 });
  mergeTagRecord(manifest, 'claim:2', { expired: 7_000, stale: 'soon' });
  assert.deepEqual(manifest.get('claim:2'), { expired: 7_000 });
});
