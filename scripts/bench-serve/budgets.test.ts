import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrkFigures as figures } from '../wrk/figures-for-tests';
import type { WrkFigures } from '../wrk/wrk-output';
import { evaluate, memoryMissed, type Budget, type Measured } from './budgets';

const scenario = (name: string, budget: Budget, ...rounds: WrkFigures[]): Measured => ({
  name,
  path: `/${name}`,
  budget,
  rounds,
});
/** A file at 6,000 req/s and a prerendered page at 2,000 req/s with a p99 of 100 ms, and the claim page given. */
const run = (claim: WrkFigures, ...others: Measured[]) =>
  evaluate([
    scenario('file', 'file', figures(6000, 30)),
    scenario('prerendered', 'prerendered', figures(2000, 100)),
    scenario('claim', 'claim', claim),
    ...others,
  ]);
const missedOf = (rows: ReturnType<typeof evaluate>, name: string) => rows.find((row) => row.name === name)!.missed;

test('ratios are to the public/ file and to the prerendered page of the same run', () => {
  const claim = run(figures(1800)).find(({ name }) => name === 'claim')!;
  assert.equal(claim.fileRatio, 0.3);
  assert.equal(claim.prerenderedRatio, 0.9);
});

test('each ratio is the median of the ratios of each round, scenario and baseline measured in that round', () => {
  // The machine twice as fast in the second round, and slower in the third: 0.75 as a ratio of the
  // medians (900 / 1,200), 0.9 round by round.
  const rows = evaluate([
    scenario('file', 'file', figures(3000), figures(6000), figures(3600)),
    scenario('prerendered', 'prerendered', figures(1000), figures(2000), figures(1200)),
    scenario('claim', 'claim', figures(900), figures(1800), figures(800)),
  ]);
  const claim = rows.find(({ name }) => name === 'claim')!;
  assert.equal(claim.prerenderedRatio, 0.9);
  assert.equal(claim.fileRatio, 0.3);
  assert.equal(claim.figures.requestsPerSecond, 900, 'the row shows the median rate');

  // The p99s likewise: a slow third round for both pages (300 and 400 ms) and a spike of the claim
  // page's in the second (400 against 100) give 1.33 round by round, 4 as a ratio of the medians.
  const spiked = evaluate([
    scenario('file', 'file', figures(6000), figures(6000), figures(6000)),
    scenario('prerendered', 'prerendered', figures(2000, 100), figures(2000, 100), figures(2000, 300)),
    scenario('claim', 'claim', figures(1800, 120), figures(1800, 400), figures(1800, 400)),
  ]);
  assert.deepEqual(missedOf(spiked, 'claim'), []);
  assert.throws(
    () => evaluate([...rows.slice(0, 2), scenario('claim', 'claim', figures(900))]),
    /same number of rounds/,
  );
});

test('a claim page at 0.8 of the prerendered page, 0.3 of the file, p99 at 1.5 times, all 200: within budget', () => {
  assert.deepEqual(missedOf(run(figures(1800, 150)), 'claim'), []);
});

test('a claim page under 0.8 of the prerendered page misses, even when above 0.3 of the file', () => {
  const rows = evaluate([
    scenario('file', 'file', figures(4000)),
    scenario('prerendered', 'prerendered', figures(2000, 100)),
    scenario('claim', 'claim', figures(1500, 100)),
  ]);
  assert.deepEqual(missedOf(rows, 'claim'), ['x prerendered >= 0.80: 0.75']);
});

test('a claim page under 0.3 of the file misses, even when as fast as the prerendered page', () => {
  const rows = evaluate([
    scenario('file', 'file', figures(10000)),
    scenario('prerendered', 'prerendered', figures(2000, 100)),
    scenario('claim', 'claim', figures(2500, 100)),
  ]);
  assert.deepEqual(missedOf(rows, 'claim'), ['x file >= 0.30: 0.25']);
});

test("a claim page's p99 over 1.5 times the prerendered page's misses", () => {
  assert.deepEqual(missedOf(run(figures(1900, 151)), 'claim'), ["p99 <= 1.5 x prerendered's: 1.51 x"]);
});

test('a fast claim page with timeouts, non-2xx answers or no answer at all misses', () => {
  const timeouts = figures(1900, 100, { socketErrors: { connect: 0, read: 0, write: 0, timeout: 3 } });
  assert.deepEqual(missedOf(run(timeouts), 'claim'), ['no socket errors or timeouts: 3']);
  const errors = figures(1900, 100, { statuses: { '200': 100, '500': 2, '303': 1 } });
  assert.deepEqual(missedOf(run(errors), 'claim'), ['only 2xx: 3 other']);
  const silent = figures(0, 0, { requests: 0, statuses: {} });
  assert.ok(missedOf(run(silent), 'claim').includes('answered requests: none'));
});

test("lists, filters and the other pages need half the claim page's ratio to the prerendered page", () => {
  // The claim page at 0.9 of the prerendered page: the others need 0.45, 900 req/s.
  const rows = run(figures(1800), scenario('list', 'page', figures(900)), scenario('filters', 'page', figures(899)));
  assert.deepEqual(missedOf(rows, 'list'), []);
  assert.deepEqual(missedOf(rows, 'filters'), ["x prerendered (half the claim page's) >= 0.45: 0.45"]);
});

test('search needs 0.05 of the file, whatever the claim page does', () => {
  const rows = run(figures(100), scenario('search', 'search', figures(300)), scenario('slow', 'search', figures(290)));
  assert.deepEqual(missedOf(rows, 'search'), []);
  assert.deepEqual(missedOf(rows, 'slow'), ['x file >= 0.050: 0.048']);
});

test('a measured scenario has no budget, not even clean answers; a baseline must answer cleanly', () => {
  const failing = figures(10, 5000, { socketErrors: { connect: 0, read: 0, write: 0, timeout: 40 } });
  const rows = evaluate([
    scenario('file', 'file', figures(6000)),
    scenario('prerendered', 'prerendered', failing),
    scenario('claim', 'claim', figures(10)),
    scenario('share image', 'measured', failing),
  ]);
  assert.deepEqual(missedOf(rows, 'share image'), []);
  assert.deepEqual(missedOf(rows, 'prerendered'), ['no socket errors or timeouts: 40']);
});

test('a run without both baselines and the claim page cannot be judged', () => {
  assert.throws(() => evaluate([scenario('file', 'file', figures(6000))]), /"prerendered"/);
  assert.throws(() => run(figures(1800), scenario('second claim', 'claim', figures(1800))), /exactly one "claim"/);
});

test('resident memory may grow by 10% from the first minute to the end of the soak, not more', () => {
  const mb = 2 ** 20;
  assert.equal(memoryMissed(500 * mb, 550 * mb), undefined);
  assert.equal(memoryMissed(500 * mb, 400 * mb), undefined);
  assert.equal(memoryMissed(500 * mb, 551 * mb), 'resident memory <= 550 MB (first minute + 10%): 551 MB');
});
