import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import pg from 'pg';
import { claimSlug, slugify } from '../lib/domain/slug';
import { env } from '../lib/env';
import { makeAccounts, signedInPage } from './support/accounts';
import { PROPOSAL_CLAIM, openProposalForm, pick } from './support/proposals';

// The canary: proposals awaiting review and rejected ones carry a marker in every text field they
// have (claim, counter-statement, new person, new role, new source, and the editor's rejection
// note), written through the app's own forms so that this runs the same on PGlite and PostgreSQL;
// on PostgreSQL, a repetition of the public claim awaiting review and a rejected one too.
// Then a signed-out reader requests every public route (pages, the API, feeds, embeds, oEmbed,
// share images, search, filters, the export downloads), about the public records the proposals
// touch and about the proposals' own slugs and ids, and the marker must appear nowhere.
// Organizations and topics are no proposal's: only editors make them, public at once.
// lib/dal/published.test.ts proves the same at the data layer; ROUTES below must name every public
// route of app/, which the last test checks, so a new route cannot be forgotten here.

const marker = `zqcanary${randomUUID().replaceAll('-', '').slice(0, 12)}`;
// The seeded organization and topic the proposals point at, and the published claim they answer.
const ORGANIZATION = { name: 'Government of France', slug: 'government-of-france', country: 'FR' };
const TOPIC = { name: 'Russia\u2013Turkey relations', slug: 'russia-turkey-relations' };
const PUBLIC_CLAIM_SLUG = PROPOSAL_CLAIM.split('/')[2]!;
// The record as of today: every answer said by now, and the verdicts in force now.
const TODAY = new Date().toISOString().slice(0, 10);
const EXPORT_FILES = ['countercheck.jsonl', 'countercheck-claims.csv', 'countercheck-claimreview.json'];

/** What the requests are about: the public records the proposals touch, and the proposals' own. */
type Subjects = {
  publicPersonSlug: string;
  publicSourceId: string;
  publicShareImage: string;
  secretPersonSlugs: string[];
  secretClaimSlugs: string[];
  secretSourceIds: string[];
};

const oembed = (slug: string) => `/oembed?format=json&url=${encodeURIComponent(`${env.SITE_URL}/claims/${slug}`)}`;

/** A request as the browser's router makes it (a fetch): proxy.ts leaves it on the page asked for. */
type RouterFetch = { url: string; headers: Record<string, string> };
const routerFetch = (url: string): RouterFetch => ({ url, headers: { 'sec-fetch-dest': 'empty' } });

/**
 * Every public route of app/ (its folder, route groups left out) and the requests made of it, by URL
 * (a document) or as the router makes them. Secret slugs and ids are asked for too: each must answer
 * as if they did not exist.
 */
