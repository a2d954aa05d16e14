import { expect, test } from '@playwright/test';
import { env } from '../lib/env';
import { routes } from '../lib/routes';

const ISIS_SLUG = 'trump-we-have-defeated-isis-in-syria';
const EMBED_PATH = routes.claimEmbed(ISIS_SLUG);
const CLAIM_URL = `${env.SITE_URL}/claims/${ISIS_SLUG}`;

test.describe('framing rules', () => {
  test('a normal page refuses every frame; an embed page allows any', async ({ request }) => {
    for (const path of ['/', routes.claim(ISIS_SLUG)]) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options'], path).toBe('DENY');
    }
    const embed = (await request.get(EMBED_PATH)).headers();
    expect(embed['content-security-policy']).toContain('frame-ancestors *');
    expect(embed['x-frame-options']).toBeUndefined();
  });

  test('every response forbids sniffing and powerful features, and pins https; pages refuse plugins, <base> and foreign form targets', async ({
    request,
  }) => {
    // npm test serves the app for SITE_URL https://countercheck.test, so HSTS is on.
    for (const path of ['/', routes.claim(ISIS_SLUG), '/api/v1/claims', '/feed.xml', EMBED_PATH]) {
      const headers = (await request.get(path)).headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(headers['strict-transport-security'], path).toMatch(/^max-age=\d{8}/);
    }
    for (const path of ['/', routes.claim(ISIS_SLUG), '/sign-in']) {
      const policy = (await request.get(path)).headers()['content-security-policy'];
      for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'"])
        expect(policy, path).toContain(directive);
    }
  });

  test('a page can show the embed in an iframe, but not the claim page', async ({ page, baseURL }) => {
    // A publisher's article, served by the browser itself at a path the app does not have. On the
    // app's own origin because Chromium keeps other origins from framing local addresses; the
    // rules hold for every origin ('none' refuses even the site itself).
    const publisher = `${baseURL}/publisher-article`;
    const article = `<!DOCTYPE html><title>Article</title><iframe title="embed" src="${baseURL}${EMBED_PATH}"></iframe><iframe title="page" src="${baseURL}/claims/${ISIS_SLUG}"></iframe>`;
    await page.route(publisher, (route) => route.fulfill({ contentType: 'text/html', body: article }));
    await page.goto(publisher);
    await expect(
      page
        .frameLocator('iframe[title="embed"]')
        .getByRole('heading', { level: 1, name: 'ISIS has been defeated in Syria' }),
    ).toBeVisible();
    await expect(
      page
        .frameLocator('iframe[title="page"]')
        .getByRole('heading', { level: 1, name: 'ISIS has been defeated in Syria' }),
    ).toHaveCount(0);
  });
});

test('the embed card shows the claim, its verdict and counter-statements, linking back in a new tab', async ({
  page,
}) => {
  await page.goto(EMBED_PATH);
  await expect(page.getByRole('banner')).toHaveCount(0); // no site header
  const title = page.getByRole('link', { name: /^ISIS has been defeated in Syria/ });
  await expect(title).toHaveAttribute('href', CLAIM_URL);
  await expect(title).toHaveAttribute('target', '_blank');
  await expect(page.getByText('Verdict: False')).toBeVisible();
  await expect(page.getByText('We have defeated ISIS in Syria')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '8 counter-statements' })).toBeVisible();
  const readInFull = page.getByRole('link', { name: 'Read in full (opens in a new tab)' });
  await expect(readInFull).toHaveCount(5);
  await expect(readInFull.first()).toHaveAttribute('href', new RegExp(`^${CLAIM_URL}#rebuttal-`));
  await expect(page.getByRole('link', { name: /3 more counter-statements on Countercheck/ })).toBeVisible();
  // Its own stylesheet applies in full: an entity-escaped one lost its font rule to the CSS parser.
  await expect(page.locator('body')).toHaveCSS('font-family', /"Segoe UI"/);
  await expect(page.locator('body')).toHaveCSS('font-size', '15px');
});

test('an unknown claim embeds as "not found" with status 404', async ({ page }) => {
  const response = await page.goto('/embed/claims/no-such-claim');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Claim not found' })).toBeVisible();
});

test('a claim page names its oEmbed endpoint, which answers with an iframe of the embed card', async ({
  page,
  request,
}) => {
  await page.goto(routes.claim(ISIS_SLUG));
  const discovery = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
  const href = new URL((await discovery.getAttribute('href')) ?? '');
  expect(href.origin).toBe(env.SITE_URL);
  expect(href.searchParams.get('url')).toBe(CLAIM_URL);
  expect(href.searchParams.get('format')).toBe('json');

  // The link names the public origin; ask the server under test the same path.
  const oEmbed = await (await request.get(href.pathname + href.search)).json();
  expect(oEmbed).toMatchObject({
    version: '1.0',
    type: 'rich',
    provider_name: 'Countercheck',
    title: 'ISIS has been defeated in Syria',
    author_name: 'Donald Trump',
    thumbnail_width: 1200,
    thumbnail_height: 630,
  });
  expect(oEmbed.html).toContain(`src="${env.SITE_URL}${EMBED_PATH}"`);
  await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', oEmbed.thumbnail_url);
});
