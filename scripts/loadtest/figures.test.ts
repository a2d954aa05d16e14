import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countOutcomes, failuresByWindow, failuresDuringOutageByPage, recoveryMs, type Sample } from './figures';

const outage = { stoppedAt: 1000, startedAt: 3000 };
const samples = (...pairs: [number, string][]): Sample[] => pairs.map(([at, outcome]) => ({ at, outcome }));

test('recovery is the time from the restart to the first good answer after the last bad one', () => {
  const seen = samples([900, '200'], [1500, '500'], [3100, '500'], [3500, '200'], [3600, '503'], [4200, '200']);
  assert.equal(recoveryMs(seen, outage), 1200);
});

test('recovery is zero when nothing failed after the restart, and unknown when the run ended failing', () => {
  assert.equal(recoveryMs(samples([1500, '500'], [3000, '200']), outage), 0);
  assert.equal(recoveryMs(samples([3100, '200'], [3200, 'timeout']), outage), undefined);
});

test('failures are split between the outage and the rest of the run; redirects count as good', () => {
  const seen = samples([500, '500'], [1000, '503'], [2999, 'timeout'], [3000, '500'], [3100, '303']);
  assert.deepEqual(failuresByWindow(seen, outage), { during: 2, outside: 2 });
});

test('outcomes are counted, most frequent first', () => {
  assert.deepEqual(countOutcomes(samples([1, '200'], [2, '500'], [3, '200'], [4, 'timeout'], [5, '500'], [6, '200'])), [
    ['200', 3],
    ['500', 2],
    ['timeout', 1],
  ]);
});

test('the failures during the outage are named by page, the page with most first; the rest of the run is left out', () => {
  const seen: Sample[] = [
    { at: 500, outcome: '500', path: '/claims' },
    { at: 1100, outcome: '500', path: '/people' },
    { at: 1200, outcome: '200', path: '/claims' },
    { at: 1300, outcome: '500', path: '/claims' },
    { at: 1400, outcome: 'timeout', path: '/claims' },
    { at: 3000, outcome: '500', path: '/people' },
  ];
  assert.deepEqual(failuresDuringOutageByPage(seen, outage), [
    ['/claims', '500 x1, timeout x1'],
    ['/people', '500 x1'],
  ]);
});
