import type { WrkFigures } from './wrk-output';

/** What a 10-second wrk run might report, every answer a 200 unless `extra` says otherwise: for the budgets' tests. */
export const wrkFigures = (requestsPerSecond: number, p99Ms = 50, extra: Partial<WrkFigures> = {}): WrkFigures => ({
  requests: Math.round(requestsPerSecond * 10),
  requestsPerSecond,
  p50Ms: p99Ms / 2,
  p99Ms,
  maxMs: p99Ms * 2,
  socketErrors: { connect: 0, read: 0, write: 0, timeout: 0 },
  statuses: { '200': Math.round(requestsPerSecond * 10) },
  ...extra,
});
