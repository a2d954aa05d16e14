import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { env } from '../lib/env';

// Link elements have no ARIA role: they are found by CSS selector.
const feedLink = (type: string) => `head link[rel="alternate"][type="${type}"]`;

const PAGES = [
  { path: '/', feeds: '' },
  { path: '/claims', feeds: '' },
  { path: '/people/donald-trump', feeds: '/people/donald-trump' },
  { path: '/organizations/uk-government', feeds: '/organizations/uk-government' },
  { path: '/topics/syria', feeds: '/topics/syria' },
];

for (const { path, feeds } of PAGES) {
  test(`${path} announces its RSS, Atom and JSON feeds, each of which answers`, async ({ page, request }) => {
    await page.goto(path);
    for (const [type, extension] of [
      ['application/rss+xml', 'xml'],
      ['application/atom+xml', 'atom'],
      ['application/feed+json', 'json'],
    ]) {
      const href = await page.locator(feedLink(type!)).getAttribute('href');
      expect(href, type).toBe(`${env.SITE_URL}${feeds}/feed.${extension}`);
      // The link names the public origin; ask the server under test the same path.
      const response = await request.get(new URL(href!).pathname);
      expect(response.status(), href!).toBe(200);
      expect(response.headers()['content-type']).toBe(`${type}; charset=utf-8`);
    }
  });
}

test('the site-wide RSS feed lists the seeded claims with the speaker and links on the public site', async ({
  request,
}) => {
  const { channel } = new XMLParser({ ignoreAttributes: false }).parse(
    await (await request.get('/feed.xml')).text(),
  ).rss;
  const titles: string[] = channel.item.map((item: { title: string }) => item.title);
  expect(titles).toContain('Donald Trump: ISIS has been defeated in Syria');
  for (const item of channel.item) expect(item.link).toMatch(new RegExp(`^${env.SITE_URL}/claims/`));
});

test('a feed of an unknown person is 404', async ({ request }) => {
  expect((await request.get('/people/no-such-person/feed.atom')).status()).toBe(404);
});
