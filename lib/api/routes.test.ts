import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { dereference } from '@readme/openapi-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as claimRoute from '@/app/api/v1/claims/[slug]/route';
import * as claimsRoute from '@/app/api/v1/claims/route';
import * as unknownRoute from '@/app/api/v1/[...path]/route';
import * as openApiRoute from '@/app/api/v1/openapi.json/route';
import * as organizationRoute from '@/app/api/v1/organizations/[slug]/route';
import * as organizationsRoute from '@/app/api/v1/organizations/route';
import * as personRoute from '@/app/api/v1/people/[slug]/route';
import * as peopleRoute from '@/app/api/v1/people/route';
import * as sourceRoute from '@/app/api/v1/sources/[id]/route';
import * as topicsRoute from '@/app/api/v1/topics/route';
import { db, disconnectDb } from '../db';
import { env } from '../env';
import { encodeCursor } from '../domain/cursor';
import { parseIsoDay } from '../domain/dates';
import { makeClaim, makePerson, makeCounterStatement, makeOrganization, makeStatement } from '../testing/factories';
import type { ApiClaimDetail, ApiClaimSummary, ApiList } from '../validation/api';
import { buildOpenApiDocument } from './openapi';

type ClaimBody = { data: ApiClaimDetail };
type ClaimsBody = ApiList<ApiClaimSummary>;

// The API's route handlers, called as Next.js calls them, against the seeded integration database.
// Every 200 body is checked against the schema the OpenAPI document gives for it, so the document
// cannot drift from what the code serves.

after(() => disconnectDb());

const ISIS = 'trump-we-have-defeated-isis-in-syria';

type Route = { GET: (request: Request, context: { params: Promise<never> }) => Promise<Response> } & Record<
  string,
  unknown
>;

function call(
  route: Route,
  path: string,
  {
    method = 'GET',
    params = {},
    headers = {},
  }: { method?: string; params?: object; headers?: Record<string, string> } = {},
): Promise<Response> {
  const handler = route[method] as Route['GET'];
  // The request's own origin is not SITE_URL: links in bodies must come from SITE_URL anyway.
  return handler(new Request(`http://127.0.0.1:9/api/v1${path}`, { method, headers }), {
    params: Promise.resolve(params as never),
  });
}

const validators = new Map<string, ValidateFunction>();

before(async () => {
  // zod-openapi's and openapi-types' typings of one document differ in details (server variables).
  const document = (await dereference(
    structuredClone(buildOpenApiDocument()) as Parameters<typeof dereference>[0],
  )) as ReturnType<typeof buildOpenApiDocument>;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const schema =
      item.get?.responses?.['200'] && 'content' in item.get.responses['200']
        ? item.get.responses['200'].content?.['application/json']?.schema
        : undefined;
    assert.ok(schema, `no 200 schema for ${path}`);
    validators.set(path, ajv.compile(schema));
  }
});

/** The body of a 200 response, after checking it against the documented schema of `documentedPath`. */
async function documentedBody<T = { data: unknown }>(response: Response, documentedPath: string): Promise<T> {
  assert.equal(response.status, 200, await response.clone().text());
  assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  const body: unknown = await response.json();
  const validate = validators.get(documentedPath)!;
  assert.ok(validate(body), `${documentedPath}: ${JSON.stringify(validate.errors, null, 1)}`);
  // The schema check above is what makes this cast true.
  return body as T;
}