const ROUTES: Record<string, (s: Subjects) => (string | RouterFetch)[]> = {
  '/': () => ['/'],
  // The lists at their own paths answer the router's fetches; a document is served from <list>/-first
  // or the view's path (lib/proxy/list-view.ts).
  '/claims': (s) => [routerFetch('/claims'), routerFetch(`/claims?person=${s.publicPersonSlug}`)],
  '/claims/-first': () => ['/claims'],
  // /claims with a query: proxy.ts serves it from /claims/-query/<query> (lib/list-views.ts).
  '/claims/-query/[query]': (s) => [
    `/claims?topic=${TOPIC.slug}`,
    `/claims?org=${ORGANIZATION.slug}`,
    `/claims?country=${ORGANIZATION.country}`,
    `/claims?person=${s.publicPersonSlug}`,
    ...s.secretPersonSlugs.map((slug) => `/claims?person=${slug}`),
  ],
  '/claims/[slug]': (s) => [PROPOSAL_CLAIM, ...s.secretClaimSlugs.map((slug) => `/claims/${slug}`)],
  // A claim page as of a day: proxy.ts serves ?asOf= from /claims/<slug>/-as-of/<day> (lib/proxy/claim-as-of.ts).
  '/claims/[slug]/-as-of/[day]': (s) =>
    [PUBLIC_CLAIM_SLUG, ...s.secretClaimSlugs].map((slug) => `/claims/${slug}?asOf=${TODAY}`),
  '/claims/[slug]/all': (s) => [`${PROPOSAL_CLAIM}/all`, ...s.secretClaimSlugs.map((slug) => `/claims/${slug}/all`)],
  '/claims/[slug]/history': (s) => [
    `${PROPOSAL_CLAIM}/history`,
    ...s.secretClaimSlugs.map((slug) => `/claims/${slug}/history`),
  ],
  '/claims/[slug]/share-image/[version]': (s) => [
    s.publicShareImage,
    ...s.secretClaimSlugs.map((slug) => `/claims/${slug}/share-image/1`),
  ],
  '/corrections': () => [routerFetch('/corrections')],
  '/corrections/-first': () => ['/corrections'],
  '/corrections/-page/[page]': () => ['/corrections?cursor=abc'],
  '/countries/[code]': () => [`/countries/${ORGANIZATION.country}`],
  '/data': () => ['/data'],
  '/data/[file]': () => EXPORT_FILES.map((file) => `/data/${file}`),
  '/methodology': () => ['/methodology'],
  '/organizations': () => [routerFetch('/organizations')],
  '/organizations/-first': () => ['/organizations'],
  '/organizations/-page/[page]': () => ['/organizations?cursor=abc'],
  '/organizations/[slug]': () => [`/organizations/${ORGANIZATION.slug}`],
  '/organizations/[slug]/feed.atom': () => [`/organizations/${ORGANIZATION.slug}/feed.atom`],
  '/organizations/[slug]/feed.json': () => [`/organizations/${ORGANIZATION.slug}/feed.json`],
  '/organizations/[slug]/feed.xml': () => [`/organizations/${ORGANIZATION.slug}/feed.xml`],
  '/people': () => [routerFetch('/people')],
  '/people/-first': () => ['/people'],
  '/people/-page/[page]': () => ['/people?cursor=abc'],
  '/people/[slug]': (s) => [s.publicPersonSlug, ...s.secretPersonSlugs].map((slug) => `/people/${slug}`),
  '/people/[slug]/feed.atom': (s) =>
    [s.publicPersonSlug, ...s.secretPersonSlugs].map((slug) => `/people/${slug}/feed.atom`),
  '/people/[slug]/feed.json': (s) =>
    [s.publicPersonSlug, ...s.secretPersonSlugs].map((slug) => `/people/${slug}/feed.json`),
  '/people/[slug]/feed.xml': (s) =>
    [s.publicPersonSlug, ...s.secretPersonSlugs].map((slug) => `/people/${slug}/feed.xml`),
  '/sources/[id]': (s) => [s.publicSourceId, ...s.secretSourceIds].map((id) => `/sources/${id}`),
  '/topics': () => [routerFetch('/topics')],
  '/topics/-first': () => ['/topics'],
  '/topics/-page/[page]': () => ['/topics?cursor=abc'],
  '/topics/[slug]': () => [`/topics/${TOPIC.slug}`],
  '/topics/[slug]/feed.atom': () => [`/topics/${TOPIC.slug}/feed.atom`],
  '/topics/[slug]/feed.json': () => [`/topics/${TOPIC.slug}/feed.json`],
  '/topics/[slug]/feed.xml': () => [`/topics/${TOPIC.slug}/feed.xml`],
  '/topics/[slug]/timeline/[[...cursor]]': () => [`/topics/${TOPIC.slug}/timeline`],
  '/topics/[slug]/timeline/-as-of/[day]/[[...cursor]]': () => [`/topics/${TOPIC.slug}/timeline?asOf=${TODAY}`],
  '/who-answered-whom': () => ['/who-answered-whom'],
  // /who-answered-whom with filters: proxy.ts serves it from /who-answered-whom/-query/<query>.
  '/who-answered-whom/-query/[query]': () => [
    `/who-answered-whom?topic=${TOPIC.slug}`,
    '/who-answered-whom?from=2018-01-01',
  ],
  '/api/v1/[...path]': () => ['/api/v1/no-such-thing'],
  '/api/v1/claims': (s) => [
    '/api/v1/claims',
    `/api/v1/claims?topic=${TOPIC.slug}`,
    `/api/v1/claims?person=${s.publicPersonSlug}`,
    ...s.secretPersonSlugs.map((slug) => `/api/v1/claims?person=${slug}`),
  ],
  '/api/v1/claims/[slug]': (s) =>
    [PUBLIC_CLAIM_SLUG, ...s.secretClaimSlugs].flatMap((slug) => [
      `/api/v1/claims/${slug}`,
      `/api/v1/claims/${slug}?asOf=${TODAY}`,
    ]),
  '/api/v1/openapi.json': () => ['/api/v1/openapi.json'],
  '/api/v1/organizations': () => ['/api/v1/organizations'],
  '/api/v1/organizations/[slug]': () => [`/api/v1/organizations/${ORGANIZATION.slug}`],
  '/api/v1/people': () => ['/api/v1/people'],
  '/api/v1/people/[slug]': (s) => [s.publicPersonSlug, ...s.secretPersonSlugs].map((slug) => `/api/v1/people/${slug}`),
  '/api/v1/sources/[id]': (s) => [s.publicSourceId, ...s.secretSourceIds].map((id) => `/api/v1/sources/${id}`),
  '/api/v1/topics': () => ['/api/v1/topics'],
  '/embed/claims/[slug]': (s) => [PUBLIC_CLAIM_SLUG, ...s.secretClaimSlugs].map((slug) => `/embed/claims/${slug}`),
  '/feed.atom': () => ['/feed.atom'],
  '/feed.json': () => ['/feed.json'],
  '/feed.xml': () => ['/feed.xml'],
  '/oembed': (s) => [PUBLIC_CLAIM_SLUG, ...s.secretClaimSlugs].map(oembed),
};

