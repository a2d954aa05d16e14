import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { ExportedClaim } from '../dal/export';
import type { StatementView } from '../dal/statement-view';
import { claimReviewChunks, CSV_COLUMNS, csvChunks, jsonlChunks } from './chunks';

const SITE = 'https://countercheck.test';

const statement = (text: string, overrides: Partial<StatementView> = {}): StatementView => ({
  id: '00000000-0000-4000-8000-000000000001',
  text,
  language: 'en',
  translation: null,
  speakerName: 'Jane Doe',
  speakerKind: 'person',
  speakerHref: '/people/jane-doe',
  speakerTitle: 'Minister',
  speakerRole: 'Minister, Government of Somewhere',
  attribution: null,
  organization: { slug: 'government-of-somewhere', name: 'Government of Somewhere', countryCode: 'FR' },
  saidOn: { label: '19 December 2018', iso: '2018-12-19' },
  verified: true,
  source: {
    id: '00000000-0000-4000-8000-0000000000aa',
    kind: 'NEWS_ARTICLE',
    outlet: 'Outlet',
    title: 'A, "quoted" title',
    url: null,
    publishedOn: null,
  },
  ...overrides,
});

const claim = (overrides: Partial<ExportedClaim> = {}): ExportedClaim => ({
  slug: 'a-claim',
  summary: 'A claim',
  verdict: 'MOSTLY_FALSE',
  claimedOn: '2018-12-19',
  publishedAt: new Date('2019-01-01T00:00:00Z'),
  updatedAt: new Date('2019-01-02T00:00:00Z'),
  topics: ['syria', 'isis'],
  claim: statement('We won, "totally".\nDone.'),
  counterStatements: [
    { id: '00000000-0000-4000-8000-0000000000b1', stance: 'CONTRADICTS', note: null, statement: statement('No.') },
    {
      id: '00000000-0000-4000-8000-0000000000b2',
      stance: 'QUALIFIES',
      note: 'Partly',
      statement: statement('Not yet.', { organization: null }),
    },
  ],
  repetitions: [],
  appearances: {
    count: 1,
    first: { label: '19 December 2018', iso: '2018-12-19' },
    last: { label: '19 December 2018', iso: '2018-12-19' },
  },
  ...overrides,
});

async function* from<T>(items: T[]) {
  yield* items;
}

const collect = async (chunks: AsyncIterable<string>) => {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
};

test('CSV: a header, one row per counter-statement, RFC 4180 quoting and CRLF line ends', async () => {
  const text = await collect(csvChunks(from([claim(), claim({ slug: 'unanswered', counterStatements: [] })]), SITE));
  assert.ok(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`));
  assert.ok(
    text.includes('"We won, ""totally"".\nDone."'),
    'commas, quotes and line breaks are quoted, quotes doubled',
  );
  const rows: Record<string, string>[] = parse(text, { columns: true, record_delimiter: '\r\n' });
  assert.equal(rows.length, 3);
  assert.deepEqual(
    rows.map((row) => [row.claim_slug, row.rebuttal_id, row.stance]),
    [
      ['a-claim', '00000000-0000-4000-8000-0000000000b1', 'contradicts'],
      ['a-claim', '00000000-0000-4000-8000-0000000000b2', 'qualifies'],
      ['unanswered', '', ''],
    ],
  );
  const first = rows[0]!;
  assert.equal(first.claim_quote, 'We won, "totally".\nDone.');
  assert.equal(first.verdict, 'mostly-false');
  assert.equal(first.rebuttal_url, `${SITE}/claims/a-claim#rebuttal-00000000-0000-4000-8000-0000000000b1`);
  assert.equal(first.rebuttal_country, 'FR');
  assert.equal(rows[1]!.rebuttal_organization, '');
  assert.equal(first.claim_source_archive_url, `${SITE}/sources/00000000-0000-4000-8000-0000000000aa`);
  assert.deepEqual([first.times_said, first.first_said_on, first.last_said_on], ['1', '2018-12-19', '2018-12-19']);
});

test('CSV: a claim said again carries how often, from its first to its last appearance', async () => {
  const repeated = claim({
    appearances: {
      count: 3,
      first: { label: 'December 2018', iso: '2018-12' },
      last: { label: '6 February 2019', iso: '2019-02-06' },
    },
  });
  const rows: Record<string, string>[] = parse(await collect(csvChunks(from([repeated]), SITE)), {
    columns: true,
    record_delimiter: '\r\n',
  });
  assert.deepEqual(
    [rows[0]!.times_said, rows[0]!.first_said_on, rows[0]!.last_said_on],
    ['3', '2018-12', '2019-02-06'],
  );
});

test('CSV: a cell a spreadsheet would run as a formula starts with a quote mark, and reads as text', async () => {
  const formulas = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
  const claims = formulas.map((text, index) =>
    claim({ slug: `formula-${index}`, summary: text, claim: statement(text), counterStatements: [] }),
  );
  const rows: Record<string, string>[] = parse(await collect(csvChunks(from(claims), SITE)), {
    columns: true,
    record_delimiter: '\r\n',
  });
  assert.deepEqual(
    rows.map((row) => [row.claim_summary, row.claim_quote]),
    formulas.map((text) => [`'${text}`, `'${text}`]),
  );
  // Everything else is left as it was: a dash inside a cell, a date, an empty cell.
  const [plain] = parse(await collect(csvChunks(from([claim({ summary: 'Pro-war' })]), SITE)), {
    columns: true,
    record_delimiter: '\r\n',
  }) as Record<string, string>[];
  assert.equal(plain!.claim_summary, 'Pro-war');
  assert.equal(plain!.claimed_on, '2018-12-19');
  assert.equal(plain!.claim_translation, '');
});

test('ClaimReview: a JSON array of one ClaimReview per claim, empty when there are none', async () => {
  const reviews = JSON.parse(await collect(claimReviewChunks(from([claim(), claim({ slug: 'second' })]), SITE)));
  assert.equal(reviews.length, 2);
  assert.equal(reviews[0]['@type'], 'ClaimReview');
  assert.equal(reviews[1].url, `${SITE}/claims/second`);
  assert.equal(reviews[0].citation.length, 2);
  assert.deepEqual(JSON.parse(await collect(claimReviewChunks(from([]), SITE))), []);
});

test('JSON Lines: one record per line', async () => {
  const text = await collect(
    jsonlChunks(
      from([
        { type: 'claimTopic' as const, claimId: 'a', topicId: 'b' },
        { type: 'claimTopic' as const, claimId: 'c', topicId: 'd' },
      ]),
    ),
  );
  assert.deepEqual(
    text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).claimId),
    ['a', 'c'],
  );
  assert.ok(text.endsWith('\n'));
});
