import { expect, test } from '@playwright/test';
import { env } from '../lib/env';

// The API and the downloads through the real server: what Next.js adds or changes on the way
// (headers, methods, unknown paths) is tested here; the handlers' behaviour in lib/api/routes.test.ts.

test('the API answers with JSON, caching and CORS headers, and 304 to a matching If-None-Match', async ({
  request,
}) => {
  const response = await request.get('/api/v1/claims?verdict=false');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(response.headers()['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const body = await response.json();
  expect(body.data.length).toBeGreaterThan(0);
  expect(body.data.every((claim: { verdict: string }) => claim.verdict === 'false')).toBe(true);
  // Links are built from SITE_URL, not from the address the server was reached at.
  expect(body.links.self).toBe(`${env.SITE_URL}/api/v1/claims?verdict=false`);

  const etag = response.headers()['etag'] ?? '';
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await request.get('/api/v1/claims?verdict=false', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('each query of a resource is an answer of its own, kept whole: the same bytes again, another query another answer', async ({
  request,
}) => {
  const isis = '/api/v1/claims/trump-we-have-defeated-isis-in-syria';
  const etagOf = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    return { etag: response.headers()['etag'], body: await response.json() };
  };
  const falseClaims = await etagOf('/api/v1/claims?verdict=false');
  const trueClaims = await etagOf('/api/v1/claims?verdict=true');
  expect(trueClaims.etag).not.toBe(falseClaims.etag);
  expect(trueClaims.body.data.every((claim: { verdict: string }) => claim.verdict === 'true')).toBe(true);
  expect((await etagOf('/api/v1/claims?verdict=false')).etag).toBe(falseClaims.etag);

  // The claim now, and as of a day before it was made: a 404 problem kept for that day only.
  const now = await etagOf(isis);
  const before = await request.get(`${isis}?asOf=2000-01-01`);
  expect(before.status()).toBe(404);
  expect(before.headers()['cache-control']).toBe('no-store');
  expect((await before.json()).error.message).toMatch(/not on record as made by/);
  expect((await etagOf(isis)).etag).toBe(now.etag);
  // A day after today is refused for each request, whatever is kept.
  expect((await request.get(`${isis}?asOf=2999-01-01`)).status()).toBe(400);
});

test('the API answers a CORS preflight, and JSON errors for bad parameters, unknown paths and writes', async ({
  request,
}) => {
  const preflight = await request.fetch('/api/v1/claims', {
    method: 'OPTIONS',
    headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe('*');
  expect(preflight.headers()['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');

  const bad = await request.get('/api/v1/claims?verdict=fake');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/verdict/);

  const unknown = await request.get('/api/v1/no/such/thing');
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: { status: 404, message: 'Not found.' } });

  const write = await request.post('/api/v1/claims', { data: {} });
  expect(write.status()).toBe(405);
  expect(write.headers()['allow']).toBe('GET, HEAD, OPTIONS');
});

test('the OpenAPI document is served at /api/v1/openapi.json', async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe('3.1.0');
  expect(document.servers).toEqual([{ url: `${env.SITE_URL}/api/v1` }]);
});

test('the data page links to downloads that stream the exports', async ({ page, request }) => {
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data and API' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'data and API' })).toBeVisible();

  const csvHref = await page.getByRole('link', { name: 'Claims and counter-statements, CSV' }).getAttribute('href');
  const csv = await request.get(csvHref ?? '');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  expect(csv.headers()['content-disposition']).toBe('attachment; filename="countercheck-claims.csv"');
  const csvText = await csv.text();
  expect(csvText.split('\r\n')[0]).toMatch(/^claim_slug,claim_url,claim_summary,verdict,/);
  expect(csvText).toContain(`${env.SITE_URL}/claims/trump-we-have-defeated-isis-in-syria`);

  const jsonlHref = await page.getByRole('link', { name: 'Full dataset, JSON Lines' }).getAttribute('href');
  const lines = (await (await request.get(jsonlHref ?? '')).text())
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(lines[0].type).toBe('person');
  expect(lines.filter((line) => line.type === 'claim').length).toBeGreaterThan(0);

  const reviewsHref = await page
    .getByRole('link', { name: 'Fact checks, schema.org ClaimReview' })
    .getAttribute('href');
  const reviews = await (await request.get(reviewsHref ?? '')).json();
  expect(reviews.length).toBe(lines.filter((line) => line.type === 'claim').length);
  expect(reviews[0]['@type']).toBe('ClaimReview');

  expect((await request.get('/data/no-such-file.txt')).status()).toBe(404);
});
