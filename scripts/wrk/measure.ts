// One measurement as the serving benchmarks take it: a few warming requests, a few seconds of load
// that count for nothing, then wrk, its output read into figures; and the line that says under what
// conditions a run measured.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { runWrk } from './run-wrk';
import { parseWrkOutput, type WrkFigures } from './wrk-output';

export type Load = { connections: number; seconds: number; timeoutSeconds: number };

const WARMING_REQUESTS = 5;
/**
 * Seconds of load on a path before it is measured, thrown away. V8 optimizes a function only after
 * many calls, so a server's first seconds on code it has not run hot measure the compiler: on this
 * machine a cached API answer served 506 requests/s in its first 5 s under load and 925 in the
 * next 10, and the prerendered page 1,559 and then 2,138 (docs/benchmarks.md).
 */
const WARM_UP_SECONDS = 5;

export async function get(base: string, path: string): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(base + path, { signal: AbortSignal.timeout(30_000) });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

/** A few requests for `path` before it is measured: its cache entry, the connections to the database. */
export async function warm(base: string, path: string): Promise<void> {
  for (let i = 0; i < WARMING_REQUESTS; i++) await get(base, path).catch(() => undefined);
}

/** `path` under `load` for WARM_UP_SECONDS, its figures thrown away. */
export async function warmUnderLoad(base: string, path: string, load: Load): Promise<void> {
  await runWrk({ base, paths: [path], ...load, seconds: WARM_UP_SECONDS });
}

/** `path` under `load`, with wrk. */
export async function measure(base: string, path: string, load: Load): Promise<WrkFigures> {
  return parseWrkOutput(await runWrk({ base, paths: [path], ...load }));
}

/** Commit, time, load and the machine's load average: the machine may be shared, and a load that is not ours slows every figure. */
export function describeRun({ connections, seconds, timeoutSeconds }: Load): string {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  return (
    `commit ${commit || '?'}, ${new Date().toISOString()}, wrk ${connections} connections, ${seconds} s per scenario, ` +
    `timeout ${timeoutSeconds} s, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`
  );
}

/** A rate or a latency as the reports print it: whole above 100, one decimal below. */
export const formatFigure = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
/** A ratio as the reports print it: three decimals below 0.1, two above. */
export const formatRatio = (value: number) => value.toFixed(value < 0.1 ? 3 : 2);