test('GET /claims/{slug}: the claim with its counter-statements and sources, as documented, with absolute URLs from SITE_URL', async () => {
  const { data } = await documentedBody<ClaimBody>(
    await call(claimRoute, `/claims/${ISIS}`, { params: { slug: ISIS } }),
    '/claims/{slug}',
  );
  assert.equal(data.slug, ISIS);
  assert.equal(data.verdict, 'false');
  assert.equal(data.url, `${env.SITE_URL}/api/v1/claims/${ISIS}`);
  assert.equal(data.htmlUrl, `${env.SITE_URL}/claims/${ISIS}`);
  assert.equal(data.rebuttals.length, data.rebuttalCount);
  assert.ok(data.rebuttals.length >= 8);
  const first = data.rebuttals[0]!;
  assert.match(first.htmlUrl, new RegExp(`/claims/${ISIS}#rebuttal-${first.id}$`));
  assert.match(first.statement.source.url, new RegExp(`^${env.SITE_URL}/api/v1/sources/`));
  // How fast each party answered (the seed: France the next day, the UK's answers undated).
  assert.deepEqual(
    data.responseTimes.find((party) => party.label === 'France'),
    {
      key: 'country:FR',
      label: 'France',
      countryCode: 'FR',
      rebuttalCount: 2,
      firstAnsweredOn: '2018-12-20',
      delayDays: { min: 1, max: 1 },
      delayLabel: '1 day',
    },
  );
  const uk = data.responseTimes.find((party) => party.label === 'United Kingdom');
  assert.deepEqual([uk?.firstAnsweredOn, uk?.delayDays, uk?.delayLabel], [null, null, null]); // The claims an editor linked with it (the seed: the same point in other words), newest first.
  assert.deepEqual(
    data.relatedClaims.map((related) => [related.slug, related.claimant, related.saidOn]),
    [
      ['trump-100-percent-of-the-caliphate', 'Donald Trump', '2019-02-06'],
      ['trump-isis-mostly-gone', 'Donald Trump', '2018-12'],
    ],
  );
  assert.equal(data.relatedClaims[0]!.url, `${env.SITE_URL}/api/v1/claims/trump-100-percent-of-the-caliphate`);
  assert.equal(data.expectedParties, null, 'the seed lists no expected parties');
});

test('GET /claims/{slug}: expectedParties, who of the listed organizations has answered and who has not, as documented', async () => {
  const claim = await makeClaim({ statement: { saidOn: new Date('2018-12-19') } });
  const [answering, silent] = [await makeOrganization({ countryCode: 'FR' }), await makeOrganization()];
  await makeCounterStatement(claim, { statement: { organization: answering, saidOn: new Date('2018-12-20') } });
  await db.expectedParty.createMany({
    data: [answering, silent].map((organization) => ({ claimId: claim.id, organizationId: organization.id })),
  });
  const { data } = await documentedBody<ClaimBody>(
    await call(claimRoute, `/claims/${claim.slug}`, { params: { slug: claim.slug } }),
    '/claims/{slug}',
  );
  assert.deepEqual(data.expectedParties?.answered, [
    {
      organization: { slug: answering.slug, name: answering.name, countryCode: 'FR' },
      answeredAs: 'France',
      delayDays: { min: 1, max: 1 },
      delayLabel: '1 day',
    },
  ]);
  assert.deepEqual(data.expectedParties?.notAnswered, [{ slug: silent.slug, name: silent.name, countryCode: null }]);
  assert.ok(data.expectedParties.daysSinceClaim!.min > 2900, 'days from the claim to today');
});

test('GET /claims/{slug}: a delay from a date known to the month is a range of days', async () => {
  const slug = 'trump-isis-mostly-gone';
  const { data } = await documentedBody<ClaimBody>(
    await call(claimRoute, `/claims/${slug}`, { params: { slug } }),
    '/claims/{slug}',
  );
  const sdf = data.responseTimes.find((party) => party.label === 'Syrian Democratic Forces');
  assert.deepEqual(
    [sdf?.firstAnsweredOn, sdf?.delayDays, sdf?.delayLabel],
    ['2019-02-10', { min: 41, max: 71 }, '41–71 days'],
  );
});

