// A scenario measured in several rounds, the rounds of all scenarios interleaved, read as one row:
// pure, so that how rounds combine is tested apart from a run. On this shared 2-core machine two
// 10-second runs of the same page differ by up to 30 %, and a baseline measured minutes before a
// scenario drifts with the machine; the median of rounds spread over the whole run is what each row
// shows, and each ratio is the median of the rounds' own ratios (./budgets.ts, docs/benchmarks.md).
import type { WrkFigures } from '../wrk/wrk-output';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function sum<K extends string>(records: readonly Record<K, number>[]): Record<K, number> {
  const total = {} as Record<K, number>;
  for (const record of records)
    for (const [key, value] of Object.entries(record) as [K, number][]) total[key] = (total[key] ?? 0) + value;
  return total;
}

/**
 * The rounds of one scenario as one row: the median of its rates and of its p50 and p99 latencies,
 * the longest latency of any round, and every request, socket error and status of all rounds added
 * up, so that a round with an error or a non-2xx answer leaves the row unclean.
 */
export function combineRounds(rounds: readonly WrkFigures[]): WrkFigures {
  if (!rounds.length) throw new Error('no round to combine');
  return {
    requests: rounds.reduce((total, round) => total + round.requests, 0),
    requestsPerSecond: median(rounds.map((round) => round.requestsPerSecond)),
    p50Ms: median(rounds.map((round) => round.p50Ms)),
    p99Ms: median(rounds.map((round) => round.p99Ms)),
    maxMs: Math.max(...rounds.map((round) => round.maxMs)),
    socketErrors: sum(rounds.map((round) => round.socketErrors)),
    statuses: sum(rounds.map((round) => round.statuses)),
  };
}