/** The public routes of app/: its page and route files outside the signed-in (editor) group. */
function publicRoutesOfApp(): string[] {
  const routes: string[] = [];
  const walk = (dir: string, route: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name === '(editor)') continue;
        // A route group, (public), adds nothing to the URL.
        const isGroup = entry.name.startsWith('(') && entry.name.endsWith(')');
        walk(path.join(dir, entry.name), isGroup ? route : `${route}/${entry.name}`);
      } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
        routes.push(route || '/');
      }
    }
  };
  walk(path.join(process.cwd(), 'app'), '');
  return routes.sort();
}

/** Fills a new source whose every field carries `text`, with `quote` in its archived text. */
async function fillMarkedSource(page: Page, text: string, quote: string) {
  await page.getByRole('radio', { name: 'A new source' }).check();
  await page.getByLabel('Outlet', { exact: true }).fill(`Outlet ${text}`);
  await page.getByLabel('Title', { exact: true }).fill(`Title ${text}`);
  await page.getByLabel('URL').fill(`https://example.org/${slugify(text)}`);
  await page.getByLabel('Publication date').fill('2019-01-04');
  await page.getByLabel('Source text').fill(`Archive ${text}.\n\nShe said: \u201c${quote}\u201d`);
}

/** Fills a new person (name and description) with a role, all carrying `text`. */
async function fillMarkedNewPerson(page: Page, name: string, text: string) {
  await page.getByRole('radio', { name: 'A person not on record yet' }).check();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Who they are (optional)').fill(`Description ${text}`);
  await page.getByLabel('Title of the role (optional)').fill(`Role ${text}`);
}