test('GET /claims/{slug}: how often the claim was made, and each published repetition with its source', async () => {
  const person = await makePerson();
  const claim = await makeClaim({ statement: { person, saidOn: parseIsoDay('2018-12-01'), saidOnPrecision: 'MONTH' } });
  const again = await makeStatement({ person, saidOn: parseIsoDay('2019-02-06') });
  const pending = await makeStatement({ person, saidOn: parseIsoDay('2020-01-01') });
  const repetition = await db.claimAppearance.create({
    data: { claimId: claim.id, statementId: again.id, status: 'PUBLISHED' },
  });
  await db.claimAppearance.create({ data: { claimId: claim.id, statementId: pending.id, status: 'SUBMITTED' } });
  const { data } = await documentedBody<ClaimBody>(
    await call(claimRoute, `/claims/${claim.slug}`, { params: { slug: claim.slug } }),
    '/claims/{slug}',
  );
  assert.deepEqual(data.appearances, {
    count: 2,
    firstSaidOn: '2018-12',
    lastSaidOn: '2019-02-06',
    label: 'said 2 times, December 2018 to 6 February 2019',
  });
  assert.deepEqual(
    data.repetitions.map((listed) => [listed.htmlUrl, listed.statement.text, listed.statement.source.id]),
    [[`${env.SITE_URL}/claims/${claim.slug}#appearance-${repetition.id}`, again.text, again.sourceId]],
  );
});

test('GET /claims/{slug}?asOf=: the record as it stood that day, as documented: answers said by then, the verdict then', async () => {
  const today = await documentedBody<ClaimBody>(
    await call(claimRoute, `/claims/${ISIS}`, { params: { slug: ISIS } }),
    '/claims/{slug}',
  );
  assert.equal(today.data.asOf, null);
  const { data } = await documentedBody<ClaimBody>(
    await call(claimRoute, `/claims/${ISIS}?asOf=2019-01-01`, { params: { slug: ISIS } }),
    '/claims/{slug}',
  );
  // The seed's claims were published here on 21 November 2026: in 2019 none had been rated yet.
  assert.deepEqual(data.asOf, {
    day: '2019-01-01',
    htmlUrl: `${env.SITE_URL}/claims/${ISIS}?asOf=2019-01-01`,
    verdictSavedAt: null,
  });
  assert.equal(data.verdict, 'unrated');
  // France answered the next day; the SDF in February 2019, the UK and the Kurdish administration undated.
  assert.deepEqual(
    data.responseTimes.map((party) => party.label),
    ['France'],
  );
  assert.equal(data.rebuttalCount, data.rebuttals.length);
  assert.ok(data.rebuttals.length < today.data.rebuttals.length);
  assert.ok(data.rebuttals.every((rebuttal) => rebuttal.statement.saidOn && rebuttal.statement.saidOn <= '2019-01-01'));
});

test('GET /claims/{slug}?asOf=: a day after today is a 400, a day before the claim a 404, each with its reason', async () => {
  const params = { params: { slug: ISIS } };
  await assertError(
    await call(claimRoute, `/claims/${ISIS}?asOf=9999-12-31`, params),
    400,
    /asOf: The record of a day to come/,
  );
  await assertError(await call(claimRoute, `/claims/${ISIS}?asOf=0000-01-01`, params), 400, /asOf/);
  await assertError(await call(claimRoute, `/claims/${ISIS}?asOf=2019-02-30`, params), 400, /asOf/);
  await assertError(await call(claimRoute, `/claims/${ISIS}?asOf=2019-01-01&asOf=2019-01-02`, params), 400, /asOf/);
  await assertError(
    await call(claimRoute, `/claims/${ISIS}?asOf=2018-12-18`, params),
    404,
    /not on record as made by 18 December 2018/,
  );
});

test('every endpoint answers as its OpenAPI schema says', async () => {
  const claim = await documentedBody<ClaimBody>(
    await call(claimRoute, `/claims/${ISIS}`, { params: { slug: ISIS } }),
    '/claims/{slug}',
  );
  const person = claim.data.claim.speaker;
  const organization = claim.data.rebuttals.find((counterStatement) => counterStatement.statement.organization)!
    .statement.organization!;
  const personSlug = person.url!.split('/').pop();
  const cases: [Route, string, string, object][] = [
    [claimsRoute, '/claims?verdict=false&sort=most-rebutted', '/claims', {}],
    [peopleRoute, '/people', '/people', {}],
    [personRoute, `/people/${personSlug}`, '/people/{slug}', { slug: personSlug }],
    [organizationsRoute, '/organizations', '/organizations', {}],
    [organizationRoute, `/organizations/${organization.slug}`, '/organizations/{slug}', { slug: organization.slug }],
    [sourceRoute, `/sources/${claim.data.claim.source.id}`, '/sources/{id}', { id: claim.data.claim.source.id }],
    [topicsRoute, '/topics', '/topics', {}],
  ];
  for (const [route, path, documented, params] of cases) {
    const { data } = await documentedBody(await call(route, path, { params }), documented);
    assert.ok(Array.isArray(data) ? data.length > 0 : data, path);
  }
});

