import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEntry, encodeEntry } from './entry-codec.js';

test("an entry's fields and bytes come back as they went in", () => {
  const entry = {
    tags: ['claim:1', 'claims'],
    stale: 30,
    timestamp: 1_765_000_000_000,
    revalidate: 60,
    expire: 604_800,
  };
  const bytes = new Uint8Array([0, 1, 2, 255, 0x7b]);
  const decoded = decodeEntry(encodeEntry(entry, bytes));
  assert.deepEqual(decoded?.entry, entry);
  assert.deepEqual(decoded?.value, bytes);
});

test('a value the codec did not write is no entry, not an exception', () => {
  assert.equal(decodeEntry(null), null);
  assert.equal(decodeEntry(Buffer.from([0, 0])), null);
  assert.equal(decodeEntry(Buffer.from([0, 0, 0, 9, 0x7b])), null, 'fields longer than the value');
  assert.equal(decodeEntry(Buffer.from([0, 0, 0, 1, 0x7b])), null, 'fields that are not JSON');
});
