// npm run bench:cluster -- [--duration 10s] [--connections 100] [--timeout 10s] [--no-budget]
//
// The local cluster (npm run cluster:local, running) measured through its nginx (issue 13), wrk
// with 100 connections per scenario after a few warming requests:
//  - a copy of the claim page's HTML served by nginx as a static file: the baseline;
//  - the claim page through the edge, from the micro-cache; budget (scripts/bench-cluster/budgets.ts):
//    at least 0.5 of the file's requests/s, p99 under 50 ms, no errors;
//  - the claim page from the first app instance alone, and from every instance, both through nginx
//    without its cache (deploy/nginx/bench.conf): what the instances sustain, and what a second adds.
// Prints requests/s, p50, p99, errors, non-2xx and the ratios; exits non-zero when the budget is
// missed, unless --no-budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { edgeMissed } from './bench-cluster/budgets';
import { parseDuration } from './bench-serve/duration';
import { clusterConfig, origin, siteUrl } from './cluster/config';
import { staticRoot } from './cluster/nginx-config';
import { formatTable } from './table';
import { describeRun, formatFigure, formatRatio, get, measure, warm } from './wrk/measure';
import { WRK_MISSING, wrkInstalled } from './wrk/run-wrk';
import { claimPath } from './wrk/seed-pages';
import { errorCount, non2xxCount, type WrkFigures } from './wrk/wrk-output';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '10s' },
    connections: { type: 'string', default: '100' },
    // As in bench:serve: wrk leaves timed-out requests out of its latency figures, so a short
    // timeout would hide a slow tail.
    timeout: { type: 'string', default: '10s' },
    'no-budget': { type: 'boolean', default: false },
  },
});

const config = clusterConfig(process.env, path.resolve(import.meta.dirname, '..'));
/** Where the copy of the claim page lies, under the static server's root. */
const COPY_PATH = '/bench/claim-page.html';

function parseLoad() {
  try {
    const load = {
      seconds: parseDuration(options.duration),
      connections: Number(options.connections),
      timeoutSeconds: parseDuration(options.timeout),
    };
    if (!Number.isInteger(load.connections) || load.connections < 1)
      throw new Error(`--connections wants a whole number: "${options.connections}"`);
    return load;
  } catch (error) {
    console.error(`bench:cluster: ${(error as Error).message}`);
    process.exit(2);
  }
}

/** A scenario; `instances` when it measures the app instances without the cache, compared with one. */
type Row = { name: string; base: string; path: string; instances?: boolean; figures?: WrkFigures };

async function main(): Promise<number> {
  if (!wrkInstalled()) {
    console.error(`bench:cluster: ${WRK_MISSING}`);
    return 2;
  }
  const load = parseLoad();
  const edge = siteUrl(config);
  const page = await get(edge, claimPath).catch(() => undefined);
  if (page?.status !== 200) {
    console.error(
      `bench:cluster: ${edge}${claimPath} answered ${page?.status ?? 'nothing'}: start the cluster first (npm run cluster:local)`,
    );
    return 2;
  }
  // The page as nginx sends it to wrk (no Accept-Encoding: identity, like the file).
  mkdirSync(path.join(staticRoot(config), path.dirname(COPY_PATH)), { recursive: true });
  writeFileSync(path.join(staticRoot(config), COPY_PATH), page.body);
  const bytes = Buffer.byteLength(page.body);
  const copy = await get(origin(config.staticPort), COPY_PATH);
  if (copy.status !== 200 || copy.body !== page.body) {
    console.error(`bench:cluster: nginx's static server did not serve the copy of the page (${copy.status})`);
    return 2;
  }
  await warm(edge, claimPath);
  const cacheStatus = (await get(edge, claimPath)).headers.get('x-cache-status');
  if (cacheStatus !== 'HIT')
    console.log(`bench:cluster: note: the warm claim page came through the edge as ${cacheStatus}, not HIT`);

  const rows: Row[] = [
    { name: `nginx, static copy (${Math.round(bytes / 1024)} KB)`, base: origin(config.staticPort), path: COPY_PATH },
    { name: 'claim page through the edge (micro-cache)', base: edge, path: claimPath },
    { name: 'claim page, 1 instance, uncached', base: origin(config.singlePort), path: claimPath, instances: true },
    {
      name: `claim page, ${config.appPorts.length} instances, uncached`,
      base: origin(config.uncachedPort),
      path: claimPath,
      instances: true,
    },
  ];
  console.log(`bench:cluster: ${describeRun(load)}`);
  for (const row of rows) {
    process.stdout.write(`  ${row.name} (${row.base}${row.path}) ... `);
    await warm(row.base, row.path);
    row.figures = await measure(row.base, row.path, load);
    console.log(`${formatFigure(row.figures.requestsPerSecond)} req/s`);
  }
  const [file, cached, single, pool] = rows.map(({ figures }) => figures!) as [
    WrkFigures,
    WrkFigures,
    WrkFigures,
    WrkFigures,
  ];
  const missed = edgeMissed(cached, file);
  const budgets = !options['no-budget'];
  console.log(
    '\n' +
      formatTable(
        ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'x file', 'x 1 instance'],
        rows.map(({ name, figures, instances }) => [
          name,
          formatFigure(figures!.requestsPerSecond),
          formatFigure(figures!.p50Ms),
          formatFigure(figures!.p99Ms),
          String(errorCount(figures!)),
          String(non2xxCount(figures!)),
          formatRatio(figures!.requestsPerSecond / file.requestsPerSecond),
          instances ? formatRatio(figures!.requestsPerSecond / single.requestsPerSecond) : '',
        ]),
      ),
  );
  console.log(
    `\n${config.appPorts.length} instances uncached: ${formatRatio(pool.requestsPerSecond / single.requestsPerSecond)} x one instance`,
  );
  if (!budgets) return 0;
  for (const problem of missed) console.log(`budget missed: claim page through the edge: ${problem}`);
  console.log(missed.length ? '\nbench:cluster: budget missed' : '\nbench:cluster: budget met');
  return missed.length ? 1 : 0;
}

process.exit(await main());
