import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sumOf, tallyInOrder } from './tally';

test('puts counts in the given order, adds repeated keys, and leaves out zeros', () => {
  const counts = [
    { key: 'MIXED', count: 2 },
    { key: 'FALSE', count: 1 },
    { key: 'TRUE', count: 0 },
    { key: 'MIXED', count: 1 },
  ] as const;
  assert.deepEqual(tallyInOrder([...counts], ['FALSE', 'MOSTLY_FALSE', 'MIXED', 'TRUE']), [
    { key: 'FALSE', count: 1 },
    { key: 'MIXED', count: 3 },
  ]);
});

test('sums counts', () => {
  assert.equal(sumOf([{ count: 2 }, { count: 3 }]), 5);
  assert.equal(sumOf([]), 0);
});
