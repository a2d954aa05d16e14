// npm run bench:serve -- [--duration 10s] [--rounds 5] [--connections 50] [--timeout 10s] [--port 3311]
//                        [--url http://host:port [--pid N]] [--no-budget] [--soak 5m] [--only api,search]
//
// Throughput of the production build under a crowd (issue 12, "Serving"): wrk with 50 connections
// against each scenario in turn, on the same server as two baselines (a file from public/ of the
// claim page's size, and the prerendered methodology page). Every scenario is requested once before
// any is measured, and each is put under 5 s of load that counts for nothing before its first
// round; the scenarios are measured in rounds, one after the other in each, and each row is the
// median of its rounds (scripts/bench-serve/rounds.ts). Prints requests per second, p50 and p99,
// errors and non-2xx, each scenario's ratio to both baselines (the median of its ratios to the
// baselines measured in the same round), and exits non-zero when a budget is
// missed (scripts/bench-serve/budgets.ts), unless --no-budget.
//
// It starts `next start` itself on the configured database (DATABASE_URL, or the embedded PGlite in
// PGLITE_DIR), or measures the server at --url. It never builds: `npm run bench:serve` runs
// `npm run build` first. The scenarios are the seed's pages (the ISIS claim, its claimant, its first
// topic): run the seed, and for the 100,000-claim corpus `npm run seed:synthetic` too (docs/benchmarks.md).
//
// "Right after an edit": while wrk reads the claim page, an editor (BENCH_EDITOR_EMAIL and
// BENCH_EDITOR_PASSWORD; skipped without them) saves the claim through the edit form, as a person
// without JavaScript would, once a second, so that every second measured follows an invalidation;
// it also times how long each save takes to show on the public page. The edits append a marker to
// the verdict explanation; the last save restores the text found.
//
// --only: the baselines and the warm claim page (every budget is a ratio to them), and the scenarios
// named (SCENARIO_KEYS), for a quicker look at a few.
//
// --soak 5m: instead of the scenarios, the same pages mixed for that long; the server's resident
// memory (its whole process tree, from /proc) after the first minute and at the end, within 10%.
import { mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { API_PREFIX } from '../lib/api/serialize';
import { feedPaths } from '../lib/domain/feed-links';
import { RATE_LIMIT_FAMILIES } from '../lib/domain/rate-limits';
import { env } from '../lib/env';
import { routes } from '../lib/routes';
import { BASELINE_BYTES, BASELINE_FILE, BASELINE_PATH, baselineHtml } from './bench-serve/baseline-file';
import { evaluate, memoryMissed, type Budget, type Evaluated, type Measured } from './bench-serve/budgets';
import { parseDuration } from './bench-serve/duration';
import { claimEditForm, postClaimEdit, saveResult, signIn } from './no-js-editor';
import { residentBytes } from './process-memory';
import { hasProductionBuild, NO_BUILD, startProductionServer, type ProductionServer } from './production-server';
import { formatTable } from './table';
import {
  describeRun,
  formatFigure as round,
  formatRatio as ratio,
  get,
  measure as measureLoad,
  warm,
  warmUnderLoad,
} from './wrk/measure';
import { runWrk, WRK_MISSING, wrkInstalled } from './wrk/run-wrk';
import { claim, claimPath, personSlug } from './wrk/seed-pages';
import { errorCount, non2xxCount, parseWrkOutput, type WrkFigures } from './wrk/wrk-output';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    pid: { type: 'string' },
    port: { type: 'string', default: '3311' },
    duration: { type: 'string', default: '10s' },
    rounds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    // wrk leaves timed-out requests out of its latency figures: with its default of 2 s, the p99 of
    // a page slower than that would read as under 2 s. 10 s keeps the tail in the figures.
    timeout: { type: 'string', default: '10s' },
    soak: { type: 'string' },
    'no-budget': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
function parseOptions() {
  try {
    const figures = {
      seconds: parseDuration(options.duration),
      connections: Number(options.connections),
      rounds: Number(options.rounds),
      timeoutSeconds: parseDuration(options.timeout),
      soakSeconds: options.soak === undefined ? undefined : parseDuration(options.soak),
    };
    if (!Number.isInteger(figures.connections) || figures.connections < 1)
      throw new Error(`--connections wants a whole number: "${options.connections}"`);
    if (!Number.isInteger(figures.rounds) || figures.rounds < 1)
      throw new Error(`--rounds wants a whole number: "${options.rounds}"`);
    return figures;
  } catch (error) {
    console.error(`bench:serve: ${(error as Error).message}`);
    process.exit(2);
  }
}
const { seconds, rounds, connections, timeoutSeconds, soakSeconds } = parseOptions();
const EDIT_INTERVAL_MS = 1000;
/** How long a save may take to show on the public page before the run calls it not shown. */
const VISIBLE_WITHIN_MS = 5000;

type Scenario = { key: string; name: string; path: string; budget: Budget; whileEditing?: boolean };

function scenarios(shareImagePath: string): Scenario[] {
  return [
    { key: 'file', name: 'public/ file (85 KB)', path: BASELINE_PATH, budget: 'file' },
    { key: 'prerendered', name: 'prerendered page (/methodology)', path: routes.methodology(), budget: 'prerendered' },
    { key: 'claim', name: 'claim page, warm cache', path: claimPath, budget: 'claim' },
    {
      key: 'claim-edited',
      name: 'claim page, edited every second',
      path: claimPath,
      budget: 'measured',
      whileEditing: true,
    },
    { key: 'claims', name: 'claims list', path: routes.claims(), budget: 'page' },
    {
      key: 'claims-filtered',
      name: 'claims, country and verdict',
      path: routes.claims({ country: 'FR', verdict: claim.verdict }),
      budget: 'page',
    },
    { key: 'search', name: 'search', path: routes.claims({ q: 'defeated' }), budget: 'search' },
    { key: 'people', name: 'people list', path: routes.people(), budget: 'page' },
    { key: 'person', name: 'person page', path: routes.person(personSlug), budget: 'page' },
    { key: 'timeline', name: 'topic timeline', path: routes.topicTimeline(claim.topics[0]!), budget: 'page' },
    { key: 'api', name: 'API claim', path: `${API_PREFIX}${claimPath}`, budget: 'page' },
    { key: 'feed', name: 'person feed (RSS)', path: feedPaths(routes.person(personSlug)).rss, budget: 'page' },
    { key: 'embed', name: 'embed', path: routes.claimEmbed(claim.slug), budget: 'page' },
    { key: 'share-image', name: 'share image', path: shareImagePath, budget: 'measured' },
  ];
}

/** The scenarios that --only names, with the baselines and the claim page that every budget is measured against. */
function selected(all: Scenario[], only: string | undefined): Scenario[] {
  if (only === undefined) return all;
  const keys = new Set(
    only
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean),
  );
  const unknown = [...keys].filter((key) => !all.some((scenario) => scenario.key === key));
  if (unknown.length)
    throw new Error(`--only: no scenario ${unknown.join(', ')} (${all.map(({ key }) => key).join(', ')})`);
  return all.filter(
    ({ key, budget }) => keys.has(key) || budget === 'file' || budget === 'prerendered' || budget === 'claim',
  );
}

