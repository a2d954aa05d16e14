// npm run bench -- [--iterations 100]
//
// Server-side cost of the reader's pages on the configured database, measured in-process on the
// same data-layer calls each page makes: p50/p95/p99 in milliseconds, SQL queries per request, and
// each p95 as a multiple of a baseline measured in the same run (one trivial query through the
// same client), so figures from different machines and loads can be compared. Budgets from the
// browse-and-search issue: claim page p95 <= 50 ms, filtered index <= 100 ms, search <= 150 ms;
// the person, organization, country and topic pages are held to the index's 100 ms. The topic
// timeline is measured without a budget: it reads every statement of a topic to order them by date.
// Fill the database first: npm run seed:synthetic -- --claims 100000.
import { parseArgs } from 'node:util';
import { getClaimFilterNames, getClaimFilterOptions } from '../lib/dal/claim-filter-options';
import { findPublishedClaims, getPublishedClaimBySlugOrNull } from '../lib/dal/claims';
import { getCountryProfileOrNull, getOrganizationProfileOrNull } from '../lib/dal/organizations';
import { getPersonProfileOrNull } from '../lib/dal/people';
import { findSimilarClaims } from '../lib/dal/similar-claims';
import { getTopicProfileOrNull, getTopicTimeline } from '../lib/dal/topics';
import { db, disconnectDb, onQuery } from '../lib/db';
import { env } from '../lib/env';
import { parseClaimFilters } from '../lib/validation/claim-filters';
import { formatTable } from './table';

const { values } = parseArgs({ options: { iterations: { type: 'string', default: '100' } } });
const iterations = Number(values.iterations);

let queries = 0;
onQuery(() => queries++);

