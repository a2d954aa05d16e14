import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsChanged, claimTag, COLLECTION, EVERY_COLLECTION, NAMES_ON_A_CLAIM } from './tags';

test('a change to claims names each claim once, and the collection that lists them', () => {
  assert.deepEqual(claimsChanged(['a', 'b', 'a']), ['claim:a', 'claim:b', 'claims']);
  assert.deepEqual(claimsChanged([]), ['claims']);
});

test("a claim's page depends on its own tag and the names it shows, not on the claim collection", () => {
  // Another claim's edit expires the collection: the claim page must not depend on it.
  assert.equal(NAMES_ON_A_CLAIM.includes(COLLECTION.claims), false);
  assert.equal(claimTag('x'), 'claim:x');
});

test('every collection is named, and tags fit within what Next.js accepts', () => {
  assert.deepEqual([...EVERY_COLLECTION].sort(), ['claims', 'organizations', 'people', 'sources', 'topics']);
  // Next.js refuses tags over 256 characters; a claim id is a UUID.
  assert.ok(claimTag('00000000-0000-4000-8000-000000000000').length < 256);
});
