// The serving benchmark's budgets (issue 12), applied to what wrk measured: pure, so each rule is
// tested apart from a run. Every figure is compared with the two baselines measured in the same run
// on the same server (a file from public/ and the prerendered methodology page), so that a budget
// holds on any machine and under any other load, as far as both slow down alike.
//
// A ratio (of throughputs, or of the claim page's p99 to the prerendered page's) pairs each round of
// a scenario with the baselines' measurement in the same round, and is the median of those
// per-round ratios. This machine's speed drifts from minute to minute (one run
// measured the prerendered page at 1,014, 897 and 1,234 requests/s in its three rounds): a ratio of
// two medians could set a scenario's fast round against a baseline's slow one.
import { errorCount, non2xxCount, type WrkFigures } from '../wrk/wrk-output';
import { combineRounds, median } from './rounds';

/**
 * What a scenario is held to:
 * - file, prerendered: the baselines; they must answer cleanly, or no ratio means anything;
 * - claim: the claim page on a warm cache, as fast as a static page of its size;
 * - page: lists, filters, people, timelines, API, feeds, embeds: at least half the claim page's ratio;
 * - search: a new query may run one, so at least 0.05 of the file;
 * - measured: printed without a budget (the claim page after an edit, the share image).
 */
export type Budget = 'file' | 'prerendered' | 'claim' | 'page' | 'search' | 'measured';

/** A scenario's rounds, in the order of the run's rounds: the same count for every scenario. */
export type Measured = { name: string; path: string; budget: Budget; rounds: readonly WrkFigures[] };

export type Evaluated = Measured & {
  /** The rounds as one row (combineRounds): median rates and latencies, every request and error. */
  figures: WrkFigures;
  /** Requests per second as a fraction of the public/ file's and of the prerendered page's, paired by round. */
  fileRatio: number;
  prerenderedRatio: number;
  /** The budgets missed, each saying what was wanted and what was measured; empty when all held. */
  missed: string[];
};

export const CLAIM_VS_PRERENDERED = 0.8;
export const CLAIM_VS_FILE = 0.3;
export const CLAIM_P99_VS_PRERENDERED = 1.5;
export const PAGE_VS_CLAIM = 0.5;
export const SEARCH_VS_FILE = 0.05;
/** Resident memory after the soak may exceed its size after the first minute by this fraction. */
export const MEMORY_GROWTH = 0.1;

const fixed = (value: number) => value.toFixed(value < 0.1 ? 3 : 2);

/** A response that is an error is not a page served, however fast: every budgeted scenario answers only 2xx. */
export function cleanAnswers(figures: WrkFigures): string[] {
  const errors = errorCount(figures);
  const non2xx = non2xxCount(figures);
  return [
    ...(errors ? [`no socket errors or timeouts: ${errors}`] : []),
    ...(non2xx ? [`only 2xx: ${non2xx} other`] : []),
    ...(figures.requests === 0 ? ['answered requests: none'] : []),
  ];
}

export function evaluate(measured: readonly Measured[]): Evaluated[] {
  const only = (budget: Budget) => {
    const found = measured.filter((scenario) => scenario.budget === budget);
    if (found.length !== 1) throw new Error(`the benchmark needs exactly one "${budget}" scenario`);
    return found[0]!;
  };
  const roundCount = measured[0]?.rounds.length;
  if (!roundCount || measured.some(({ rounds }) => rounds.length !== roundCount))
    throw new Error('every scenario needs the same number of rounds, at least one');
  const file = only('file');
  const prerendered = only('prerendered');
  /** The median over the rounds of `figure` as a fraction of the baseline's in the same round. */
  const pairedRatio = (scenario: Measured, baseline: Measured, figure: 'requestsPerSecond' | 'p99Ms') =>
    median(scenario.rounds.map((round, index) => round[figure] / baseline.rounds[index]![figure]));
  const claimRatio = pairedRatio(only('claim'), prerendered, 'requestsPerSecond');

  return measured.map((scenario) => {
    const figures = combineRounds(scenario.rounds);
    const fileRatio = pairedRatio(scenario, file, 'requestsPerSecond');
    const prerenderedRatio = pairedRatio(scenario, prerendered, 'requestsPerSecond');
    const missed: string[] = [];
    const atLeast = (value: number, wanted: number, what: string) => {
      if (!(value >= wanted)) missed.push(`${what} >= ${fixed(wanted)}: ${fixed(value)}`);
    };
    switch (scenario.budget) {
      case 'claim':
        atLeast(prerenderedRatio, CLAIM_VS_PRERENDERED, 'x prerendered');
        atLeast(fileRatio, CLAIM_VS_FILE, 'x file');
        const p99Ratio = pairedRatio(scenario, prerendered, 'p99Ms');
        if (!(p99Ratio <= CLAIM_P99_VS_PRERENDERED))
          missed.push(`p99 <= ${CLAIM_P99_VS_PRERENDERED} x prerendered's: ${fixed(p99Ratio)} x`);
        break;
      case 'page':
        atLeast(prerenderedRatio, PAGE_VS_CLAIM * claimRatio, `x prerendered (half the claim page's)`);
        break;
      case 'search':
        atLeast(fileRatio, SEARCH_VS_FILE, 'x file');
        break;
      case 'file':
      case 'prerendered':
      case 'measured':
        break;
    }
    if (scenario.budget !== 'measured') missed.push(...cleanAnswers(figures));
    return { ...scenario, figures, fileRatio, prerenderedRatio, missed };
  });
}

/** The soak's budget: resident memory at the end within MEMORY_GROWTH of its size after the first minute. */
export function memoryMissed(afterFirstMinute: number, atEnd: number): string | undefined {
  const limit = afterFirstMinute * (1 + MEMORY_GROWTH);
  return atEnd <= limit
    ? undefined
    : `resident memory <= ${Math.round(limit / 2 ** 20)} MB (first minute + ${MEMORY_GROWTH * 100}%): ${Math.round(atEnd / 2 ** 20)} MB`;
}
