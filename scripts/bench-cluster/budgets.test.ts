import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrkFigures as figures } from '../wrk/figures-for-tests';
import { edgeMissed } from './budgets';

const file = figures(20_000, 12);

test('half the file throughput or more, a p99 under 50 ms and clean answers: every budget held', () => {
  assert.deepEqual(edgeMissed(figures(10_000, 49.9), file), []);
});

test('under half the file, or a p99 of 50 ms or more, is missed with the figure measured', () => {
  assert.deepEqual(edgeMissed(figures(9_990, 20), file), ['x file >= 0.5: 0.50']);
  assert.deepEqual(edgeMissed(figures(15_000, 50), file), ['p99 < 50 ms: 50.0 ms']);
});

test('errors or non-2xx answers miss the budget, on the page and on the file it is compared with', () => {
  const timeouts = { socketErrors: { connect: 0, read: 0, write: 0, timeout: 3 } };
  assert.deepEqual(edgeMissed(figures(15_000, 20, { statuses: { '200': 10, '502': 4 } }), file), ['only 2xx: 4 other']);
  assert.deepEqual(edgeMissed(figures(15_000, 20), figures(20_000, 12, timeouts)), [
    'static file: no socket errors or timeouts: 3',
  ]);
});