/** The share image's path, as the claim page announces it (its URL carries a version). */
function shareImagePathOf(claimHtml: string): string {
  const content = /<meta property="og:image" content="([^"]+)"/.exec(claimHtml)?.[1];
  if (!content) throw new Error(`the claim page ${claimPath} announces no og:image`);
  return new URL(content.replaceAll('&amp;', '&')).pathname;
}

type EditFigures = { outcomes: Map<string, number>; visibleAfterMs: number[]; notShown: number };
/** The benchmark's editor: a signed-in session, and what its edits did in every round. */
type Editor = { cookie: string; edits: EditFigures };

/**
 * An editor saving the claim once a second until `running` says stop, each save timed until the
 * public page shows it and added to `figures`. Resolves after restoring the explanation it found.
 */
async function editEverySecond(
  base: string,
  cookie: string,
  running: () => boolean,
  figures: EditFigures,
): Promise<void> {
  const count = (outcome: string) => figures.outcomes.set(outcome, (figures.outcomes.get(outcome) ?? 0) + 1);
  let original: string | undefined;
  while (running()) {
    const startedAt = performance.now();
    const page = await claimEditForm(base, claim.slug, cookie);
    if ('status' in page) {
      count(`edit page ${page.status}`);
    } else {
      const explanation = String(page.form.get('verdictExplanation')).replace(/ \[bench-\d+\]$/, '');
      original ??= explanation;
      const marker = `[bench-${Date.now()}]`;
      page.form.set('verdictExplanation', `${explanation} ${marker}`);
      page.form.set('reason', `Serving benchmark edit ${marker}`);
      const posted = await postClaimEdit(base, claim.slug, cookie, page.form);
      const outcome =
        'status' in posted
          ? posted.status
          : posted.response.status === 200
            ? saveResult(posted.body, Number(page.form.get('version')))
            : String(posted.response.status);
      count(outcome);
      if (outcome === 'saved') {
        const savedAt = performance.now();
        let shown = false;
        while (!shown && performance.now() - savedAt < VISIBLE_WITHIN_MS) {
          shown = (await get(base, claimPath).catch(() => ({ body: '' }))).body.includes(marker);
          if (!shown) await sleep(50);
        }
        if (shown) figures.visibleAfterMs.push(performance.now() - savedAt);
        else figures.notShown++;
      }
    }
    await sleep(Math.max(0, EDIT_INTERVAL_MS - (performance.now() - startedAt)));
  }
  if (original !== undefined) {
    const page = await claimEditForm(base, claim.slug, cookie);
    if ('form' in page) {
      page.form.set('verdictExplanation', original);
      page.form.set('reason', 'Serving benchmark: explanation restored');
      await postClaimEdit(base, claim.slug, cookie, page.form);
    }
  }
}