test("the OpenAPI document is served with the site's public server URL", async () => {
  const response = await call(openApiRoute, '/openapi.json');
  assert.equal(response.status, 200);
  const document = await response.json();
  assert.equal(document.openapi, '3.1.0');
  assert.deepEqual(document.servers, [{ url: `${env.SITE_URL}/api/v1` }]);
});

test('pages through claims with the cursor in links.next, keeping the filters', async () => {
  const person = await makePerson();
  const made = [];
  for (let day = 1; day <= 21; day++)
    made.push(await makeClaim({ statement: { person, saidOn: new Date(Date.UTC(2001, 0, day)) } }));
  const first = await documentedBody<ClaimsBody>(await call(claimsRoute, `/claims?person=${person.slug}`), '/claims');
  assert.equal(first.data.length, 20);
  assert.equal(first.links.self, `${env.SITE_URL}/api/v1/claims?person=${person.slug}`);
  assert.match(first.links.next ?? '', new RegExp(`^${env.SITE_URL}/api/v1/claims\\?person=${person.slug}&cursor=`));
  const next = new URL(first.links.next!);
  const second = await documentedBody<ClaimsBody>(
    await call(claimsRoute, `${next.pathname.replace('/api/v1', '')}${next.search}`),
    '/claims',
  );
  assert.equal(second.links.next, null);
  const seen = [...first.data, ...second.data].map((claim) => claim.slug);
  // Newest first, each claim once.
  assert.deepEqual(seen, made.map((claim) => claim.slug).reverse());
});

