import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countOf } from './plural';

test('agrees the noun with the count, and groups thousands', () => {
  assert.equal(countOf(0, 'claim', 'claims'), '0 claims');
  assert.equal(countOf(1, 'claim', 'claims'), '1 claim');
  assert.equal(countOf(12345, 'person', 'people'), '12,345 people');
});