/** One round of a scenario: its figures; while an edited scenario runs, its edits go into the editor's figures. */
async function measureRound(base: string, scenario: Scenario, firstRound: boolean, editor?: Editor) {
  const load = { connections, seconds, timeoutSeconds };
  await warm(base, scenario.path);
  if (firstRound) await warmUnderLoad(base, scenario.path, load);
  let editing = scenario.whileEditing;
  const edited = editing && editor ? editEverySecond(base, editor.cookie, () => !!editing, editor.edits) : undefined;
  const figures = await measureLoad(base, scenario.path, load);
  editing = false;
  await edited;
  return figures;
}

function printTable(rows: Evaluated[], budgets: boolean): void {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'x file', 'x prerendered'];
  console.log(
    formatTable(
      budgets ? [...header, 'budget'] : header,
      rows.map((row) => [
        row.name,
        round(row.figures.requestsPerSecond),
        round(row.figures.p50Ms),
        round(row.figures.p99Ms),
        String(errorCount(row.figures)),
        String(non2xxCount(row.figures)),
        ratio(row.fileRatio),
        ratio(row.prerenderedRatio),
        ...(budgets ? [row.budget === 'measured' ? '-' : row.missed.length ? 'MISSED' : 'ok'] : []),
      ]),
    ),
  );
}