type Scenario = { name: string; budgetMs?: number; run: (i: number) => Promise<unknown> };
type Result = {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  queries: string;
  budgetMs?: number;
  error?: string;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(scenario: Scenario): Promise<Result> {
  for (let i = 0; i < 5; i++) await scenario.run(i); // warm caches and the connection pool
  const times: number[] = [];
  const queryCounts = new Set<number>();
  for (let i = 0; i < iterations; i++) {
    const before = queries;
    const startedAt = performance.now();
    await scenario.run(i);
    times.push(performance.now() - startedAt);
    queryCounts.add(queries - before);
  }
  times.sort((a, b) => a - b);
  const counts = [...queryCounts].sort((a, b) => a - b);
  return {
    name: scenario.name,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    queries: counts.length === 1 ? String(counts[0]) : `${counts[0]}-${counts.at(-1)}`,
    budgetMs: scenario.budgetMs,
  };
}

/** The /claims page: the filtered list, the filter form's options and the names of the filters in force. */
const claimsPage = (query: string) => async () => {
  const filters = parseClaimFilters(Object.fromEntries(new URLSearchParams(query)));
  await Promise.all([findPublishedClaims(filters), getClaimFilterOptions(), getClaimFilterNames(filters)]);
};

async function main() {
  const [claimCount, counterStatementCount] = await Promise.all([db.claim.count(), db.counterStatement.count()]);
  console.log(
    `bench: ${env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, ${claimCount.toLocaleString('en')} claims, ${counterStatementCount.toLocaleString('en')} counter-statements, ${iterations} requests per scenario`,
  );
  if (claimCount < 10_000)
    console.log(
      'bench: small corpus; for the budgets run `npm run seed:synthetic -- --claims 100000` on a fresh database first',
    );

  // Real values to filter on, picked from the data so the scenarios select something.
  const typical = await db.claim.findMany({
    where: { status: 'PUBLISHED', counterStatementCount: { gte: 5, lte: 15 } },
    select: { slug: true },
    take: 50,
  });
  const hottest = await db.claim.findFirstOrThrow({
    where: { status: 'PUBLISHED' },
    orderBy: { counterStatementCount: 'desc' },
    select: { slug: true, counterStatementCount: true },
  });
  // The claim said most often: its page lists every repetition.
  const mostRepeated = await db.claim.findFirstOrThrow({
    where: { status: 'PUBLISHED' },
    orderBy: { appearances: { _count: 'desc' } },
    select: { slug: true, _count: { select: { appearances: true } } },
  });
  const claimant = await db.person.findFirstOrThrow({
    where: { statements: { some: { claim: { status: 'PUBLISHED' } } } },
    select: { slug: true },
    orderBy: { slug: 'desc' },
  });
  const answering = await db.organization.findFirstOrThrow({
    where: { countryCode: 'FR' },
    select: { slug: true },
    orderBy: { slug: 'desc' },
  });
  // A topic with few claims and the one with most: a plan good for one can be ruinous for the other.
  const topic = await db.topic.findFirstOrThrow({ select: { slug: true }, orderBy: { claims: { _count: 'asc' } } });
  const commonTopic = await db.topic.findFirstOrThrow({
    select: { slug: true },
    orderBy: { claims: { _count: 'desc' } },
  });
  const secondPage = (await findPublishedClaims({}, 20)).nextCursor ?? '';
  const proposedQuotes = (
    await db.statement.findMany({ where: { claim: { status: 'PUBLISHED' } }, select: { text: true }, take: 50 })
  ).map((statement) => statement.text);
  // The lookup asks who is asking; nothing is written.
  const benchEditor = { id: '00000000-0000-7000-8000-000000000000', role: 'EDITOR' as const };

  const scenarios: Scenario[] = [
    { name: 'baseline: SELECT 1', run: () => db.$queryRaw`SELECT 1` },
    {
      name: 'claim page (5-15 counter-statements)',
      budgetMs: 50,
      run: (i) => getPublishedClaimBySlugOrNull(typical[i % typical.length]!.slug),
    },
    {
      name: `claim page (hottest, ${hottest.counterStatementCount})`,
      budgetMs: 50,
      run: () => getPublishedClaimBySlugOrNull(hottest.slug),
    },
    {
      name: `claim page (most repeated, ${mostRepeated._count.appearances})`,
      budgetMs: 50,
      run: () => getPublishedClaimBySlugOrNull(mostRepeated.slug),
    },
    { name: 'person page (claimant)', budgetMs: 100, run: () => getPersonProfileOrNull(claimant.slug) },
    { name: 'organization page', budgetMs: 100, run: () => getOrganizationProfileOrNull(answering.slug) },
    { name: 'country page (FR)', budgetMs: 100, run: () => getCountryProfileOrNull('FR') },
    { name: 'topic page (common)', budgetMs: 100, run: () => getTopicProfileOrNull(commonTopic.slug) },
    { name: 'topic timeline (common)', run: () => getTopicTimeline(commonTopic.slug) },
    { name: '/claims', budgetMs: 100, run: claimsPage('') },
    { name: '/claims page 2 (cursor)', budgetMs: 100, run: claimsPage(`cursor=${secondPage}`) },
    { name: '/claims?person', budgetMs: 100, run: claimsPage(`person=${claimant.slug}`) },
    { name: '/claims?org', budgetMs: 100, run: claimsPage(`org=${answering.slug}`) },
    { name: '/claims?country', budgetMs: 100, run: claimsPage('country=FR') },
    { name: '/claims?topic (rare)', budgetMs: 100, run: claimsPage(`topic=${topic.slug}`) },
    { name: '/claims?topic (common)', budgetMs: 100, run: claimsPage(`topic=${commonTopic.slug}`) },
    { name: '/claims?verdict', budgetMs: 100, run: claimsPage('verdict=mostly-false') },
    { name: '/claims?from&to', budgetMs: 100, run: claimsPage('from=2010-01-01&to=2010-12-31') },
    { name: '/claims?rebutted=no', budgetMs: 100, run: claimsPage('rebutted=no') },
    { name: '/claims?sort=most-rebutted', budgetMs: 100, run: claimsPage('sort=most-rebutted') },
    { name: '/claims?sort=oldest', budgetMs: 100, run: claimsPage('sort=oldest') },
    {
      name: '/claims combined (country+verdict+dates)',
      budgetMs: 100,
      run: claimsPage('country=FR&verdict=false&from=2005-01-01&to=2020-12-31'),
    },
    { name: '/claims?q= (words)', budgetMs: 150, run: claimsPage('q=ceasefire+withdrawal') },
    { name: '/claims?q= (typo)', budgetMs: 150, run: claimsPage('q=caliphat') },
    { name: '/claims?q= (person name)', budgetMs: 150, run: claimsPage('q=Parley') },
    // The claim proposal form's look-alike claims: a claim's quote, typed again (the search's budget).
    {
      name: 'similar claims (a quote)',
      budgetMs: 150,
      run: (i) => findSimilarClaims(proposedQuotes[i % proposedQuotes.length]!, benchEditor),
    },
  ];

  const results: Result[] = [];
  for (const scenario of scenarios) {
    // A failing scenario is reported as such; the others still run.
    results.push(
      await measure(scenario).catch((error: unknown) => ({
        name: scenario.name,
        p50: NaN,
        p95: NaN,
        p99: NaN,
        queries: '-',
        budgetMs: scenario.budgetMs,
        error: error instanceof Error ? error.message.split('\n')[0] : String(error),
      })),
    );
    process.stdout.write('.');
  }
  console.log('\n');
  const baseline = results[0]!.p95;
  const header = ['scenario', 'p50 ms', 'p95 ms', 'p99 ms', 'queries', 'p95/base', 'budget'];
  const rows = results.map((r) => [
    r.name,
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    r.queries,
    `${(r.p95 / baseline).toFixed(1)}x`,
    r.error
      ? `FAILED: ${r.error}`
      : r.budgetMs === undefined
        ? ''
        : r.p95 <= r.budgetMs
          ? `ok (${r.budgetMs})`
          : `OVER (${r.budgetMs})`,
  ]);
  console.log(formatTable(header, rows));
  const over = results.filter((r) => r.error || (r.budgetMs !== undefined && !(r.p95 <= r.budgetMs)));
  console.log(
    over.length ? `\nbench: ${over.length} scenario(s) over budget` : '\nbench: every scenario within budget',
  );
}

await main();
await disconnectDb();
process.exit(0);