/** Submits the proposal form and answers the ids of the sources the submission page cites. */
async function submitForReview(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page).toHaveURL(/\/account\/submissions\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Awaiting review', { exact: true }).filter({ visible: true })).toBeVisible();
  const hrefs = await page.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  return sourceIdsOf(hrefs);
}

/** The ids of the sources that links point at, each once. */
const sourceIdsOf = (hrefs: (string | null)[]) => [
  ...new Set(hrefs.flatMap((href) => /^\/sources\/([0-9a-f-]{36})/.exec(href ?? '')?.slice(1) ?? [])),
];

/** The proposals of one kind (pending or rejected): what each brings carries `${label} ${marker}`. */
async function proposeEverything(
  page: Page,
  label: string,
  publicPerson: string,
  publicSourceTitle: string,
  passage: string,
) {
  const text = `${label} ${marker}`;
  const sourceIds: string[] = [];
  // A counter-statement by a new person in a new role, quoted from a new source.
  await openProposalForm(page);
  const quote = `We will not sign, ${text}, not now`;
  await fillMarkedNewPerson(page, `Person ${text}`, text);
  await fillMarkedSource(page, text, quote);
  await page.getByLabel('Quote, word for word').fill(quote);
  await page.getByLabel('English translation (optional)').fill(`Translation ${text}`);
  await page.getByLabel('Stance').selectOption('CONTRADICTS');
  await page.getByLabel("Editor's note (optional)").fill(`Note ${text}`);
  sourceIds.push(...(await submitForReview(page)));

  // A counter-statement by the public person in a new role, quoted from the public source.
  await openProposalForm(page);
  await page.getByRole('radio', { name: 'A person on record' }).check();
  await pick(page, 'Person', publicPerson, new RegExp(publicPerson));
  await page.getByLabel('Role they spoke in').selectOption('new');
  await page.getByLabel('Title of the role (optional)').fill(`Post ${text}`);
  await pick(page, 'Organization of the role (optional)', 'france', ORGANIZATION.name);
  await pick(page, 'Source', publicSourceTitle, new RegExp(publicSourceTitle));
  await page.getByLabel('Quote, word for word').fill(passage);
  await page.getByLabel('Stance').selectOption('QUALIFIES');
  await page.getByLabel("Editor's note (optional)").fill(`Note ${text}`);
  await submitForReview(page);

  // A claim by a new person, quoted from a new source, in a topic.
  await page.goto('/claims/new');
  const claimQuote = `The war is over, ${text}, for good`;
  const claimant = `Claimant ${text}`;
  const summary = `Summary ${text}`;
  await fillMarkedNewPerson(page, claimant, text);
  await fillMarkedSource(page, `${text} claim`, claimQuote);
  await page.getByLabel('Quote, word for word').fill(claimQuote);
  await page.getByLabel('English translation (optional)').fill(`Translation ${text}`);
  await page.getByLabel('Summary', { exact: true }).fill(summary);
  await page.getByLabel('Verdict', { exact: true }).filter({ visible: true }).selectOption('FALSE');
  await page.getByLabel('Verdict explanation').fill(`Explanation ${text}`);
  await page.getByRole('checkbox', { name: TOPIC.name, exact: true }).check();
  sourceIds.push(...(await submitForReview(page)));

  return {
    personSlugs: [slugify(`Person ${text}`), slugify(claimant)],
    claimSlugs: [claimSlug(claimant, summary)],
    sourceIds,
  };
}