test('an unchanged resource answers 304 to If-None-Match, with caching and CORS headers', async () => {
  const response = await call(claimRoute, `/claims/${ISIS}`, { params: { slug: ISIS } });
  const etag = response.headers.get('etag');
  assert.match(etag ?? '', /^"[\w-]{43}"$/);
  assert.equal(response.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=300');
  assert.equal(response.headers.get('access-control-allow-origin'), '*');

  const notModified = await call(claimRoute, `/claims/${ISIS}`, {
    params: { slug: ISIS },
    headers: { 'If-None-Match': `"other", W/${etag}` },
  });
  assert.equal(notModified.status, 304);
  assert.equal(await notModified.text(), '');
  assert.equal(notModified.headers.get('etag'), etag);

  const changed = await call(claimRoute, `/claims/${ISIS}`, {
    params: { slug: ISIS },
    headers: { 'If-None-Match': '"stale"' },
  });
  assert.equal(changed.status, 200);
});

test('the ETag changes when the claim does', async () => {
  const claim = await makeClaim();
  const before = (await call(claimRoute, `/claims/${claim.slug}`, { params: { slug: claim.slug } })).headers.get(
    'etag',
  );
  await makeCounterStatement(claim);
  const after = (await call(claimRoute, `/claims/${claim.slug}`, { params: { slug: claim.slug } })).headers.get('etag');
  assert.notEqual(after, before);
});

async function assertError(response: Response, status: number, message: RegExp) {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  const body = await response.json();
  assert.equal(body.error.status, status);
  assert.match(body.error.message, message);
  return body.error;
}

test('a bad query parameter is a 400 that names it', async () => {
  const badVerdict = await assertError(await call(claimsRoute, '/claims?verdict=fake'), 400, /verdict/);
  assert.deepEqual(
    badVerdict.issues.map((issue: { path: string[] }) => issue.path),
    [['verdict']],
  );
  await assertError(await call(claimsRoute, '/claims?from=2019-02-30'), 400, /from/);
  await assertError(await call(claimsRoute, '/claims?verdit=false'), 400, /verdit/);
  await assertError(await call(claimsRoute, '/claims?q=a&q=b'), 400, /q: .*array/);
  await assertError(
    await call(claimsRoute, '/claims?cursor=forged'),
    400,
    /cursor: is not a cursor this API handed out/,
  );
  await assertError(await call(peopleRoute, '/people?cursor='), 400, /cursor/);
  await assertError(await call(claimRoute, `/claims/${ISIS}?verbose=1`, { params: { slug: ISIS } }), 400, /verbose/);
});

test('input PostgreSQL cannot take is a 400 that names the parameter, never a 500 (issue 11)', async () => {
  const id = randomUUID();
  await assertError(await call(claimsRoute, '/claims?q=a%00b'), 400, /q: Remove NUL/);
  await assertError(await call(claimsRoute, '/claims?from=0000-01-01'), 400, /from: Use a year from 1000/);
  for (const forged of [
    encodeCursor({ claimedOn: '2019-01-01', counterStatementCount: 2 ** 40, id }),
    encodeCursor({ claimedOn: '0000-01-01', counterStatementCount: 1, id }),
  ])
    await assertError(await call(claimsRoute, `/claims?sort=most-rebutted&cursor=${forged}`), 400, /cursor/);
  for (const route of [peopleRoute, organizationsRoute, topicsRoute])
    await assertError(await call(route, `/list?cursor=${encodeCursor({ name: 'a\0b', id })}`), 400, /cursor/);
  await assertError(await call(personRoute, '/people/%00', { params: { slug: '\0' } }), 404, /Not found/);
});

test('an unknown or unpublished resource is a JSON 404', async () => {
  const draft = await makeClaim({ status: 'DRAFT' });
  await assertError(
    await call(claimRoute, `/claims/${draft.slug}`, { params: { slug: draft.slug } }),
    404,
    /Not found/,
  );
  await assertError(
    await call(claimRoute, '/claims/no-such-claim', { params: { slug: 'no-such-claim' } }),
    404,
    /Not found/,
  );
  await assertError(
    await call(claimRoute, '/claims/NOT%20A%20SLUG', { params: { slug: 'NOT A SLUG' } }),
    404,
    /Not found/,
  );
  await assertError(await call(sourceRoute, '/sources/42', { params: { id: '42' } }), 404, /Not found/);
  // A source quoted only by a draft claim, and the draft's speaker, are not public yet.
  const draftStatement = await db.statement.findUniqueOrThrow({
    where: { id: draft.statementId },
    include: { speakerPerson: true },
  });
  await assertError(
    await call(sourceRoute, `/sources/${draftStatement.sourceId}`, { params: { id: draftStatement.sourceId } }),
    404,
    /Not found/,
  );
  const speaker = draftStatement.speakerPerson!.slug;
  await assertError(await call(personRoute, `/people/${speaker}`, { params: { slug: speaker } }), 404, /Not found/);
  await assertError(
    await call(unknownRoute, '/no/such/thing', { params: { path: ['no', 'such', 'thing'] } }),
    404,
    /Not found/,
  );
});

test('a source is public when a published quote comes from it, verified or not', async () => {
  // Archived texts are unique: this one must not be another test's.
  const sourceText = `Words of ${randomUUID()}, without the quote.`;
  const claim = await makeClaim({ statement: { text: 'Never printed', sourceText } });
  const { sourceId } = await db.statement.findUniqueOrThrow({ where: { id: claim.statementId } });
  const { data } = await documentedBody<{ data: { quotes: unknown[]; archiveText: string } }>(
    await call(sourceRoute, `/sources/${sourceId}`, { params: { id: sourceId } }),
    '/sources/{id}',
  );
  assert.equal(data.archiveText, sourceText);
  assert.deepEqual(data.quotes, []);
});

test('answers a CORS preflight, HEAD without a body, and 405 with Allow for writes', async () => {
  const preflight = await call(claimsRoute, '/claims', {
    method: 'OPTIONS',
    headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
  assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET, HEAD, OPTIONS');
  assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /If-None-Match/);

  const get = await call(claimsRoute, '/claims');
  const head = await call(claimsRoute, '/claims', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
  assert.equal(head.headers.get('etag'), get.headers.get('etag'));

  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
    const response = await call(claimsRoute, '/claims', { method });
    await assertError(response, 405, /read-only/);
    assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS');
  }
});