function describeEdits(edits: EditFigures | undefined): string {
  if (!edits) return 'not measured: set BENCH_EDITOR_EMAIL and BENCH_EDITOR_PASSWORD (an editor of this database)';
  const outcomes = [...edits.outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(', ') || 'no save finished';
  const shown = [...edits.visibleAfterMs].sort((a, b) => a - b);
  const visible = shown.length
    ? `on the public page after ${Math.round(shown[Math.floor(shown.length / 2)]!)} ms (median), ${Math.round(shown.at(-1)!)} ms (max)`
    : 'never seen on the public page';
  return `${outcomes}; ${visible}${edits.notShown ? `; ${edits.notShown} not shown within ${VISIBLE_WITHIN_MS / 1000} s` : ''}`;
}

async function soak(base: string, pid: number | undefined, paths: string[], soakSeconds: number): Promise<number> {
  if (pid === undefined) {
    console.error(
      'bench:serve --soak reads the server process memory: give --pid with --url, or let it start the server.',
    );
    return 2;
  }
  const firstMinute = Math.min(60, soakSeconds / 2);
  console.log(`bench:serve: soak, ${soakSeconds} s of ${paths.length} pages mixed, ${connections} connections`);
  const run = runWrk({ base, paths, connections, seconds: soakSeconds, timeoutSeconds });
  await sleep(firstMinute * 1000);
  const early = residentBytes(pid);
  const figures = parseWrkOutput(await run);
  const late = residentBytes(pid);
  const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
  console.log(
    formatTable(
      ['soak', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', `RSS at ${firstMinute} s`, 'RSS at end'],
      [
        [
          `${paths.length} pages mixed`,
          round(figures.requestsPerSecond),
          round(figures.p50Ms),
          round(figures.p99Ms),
          String(errorCount(figures)),
          String(non2xxCount(figures)),
          megabytes(early),
          megabytes(late),
        ],
      ],
    ),
  );
  const missed = memoryMissed(early, late);
  if (missed) console.log(`\nbench:serve: budget missed: ${missed}`);
  return missed && !options['no-budget'] ? 1 : 0;
}

function describeDatabase(): string {
  if (options.url) return `the server at ${options.url}`;
  if (!env.DATABASE_URL) return `embedded PGlite in ${env.PGLITE_DIR}`;
  const url = new URL(env.DATABASE_URL);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

async function main(): Promise<number> {
  if (!wrkInstalled()) {
    console.error(`bench:serve: ${WRK_MISSING}`);
    return 2;
  }
  mkdirSync('public/bench', { recursive: true });
  writeFileSync(BASELINE_FILE, baselineHtml());
  let server: ProductionServer | undefined;
  try {
    let base: string;
    let pid: number | undefined;
    if (options.url) {
      base = options.url.replace(/\/$/, '');
      pid = options.pid === undefined ? undefined : Number(options.pid);
    } else {
      if (!hasProductionBuild()) {
        console.error(`bench:serve: ${NO_BUILD} (npm run bench:serve does)`);
        return 2;
      }
      server = await startProductionServer({
        port: options.port,
        // One client stands for a crowd of readers: per-address limits would measure themselves.
        env: { RATE_LIMITS: RATE_LIMIT_FAMILIES.map((family) => `${family}=100000000/60`).join(',') },
        readyPath: routes.methodology(),
      });
      base = server.base;
      pid = server.process.pid;
    }
    console.log(
      `bench:serve: ${describeDatabase()}, ${describeRun({ connections, seconds, timeoutSeconds })}, ` +
        `median of ${rounds} round${rounds === 1 ? '' : 's'}`,
    );

    const file = await get(base, BASELINE_PATH);
    if (file.status !== 200 || Buffer.byteLength(file.body) !== BASELINE_BYTES) {
      console.error(
        `bench:serve: ${base}${BASELINE_PATH} answered ${file.status}: Next.js reads public/ when it starts, ` +
          `so start that server again from this checkout now that ${BASELINE_FILE} exists.`,
      );
      return 2;
    }
    const methodology = await get(base, routes.methodology());
    if (!methodology.headers.has('x-nextjs-prerender') && !methodology.headers.get('x-nextjs-cache')) {
      console.log('bench:serve: note: /methodology is rendered on demand in this build, not prerendered');
    }
    const claimPage = await get(base, claimPath);
    if (claimPage.status !== 200) {
      console.error(`bench:serve: ${claimPath} answered ${claimPage.status}: seed the database (npm run db:seed)`);
      return 2;
    }
    const every = scenarios(shareImagePathOf(claimPage.body));
    let all: Scenario[];
    try {
      all = selected(every, options.only);
    } catch (error) {
      console.error(`bench:serve: ${(error as Error).message}`);
      return 2;
    }
    // Every scenario once before any is measured, whatever --only says, so that every run measures
    // a server in the state readers meet: one that has served each kind of request. On Node.js 20
    // the first request that renders a page or runs a route handler switches on AsyncLocalStorage's
    // async hooks for the rest of the process's life, and they cost every later request, a
    // prerendered page's too, about a quarter of its throughput; a baseline measured before that
    // would be a server's that no reader meets (docs/benchmarks.md).
    for (const { path } of every) await get(base, path);

    if (soakSeconds !== undefined)
      return await soak(
        base,
        pid,
        all.filter(({ whileEditing }) => !whileEditing).map(({ path }) => path),
        soakSeconds,
      );

    const { BENCH_EDITOR_EMAIL: email, BENCH_EDITOR_PASSWORD: password } = process.env;
    const editor: Editor | undefined =
      email && password
        ? {
            cookie: await signIn(base, email, password),
            edits: { outcomes: new Map(), visibleAfterMs: [], notShown: 0 },
          }
        : undefined;
    const taken = all.filter(({ whileEditing }) => !whileEditing || editor);
    const roundsOf = new Map<Scenario, WrkFigures[]>(taken.map((scenario) => [scenario, []]));
    for (let index = 0; index < rounds; index++) {
      console.log(`  round ${index + 1} of ${rounds}`);
      for (const scenario of taken) {
        process.stdout.write(`    ${scenario.name} (${scenario.path}) ... `);
        const figures = await measureRound(base, scenario, index === 0, editor);
        console.log(`${round(figures.requestsPerSecond)} req/s, p99 ${round(figures.p99Ms)} ms`);
        roundsOf.get(scenario)!.push(figures);
      }
    }
    const measured: Measured[] = taken.map((scenario) => ({ ...scenario, rounds: roundsOf.get(scenario)! }));
    const rows = evaluate(measured);
    const budgets = !options['no-budget'];
    console.log('');
    printTable(rows, budgets);
    console.log(`\nedits during "claim page, edited every second": ${describeEdits(editor?.edits)}`);
    const missed = rows.filter(({ missed }) => missed.length);
    if (!budgets) return 0;
    for (const row of missed) console.log(`budget missed: ${row.name}: ${row.missed.join('; ')}`);
    console.log(
      missed.length ? `\nbench:serve: ${missed.length} scenario(s) missed a budget` : '\nbench:serve: every budget met',
    );
    return missed.length ? 1 : 0;
  } finally {
    if (server) {
      const errors = server.stderr().split('\n').filter(Boolean);
      if (errors.length) console.log(`server stderr: ${errors.length} lines, first: ${errors[0]!.slice(0, 200)}`);
      await server.stop();
    }
  }
}

process.exit(await main());
