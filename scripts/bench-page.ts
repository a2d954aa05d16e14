// npm run bench:page -- [--runs 5] [--port 3312] [--url http://host:port] [--no-budget]
//
// The claim page's weight and paint on a phone (issue 12, "Leaner pages"), against the production
// build, each figure beside the same figure for a baseline page measured in the same run: the
// not-found page, the emptiest page of the build (the root layout, a heading, a paragraph, two links).
//
// - JavaScript: gzip bytes of the scripts a phone's browser loads for the seed's ISIS claim page,
//   and for the baseline; budget: at most 15 KB more.
// - HTML: gzip bytes of the document, React Server Components payload included, of a claim with 20
//   counter-statements (made once on the configured database with the test factories:
//   scripts/bench-page/claim-with-counter-statements.ts); budget: under 40 KB.
// - Client-side data fetching: every fetch or XHR of the claim page while a reader scrolls to its
//   end, the router's prefetches told apart; budget: no other.
// - LCP, CLS and TBT on a throttled phone (scripts/bench-page/mobile-profile.ts: Lighthouse's slow
//   4G and 4x CPU), cold cache, the median of --runs loads of each page, alternated; budgets:
//   LCP < 1.5 s, CLS < 0.05, TBT < 100 ms.
//
// It starts `next start` itself on the configured database (DATABASE_URL, or the embedded PGlite in
// PGLITE_DIR), or measures the server at --url, which must read that same database (the 20-answer
// claim is written there). It never builds: `npm run bench:page` runs `npm run build` first. Exits 1
// on a missed budget, 2 when it cannot run.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { env } from '../lib/env';
import { routes } from '../lib/routes';
import { missedBudgets, KB, type PageWeightAndPaint } from './bench-page/budgets';
import { claimWithCounterStatements, COUNTER_STATEMENTS } from './bench-page/claim-with-counter-statements';
import { CPU_SLOWDOWN, PHONE, SLOW_4G } from './bench-page/mobile-profile';
import { median } from './bench-page/paint-metrics';
import { gzipBytes, inventory, paintFigures, type Inventory, type PaintFigures } from './bench-page/page-visits';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { hasProductionBuild, NO_BUILD, startProductionServer, type ProductionServer } from './production-server';
import { formatTable } from './table';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    port: { type: 'string', default: '3312' },
    runs: { type: 'string', default: '5' },
    'no-budget': { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench:page: --runs wants a whole number: "${options.runs}"`);
  process.exit(2);
}

// The seed's most shared claim (prisma/seed/data.ts), and a path no route matches.
const CLAIM_PATH = routes.claim('trump-we-have-defeated-isis-in-syria');
const BASELINE_PATH = '/page-benchmark-no-such-page';

const kilobytes = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)}`;

async function documentSize(base: string, path: string, expectedStatus: number) {
  const response = await fetch(base + path, { signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== expectedStatus)
    throw new Error(`${path} answered ${response.status}, not ${expectedStatus}: seed the database (npm run db:seed)`);
  return { raw: body.length, gzip: gzipBytes(body) };
}

const sum = (scripts: Inventory['scripts']) => scripts.reduce((total, script) => total + script.gzipBytes, 0);

function printJavaScript(claim: Inventory, baseline: Inventory): void {
  const baselineUrls = new Set(baseline.scripts.map(({ url }) => new URL(url).pathname));
  const extra = claim.scripts.filter(({ url }) => !baselineUrls.has(new URL(url).pathname));
  console.log(
    `\nJavaScript, gzip: claim page ${kilobytes(sum(claim.scripts))} in ${claim.scripts.length} scripts, ` +
      `baseline ${kilobytes(sum(baseline.scripts))} in ${baseline.scripts.length}; difference ` +
      `${kilobytes(sum(claim.scripts) - sum(baseline.scripts))}`,
  );
  const extraUrls = new Set(extra.map(({ url }) => url));
  for (const script of [...claim.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes))
    console.log(
      `  ${extraUrls.has(script.url) ? 'claim page only' : 'both pages     '} ${kilobytes(script.gzipBytes).padStart(8)} ${new URL(script.url).pathname}`,
    );
}

function printFetches(claim: Inventory): number {
  const prefetches = claim.fetches.filter(({ prefetch }) => prefetch);
  const dataFetches = claim.fetches.filter(({ prefetch }) => !prefetch);
  console.log(
    `\nRequests by script while a reader scrolls the claim page to its end: ${dataFetches.length} data fetch(es), ` +
      `${prefetches.length} router prefetch(es)`,
  );
  for (const { url, prefetch } of claim.fetches) console.log(`  ${prefetch ? 'prefetch' : 'FETCH   '} ${url}`);
  return dataFetches.length;
}

type PaintSummary = { lcpMs: number; cls: number; tbtMs: number; fcpMs: number; ttiMs: number };

function summarize(figures: PaintFigures[]): PaintSummary {
  return {
    fcpMs: median(figures.map(({ fcpMs }) => fcpMs)),
    lcpMs: median(figures.map(({ lcpMs }) => lcpMs)),
    cls: median(figures.map(({ cls }) => cls)),
    tbtMs: median(figures.map(({ tbtMs }) => tbtMs)),
    ttiMs: median(figures.map(({ ttiMs }) => ttiMs)),
  };
}

function printPaint(pages: { name: string; figures: PaintFigures[] }[]): void {
  console.log(
    `\nOn a throttled ${PHONE} (${SLOW_4G.latency} ms per request, ${Math.round((SLOW_4G.downloadThroughput * 8) / 1024)} Kbps down, ` +
      `CPU ${CPU_SLOWDOWN}x slower), cold cache, median of ${runs} loads (each load's figures in brackets):`,
  );
  const each = (figures: PaintFigures[], pick: (run: PaintFigures) => string) => `[${figures.map(pick).join(' ')}]`;
  console.log(
    formatTable(
      ['page', 'FCP ms', 'LCP ms', 'CLS', 'TBT ms', 'TTI ms', 'LCP of each load', 'TBT of each load'],
      pages.map(({ name, figures }) => {
        const median = summarize(figures);
        return [
          name,
          ms(median.fcpMs),
          ms(median.lcpMs),
          median.cls.toFixed(3),
          ms(median.tbtMs),
          ms(median.ttiMs),
          each(figures, (run) => ms(run.lcpMs)),
          each(figures, (run) => ms(run.tbtMs)),
        ];
      }),
    ),
  );
  for (const { name, figures } of pages) {
    console.log(`  ${name}: LCP element ${[...new Set(figures.map(({ lcpElement }) => lcpElement))].join(' | ')}`);
    const tasks = figures.flatMap(({ longTasks }) => longTasks.map((task) => task.end - task.start));
    if (tasks.length)
      console.log(`  ${name}: long tasks between FCP and TTI, ms, all loads: ${tasks.map(ms).join(' ')}`);
  }
}

function describeDatabase(): string {
  if (!env.DATABASE_URL) return `embedded PGlite in ${env.PGLITE_DIR}`;
  const url = new URL(env.DATABASE_URL);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

async function measure(base: string, browser: Browser, htmlClaimPath: string): Promise<PageWeightAndPaint> {
  const html = await documentSize(base, htmlClaimPath, 200);
  const isis = await documentSize(base, CLAIM_PATH, 200);
  const empty = await documentSize(base, BASELINE_PATH, 404);
  console.log(
    `\nHTML, payload included: claim with ${COUNTER_STATEMENTS} counter-statements ${kilobytes(html.gzip)} gzip ` +
      `(${kilobytes(html.raw)}); the ISIS claim ${kilobytes(isis.gzip)} gzip (${kilobytes(isis.raw)}); ` +
      `baseline ${kilobytes(empty.gzip)} gzip (${kilobytes(empty.raw)})`,
  );

  const claimInventory = await inventory(browser, base + CLAIM_PATH);
  const baselineInventory = await inventory(browser, base + BASELINE_PATH);
  printJavaScript(claimInventory, baselineInventory);
  const dataFetches = printFetches(claimInventory);

  const claimRuns: PaintFigures[] = [];
  const baselineRuns: PaintFigures[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternated, so that a load that comes and goes on the machine falls on both pages alike.
    claimRuns.push(await paintFigures(browser, base + CLAIM_PATH));
    baselineRuns.push(await paintFigures(browser, base + BASELINE_PATH));
  }
  printPaint([
    { name: 'claim page (ISIS)', figures: claimRuns },
    { name: 'baseline (not found)', figures: baselineRuns },
  ]);
  const claimPaint = summarize(claimRuns);
  return {
    claimJavaScript: sum(claimInventory.scripts),
    baselineJavaScript: sum(baselineInventory.scripts),
    html: html.gzip,
    dataFetches,
    lcpMs: claimPaint.lcpMs,
    cls: claimPaint.cls,
    tbtMs: claimPaint.tbtMs,
  };
}

async function main(): Promise<number> {
  if (!options.url && !hasProductionBuild()) {
    console.error(`bench:page: ${NO_BUILD} (npm run bench:page does)`);
    return 2;
  }
  const htmlClaimPath = routes.claim(await claimWithCounterStatements());
  let server: ProductionServer | undefined;
  let browser: Browser | undefined;
  try {
    if (!options.url)
      server = await startProductionServer({ port: options.port, env: {}, readyPath: routes.methodology() });
    const base = options.url?.replace(/\/$/, '') ?? server!.base;
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
    console.log(
      `bench:page: ${options.url ? `the server at ${base}` : describeDatabase()}, commit ${commit || '?'}, ` +
        `${new Date().toISOString()}, load average ${loadavg()
          .map((load) => load.toFixed(1))
          .join(' ')}`,
    );
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    const measured = await measure(base, browser, htmlClaimPath);
    const missed = missedBudgets(measured);
    if (options['no-budget']) return 0;
    console.log('');
    for (const miss of missed) console.log(`budget missed: ${miss}`);
    console.log(missed.length ? `bench:page: ${missed.length} budget(s) missed` : 'bench:page: every budget met');
    return missed.length ? 1 : 0;
  } finally {
    await browser?.close();
    if (server) {
      const errors = server.stderr().split('\n').filter(Boolean);
      if (errors.length) console.log(`server stderr: ${errors.length} lines, first: ${errors[0]!.slice(0, 200)}`);
      await server.stop();
    }
  }
}

process.exit(await main());
