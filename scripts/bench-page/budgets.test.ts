import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KB, missedBudgets, type PageWeightAndPaint } from './budgets';

const lean: PageWeightAndPaint = {
  claimJavaScript: 120 * KB,
  baselineJavaScript: 110 * KB,
  html: 30 * KB,
  dataFetches: 0,
  lcpMs: 1200,
  cls: 0.01,
  tbtMs: 40,
};

test('a lean page misses nothing; the JavaScript budget is on the difference, up to 15 KB included', () => {
  assert.deepEqual(missedBudgets(lean), []);
  assert.deepEqual(missedBudgets({ ...lean, claimJavaScript: 125 * KB }), []);
});

test('each budget missed is named with the figure measured', () => {
  assert.deepEqual(
    missedBudgets({
      claimJavaScript: 140 * KB,
      baselineJavaScript: 110 * KB,
      html: 40 * KB,
      dataFetches: 2,
      lcpMs: 1500,
      cls: 0.05,
      tbtMs: 180.4,
    }),
    [
      'JavaScript beyond the baseline page <= 15.0 KB: 30.0 KB',
      'HTML < 40.0 KB: 40.0 KB',
      'no client-side data fetch: 2',
      'LCP < 1500 ms: 1500 ms',
      'CLS < 0.05: 0.050',
      'TBT < 100 ms: 180 ms',
    ],
  );
});
