import { expect, test, type Page } from '@playwright/test';
import { env } from '../lib/env';

const ISIS_PATH = '/claims/trump-we-have-defeated-isis-in-syria';
const ISIS_URL = `${env.SITE_URL}${ISIS_PATH}`;
const SUMMARY = 'ISIS has been defeated in Syria';

// Meta tags, link elements and JSON-LD have no ARIA role: they are found by CSS selector.
const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);

test.describe('a link preview, as a social site builds it from the page', () => {
  // Crawlers run no JavaScript and announce themselves; Next.js then puts all metadata in <head>.
  test.use({
    javaScriptEnabled: false,
    userAgent: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  });

  test('has Open Graph and Twitter card tags, with absolute URLs from SITE_URL', async ({ page, baseURL }) => {
    // The server answers on another origin than SITE_URL, so a URL taken from the request's Host
    // header would show up here as a mismatch.
    expect(new URL(env.SITE_URL).host).not.toBe(new URL(baseURL ?? '').host);
    await page.goto(ISIS_PATH);

    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', ISIS_URL);
    await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
    await expect(meta(page, 'og:title')).toHaveAttribute('content', SUMMARY);
    await expect(meta(page, 'og:url')).toHaveAttribute('content', ISIS_URL);
    await expect(meta(page, 'og:site_name')).toHaveAttribute('content', 'Countercheck');
    const description = await meta(page, 'description').getAttribute('content');
    expect(description).toMatch(
      /^Donald Trump claimed: “We have defeated ISIS in Syria, .*” Our verdict: False\. 8 counter-statements: United Kingdom 3, France 2, /,
    );
    await expect(meta(page, 'og:description')).toHaveAttribute('content', description ?? '');

    const image = await meta(page, 'og:image').getAttribute('content');
    // The last segment fingerprints what the image shows (lib/domain/share-image-url.ts).
    expect(image).toMatch(new RegExp(`^${ISIS_URL}/share-image/[0-9a-f]{12}$`));
    await expect(meta(page, 'og:image:width')).toHaveAttribute('content', '1200');
    await expect(meta(page, 'og:image:height')).toHaveAttribute('content', '630');
    await expect(meta(page, 'og:image:type')).toHaveAttribute('content', 'image/png');
    await expect(meta(page, 'og:image:alt')).toHaveAttribute(
      'content',
      /^Countercheck fact check\. Donald Trump claimed: “We have defeated ISIS in Syria.*Verdict: False\. 8 counter-statements: United Kingdom 3, France 2, /,
    );

    await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
    await expect(meta(page, 'twitter:title')).toHaveAttribute('content', SUMMARY);
    await expect(meta(page, 'twitter:description')).toHaveAttribute('content', description ?? '');
    await expect(meta(page, 'twitter:image')).toHaveAttribute('content', image ?? '');
    await expect(meta(page, 'twitter:image:alt')).toHaveAttribute('content', /^Countercheck fact check\./);
  });

  test('every public page has a title, a description and its own canonical URL', async ({ page }) => {
    await page.goto(ISIS_PATH);
    const sourcePath = new URL(
      (await page.getByRole('link', { name: 'archived text' }).first().getAttribute('href')) ?? '',
      env.SITE_URL,
    ).pathname;
    for (const path of ['/', '/claims', ISIS_PATH, '/methodology', sourcePath]) {
      await page.goto(path);
      expect(await page.title(), path).toMatch(/\S.*Countercheck|^Countercheck/);
      await expect(meta(page, 'description'), path).toHaveAttribute('content', /\S{10}/);
      await expect(page.locator('head link[rel="canonical"]'), path).toHaveAttribute(
        'href',
        path === '/' ? env.SITE_URL : `${env.SITE_URL}${path}`,
      );
    }
  });
});

test('the share image is a 1200x630 PNG, and an unknown claim has none', async ({ page, request }) => {
  await page.goto(ISIS_PATH);
  const image = new URL((await meta(page, 'og:image').getAttribute('content')) ?? '');
  // og:image names the public origin; fetch the same path from the server under test.
  const response = await request.get(image.pathname + image.search);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['cache-control']).toContain('immutable');
  const png = await response.body();
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR: width at byte 16, height at byte 20, both big-endian.
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });

  const unknownClaimImage = image.pathname.replace(ISIS_PATH, '/claims/no-such-claim');
  expect((await request.get(unknownClaimImage)).status()).toBe(404);

  // A preview cached before the claim changed names an older version: it leads to the current image.
  const stale = await request.get(`${ISIS_PATH}/share-image/000000000000`, { maxRedirects: 0 });
  expect(stale.status()).toBe(308);
  expect(stale.headers()['location']).toBe(image.toString());
});