/** The public person and source the proposals use: an editor's published counter-statement, no marker. */
async function recordPublicPersonAndSource(page: Page) {
  const id = randomUUID().slice(0, 8);
  const passages = [`The talks go on, ${id}.`, `Nothing is agreed, ${id}.`, `We meet again soon, ${id}.`];
  const title = `Talks continue ${id}`;
  await openProposalForm(page);
  await page.getByRole('radio', { name: 'A person not on record yet' }).check();
  await page.getByLabel('Name', { exact: true }).fill(`Envoy ${id}`);
  await page.getByRole('radio', { name: 'A new source' }).check();
  await page.getByLabel('Outlet', { exact: true }).fill('Example Wire');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('URL').fill(`https://example.org/talks/${id}`);
  await page.getByLabel('Publication date').fill('2019-01-04');
  await page.getByLabel('Source text').fill(`Geneva.\n\n${passages.join('\n\n')}`);
  await page.getByLabel('Quote, word for word').fill(passages[0]!);
  await page.getByRole('button', { name: 'Publish counter-statement' }).click();
  await expect(page).toHaveURL(/\/claims\/[a-z0-9-]+#rebuttal-/);
  const hrefs = await page
    .getByRole('figure')
    .filter({ hasText: passages[0]! })
    .first()
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const [sourceId] = sourceIdsOf(hrefs);
  expect(sourceId).toBeTruthy();
  return { person: `Envoy ${id}`, personSlug: slugify(`Envoy ${id}`), sourceId: sourceId!, title, passages };
}

/**
 * Repetitions of the public claim that readers must not see, one awaiting review and one rejected,
 * each the seeded organization's words from a new source of its own status, all marked; answers the
 * sources' ids. Only editors record repetitions, published at once, so no form makes such a row: it
 * is written as the table would hold it. It must be written before the editor's publication expires
 * the claim's cached pages, so that every page rendered afterwards reads it. PostgreSQL only: the
 * running server holds the embedded database (lib/dal/published.test.ts covers both).
 */
async function insertUnpublishedRepetitions(): Promise<string[]> {
  if (!env.DATABASE_URL) return [];
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    const sourceIds: string[] = [];
    for (const status of ['submitted', 'rejected']) {
      const quote = `We said it again, ${status} ${marker}`;
      const archive = `Archive ${status} ${marker}.\n\n${quote}`;
      const { rows } = await client.query<{ source_id: string }>(
        `WITH source AS (
           INSERT INTO sources (id, kind, outlet, title, archive_text, archive_sha256, status, updated_at)
           VALUES (gen_random_uuid(), 'news_article', $1, $1, $2, encode(sha256(convert_to($2, 'UTF8')), 'hex'), $3::publication_status, now())
           RETURNING id
         ), statement AS (
           INSERT INTO statements (id, text, speaker_organization_id, source_id, quote_start, quote_end, updated_at)
           SELECT gen_random_uuid(), $4, o.id, source.id, strpos($2, $4) - 1, strpos($2, $4) - 1 + length($4), now()
             FROM source, organizations o WHERE o.slug = $5
           RETURNING id, source_id
         )
         INSERT INTO claim_appearances (id, claim_id, statement_id, status, updated_at)
         SELECT gen_random_uuid(), c.id, statement.id, $3::publication_status, now() FROM statement, claims c WHERE c.slug = $6
         RETURNING (SELECT source_id FROM statement)`,
        [`Outlet ${status} ${marker}`, archive, status, quote, ORGANIZATION.slug, PUBLIC_CLAIM_SLUG],
      );
      expect(rows).toHaveLength(1);
      sourceIds.push(rows[0]!.source_id);
    }
    return sourceIds;
  } finally {
    await client.end();
  }
}

/** The body as text, without what the request itself put in it (a 404 may name the URL asked for). */
async function bodyWithoutEcho(response: Awaited<ReturnType<APIRequestContext['get']>>, url: string) {
  let body = (await response.text()).toLowerCase();
  for (const echoed of url.split(/[/?&=]/).flatMap((part) => [part, decodeURIComponent(part)])) {
    if (echoed.includes(marker)) body = body.replaceAll(echoed.toLowerCase(), '');
  }
  return body;
}

