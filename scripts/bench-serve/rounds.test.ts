import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrkFigures as round } from '../wrk/figures-for-tests';
import { combineRounds } from './rounds';

test('rates and percentiles are the median round, each on its own, so one slow round moves none of them', () => {
  const combined = combineRounds([round(900, 300), round(400, 2000), round(1000, 350)]);
  assert.equal(combined.requestsPerSecond, 900);
  assert.equal(combined.p50Ms, 175);
  assert.equal(combined.p99Ms, 350);
  assert.equal(combined.maxMs, 4000);
});

test('an even number of rounds takes the mean of the middle two', () => {
  assert.equal(combineRounds([round(800, 100), round(1000, 300)]).requestsPerSecond, 900);
});

test('requests, socket errors and statuses of every round add up: an error in one round stays in the row', () => {
  const combined = combineRounds([
    round(500, 100),
    round(500, 100, {
      socketErrors: { connect: 0, read: 1, write: 0, timeout: 2 },
      statuses: { '200': 4990, '503': 10 },
    }),
  ]);
  assert.equal(combined.requests, 10_000);
  assert.deepEqual(combined.socketErrors, { connect: 0, read: 1, write: 0, timeout: 2 });
  assert.deepEqual(combined.statuses, { '200': 9990, '503': 10 });
});

test('no rounds is a mistake, not a row of zeros', () => {
  assert.throws(() => combineRounds([]), /no round/);
});