test('the page carries one ClaimReview that matches what the page shows', async ({ page }) => {
  await page.goto(ISIS_PATH);
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const review = JSON.parse((await scripts.textContent()) ?? '');

  expect(review['@context']).toBe('https://schema.org');
  expect(review['@type']).toBe('ClaimReview');
  expect(review.url).toBe(ISIS_URL);
  expect(review.claimReviewed).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  expect(review.claimReviewed.length).toBeLessThanOrEqual(75);
  expect(review.reviewRating).toEqual({
    '@type': 'Rating',
    ratingValue: 1,
    bestRating: 5,
    worstRating: 1,
    alternateName: 'False',
  });
  await expect(
    page.getByRole('heading', { level: 2, name: `Our verdict ${review.reviewRating.alternateName}` }),
  ).toBeVisible();

  expect(review.itemReviewed).toMatchObject({
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Donald Trump', jobTitle: 'President of the United States' },
    datePublished: '2018-12-19',
    appearance: {
      '@type': 'NewsArticle',
      headline: "Mission unaccomplished: UK, France dispute Trump's claim of victory in Syria",
    },
  });
  expect(review.itemReviewed.appearance.url).toMatch(new RegExp(`^${env.SITE_URL}/sources/`));
  for (const organization of [review.author, review.publisher]) {
    expect(organization).toEqual({
      '@type': 'Organization',
      name: 'Countercheck',
      url: `${env.SITE_URL}/`,
      publishingPrinciples: `${env.SITE_URL}/methodology`,
      correctionsPolicy: `${env.SITE_URL}/methodology#corrections`,
    });
  }
  expect(Date.parse(review.datePublished)).not.toBeNaN();
  expect(Date.parse(review.dateModified)).not.toBeNaN();

  expect(review.citation).toHaveLength(8);
  for (const citation of review.citation) {
    expect(citation['@type']).toBe('Quotation');
    expect(citation.author.name).toBeTruthy();
    expect(citation.isBasedOn.url).toMatch(/^https?:\/\//);
    // Each cited quote is on the page, at the anchor the citation names.
    const anchor = new URL(citation.url).hash.slice(1);
    await expect(page.locator(`[id="${anchor}"]`).getByText(citation.text, { exact: true })).toBeVisible();
  }
});

test('the corrections policy the markup names is on the methodology page', async ({ page }) => {
  await page.goto('/methodology#corrections');
  await expect(page.getByRole('region', { name: 'Corrections' })).toBeVisible();
});

test('share links go to each network with the claim URL encoded, and load no third-party script', async ({ page }) => {
  await page.goto(ISIS_PATH);
  const share = page.getByRole('region', { name: 'Share this claim' });
  for (const name of [
    'Share on X',
    'Share on Facebook',
    'Share on LinkedIn',
    'Share on WhatsApp',
    'Share on Telegram',
    'Share by Email',
  ]) {
    const href = (await share.getByRole('link', { name }).getAttribute('href')) ?? '';
    expect(href, name).toContain(encodeURIComponent(ISIS_URL));
  }
  const x = new URL((await share.getByRole('link', { name: 'Share on X' }).getAttribute('href')) ?? '');
  expect(x.searchParams.get('url')).toBe(ISIS_URL);
  expect(x.searchParams.get('text')).toBe(`Fact check: “${SUMMARY}” (Donald Trump). Our verdict: False.`);

  const scriptOrigins = await page
    .locator('script[src]')
    .evaluateAll((scripts) => scripts.map((script) => new URL((script as HTMLScriptElement).src).origin));
  expect(scriptOrigins.every((origin) => origin === new URL(page.url()).origin)).toBe(true);
});

test.describe('copying links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link puts the claim URL on the clipboard and says so', async ({ page }) => {
    await page.goto(ISIS_PATH);
    const share = page.getByRole('region', { name: 'Share this claim' });
    await share.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ISIS_URL);
  });

  test("a counter-statement's copy link gives the URL of its anchor", async ({ page }) => {
    await page.goto(ISIS_PATH);
    const parly = page.getByRole('article', { name: /Florence Parly: contradicts/ });
    await parly.getByRole('button', { name: 'Copy link to this counter-statement by Florence Parly' }).click();
    await expect(parly.getByRole('status')).toHaveText('Link copied');
    const anchor = await parly.getAttribute('id');
    expect(anchor).toMatch(/^rebuttal-/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ISIS_URL}#${anchor}`);
  });
});

test('the device share button appears only where the browser has the Web Share API', async ({ page }) => {
  await page.goto(ISIS_PATH);
  const share = page.getByRole('region', { name: 'Share this claim' });
  await expect(share.getByRole('button', { name: 'Copy link', exact: true })).toBeVisible();
  await expect(share.getByRole('button', { name: 'Share…' })).toHaveCount(0);

  // A browser with the API: record what the page asks it to share.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        (window as unknown as { sharedData: ShareData }).sharedData = data;
      },
    });
  });
  await page.reload();
  await share.getByRole('button', { name: 'Share…' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { sharedData?: ShareData }).sharedData))
    .toEqual({
      title: SUMMARY,
      text: `Fact check: “${SUMMARY}” (Donald Trump). Our verdict: False.`,
      url: ISIS_URL,
    });
});
