import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oncePerInterval } from './once-per-interval';

test('the first event is reported, repeats within the interval are not, the next one after it is', () => {
  const shouldReport = oncePerInterval(60_000);
  assert.equal(shouldReport('replica 1', 1_000), true);
  assert.equal(shouldReport('replica 1', 1_001), false);
  assert.equal(shouldReport('replica 1', 60_999), false);
  assert.equal(shouldReport('replica 1', 61_000), true);
  assert.equal(shouldReport('replica 1', 61_001), false);
});

test('each key has its own interval', () => {
  const shouldReport = oncePerInterval(60_000);
  assert.equal(shouldReport('replica 1', 0), true);
  assert.equal(shouldReport('replica 2', 10), true);
  assert.equal(shouldReport('replica 1', 20), false);
});
