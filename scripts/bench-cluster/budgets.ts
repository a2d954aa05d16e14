// bench:cluster's budget (issue 13): through nginx, the claim page at least half as fast as nginx
// serving a file of the same size, with a p99 under 50 ms and every answer a clean 2xx. Pure, so
// the rule is tested apart from a run; the file is measured in the same run, on the same nginx.
import { cleanAnswers } from '../bench-serve/budgets';
import type { WrkFigures } from '../wrk/wrk-output';

export const EDGE_VS_FILE = 0.5;
export const EDGE_P99_MS = 50;

/** The budgets the claim page through the edge missed, each with what was wanted and measured; empty when all held. */
export function edgeMissed(edge: WrkFigures, file: WrkFigures): string[] {
  const ratio = edge.requestsPerSecond / file.requestsPerSecond;
  return [
    ...(ratio >= EDGE_VS_FILE ? [] : [`x file >= ${EDGE_VS_FILE}: ${ratio.toFixed(2)}`]),
    ...(edge.p99Ms < EDGE_P99_MS ? [] : [`p99 < ${EDGE_P99_MS} ms: ${edge.p99Ms.toFixed(1)} ms`]),
    ...cleanAnswers(edge),
    // A baseline with errors makes the ratio mean nothing.
    ...cleanAnswers(file).map((problem) => `static file: ${problem}`),
  ];
}