test('no word of a pending or rejected proposal reaches any public route', async ({ browser, request }) => {
  // Every public route, each rendered on its first request, on two cores shared with another worker.
  test.setTimeout(240_000);
  const [contributor, editor] = await makeAccounts(browser, ['Contributor', 'Editor']);
  const unpublishedRepetitionSources = await insertUnpublishedRepetitions();

  const editorBrowser = await signedInPage(browser, editor!, PROPOSAL_CLAIM);
  const recorded = await recordPublicPersonAndSource(editorBrowser.page);

  const contributorBrowser = await signedInPage(browser, contributor!, PROPOSAL_CLAIM);
  const proposed = [
    await proposeEverything(contributorBrowser.page, 'pending', recorded.person, recorded.title, recorded.passages[1]!),
    await proposeEverything(
      contributorBrowser.page,
      'rejected',
      recorded.person,
      recorded.title,
      recorded.passages[2]!,
    ),
  ];
  await contributorBrowser.close();

  // The editor rejects the second set, with a note that carries the marker too.
  await editorBrowser.page.goto('/review');
  for (const text of [`Person rejected ${marker}`, `Post rejected ${marker}`, `Summary rejected ${marker}`]) {
    const item = editorBrowser.page.getByRole('listitem').filter({ hasText: text });
    await item.getByLabel('Note to the contributor (required to reject)').fill(`Rejected ${marker}`);
    await item.getByRole('button', { name: 'Reject' }).click();
    // Decided, it leaves the queue, and the outcome is stated above it.
    await expect(item).toHaveCount(0);
    await expect(editorBrowser.page.getByRole('status').filter({ hasText: 'Rejected:' })).toBeVisible();
  }

  // The public claim's share image, at its current version, as its page names it.
  const claimPage = await (await request.get(PROPOSAL_CLAIM)).text();
  const publicShareImage = new RegExp(`/claims/${PUBLIC_CLAIM_SLUG}/share-image/[^"?&]+`).exec(claimPage)?.[0];
  expect(publicShareImage).toBeTruthy();
  await editorBrowser.close();

  const subjects: Subjects = {
    publicPersonSlug: recorded.personSlug,
    publicSourceId: recorded.sourceId,
    publicShareImage: publicShareImage!,
    secretPersonSlugs: proposed.flatMap((set) => set.personSlugs),
    secretClaimSlugs: proposed.flatMap((set) => set.claimSlugs),
    secretSourceIds: [...proposed.flatMap((set) => set.sourceIds), ...unpublishedRepetitionSources],
  };
  expect(subjects.secretSourceIds).toHaveLength(env.DATABASE_URL ? 6 : 4);

  const leaks: string[] = [];
  for (const ask of Object.values(ROUTES).flatMap((asks) => asks(subjects))) {
    const { url, headers } = typeof ask === 'string' ? { url: ask, headers: {} } : ask;
    const response = await request.get(url, { headers });
    expect(response.status(), url).toBeLessThan(500);
    const isSecret = [...subjects.secretPersonSlugs, ...subjects.secretClaimSlugs, ...subjects.secretSourceIds].some(
      (secret) => url.split(/[/?&=]/).includes(secret) || decodeURIComponent(url).includes(`/claims/${secret}`),
    );
    // A proposal's own page, feed, API record, embed or image does not exist for readers.
    if (isSecret && !url.includes('?person=')) expect(response.status(), url).toBe(404);
    if ((response.headers()['content-type'] ?? '').startsWith('image/')) continue;
    if ((await bodyWithoutEcho(response, url)).includes(marker)) leaks.push(url);
  }
  expect(leaks).toEqual([]);

  // Search: a query echoes itself, so the marker may appear exactly as often as a word found nowhere does.
  const control = `zqcontrol${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  for (const searchPath of ['/claims?q=', '/api/v1/claims?q=']) {
    const count = async (word: string) => (await (await request.get(searchPath + word)).text()).split(word).length;
    expect(await count(marker), searchPath).toBe(await count(control));
  }
});

test('the canary asks about every public route of the app', () => {
  expect(Object.keys(ROUTES).sort()).toEqual(publicRoutesOfApp());
});
