import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relatedClaimPair } from './related-claims';

test('a pair is stored in one order whichever claim it is linked from', () => {
  const a = '0190a0b0-0000-7000-8000-000000000001';
  const b = '0190A0B0-0000-7000-8000-000000000002';
  const expected = { firstClaimId: a, secondClaimId: b.toLowerCase() };
  assert.deepEqual(relatedClaimPair(a, b), expected);
  assert.deepEqual(relatedClaimPair(b, a), expected);
});
