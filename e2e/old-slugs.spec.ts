import { expect, test } from '@playwright/test';
import pg from 'pg';
import { env } from '../lib/env';
import { routes } from '../lib/routes';

// The database triggers that record old slugs are proven by lib/dal/claim-slug-redirects.test.ts;
// this proves what a browser sees. It needs to write to the server's database, which only
// PostgreSQL allows while the server runs (PGlite admits one process), so on PGlite it is skipped:
// CI runs the suite on both.
const OLD_SLUG = 'an-old-slug-of-the-isis-claim';
const CURRENT = '/claims/trump-we-have-defeated-isis-in-syria';

test.describe('an old slug', () => {
  test.skip(!env.DATABASE_URL, 'needs PostgreSQL: the embedded database admits one process, the server');

  const query = async (sql: string, values: string[]) => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(sql, values);
    } finally {
      await client.end();
    }
  };

  // A redirect row as the slug-change trigger writes it, for a slug no other test uses.
  test.beforeAll(() =>
    query('INSERT INTO claim_slug_redirects (slug, claim_id) SELECT $1, id FROM claims WHERE slug = $2', [
      OLD_SLUG,
      CURRENT.split('/')[2]!,
    ]),
  );
  test.afterAll(() => query('DELETE FROM claim_slug_redirects WHERE slug = $1', [OLD_SLUG]));

  test('answers 308 with the claim page at its current slug, and the reader lands there', async ({ page, request }) => {
    const response = await request.get(routes.claim(OLD_SLUG), { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    // One address. Next.js 16.4 repeats the Location header on the response that first renders a
    // cached page's redirect (the same value twice, which browsers accept); the cached copy has one.
    const locations = response.headersArray().filter((header) => header.name.toLowerCase() === 'location');
    expect([...new Set(locations.map((header) => header.value))]).toEqual([CURRENT]);

    await page.goto(routes.claim(OLD_SLUG));
    await expect(page).toHaveURL(new RegExp(`${CURRENT}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'ISIS has been defeated in Syria' })).toBeVisible();
  });

  test('as of a day, answers 308 with the same day at the current slug', async ({ page }) => {
    await page.goto(routes.claimAsOf(OLD_SLUG, '2019-01-01'));
    await expect(page).toHaveURL(new RegExp(`${CURRENT}\\?asOf=2019-01-01$`));
    await expect(page.getByText('The record as of 1 January 2019', { exact: true })).toBeVisible();
  });

  test('in an embed, answers 308 with the embed of the current slug', async ({ request }) => {
    const response = await request.get(routes.claimEmbed(OLD_SLUG), { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()['location']).toBe(`${env.SITE_URL}/embed${CURRENT}`);
  });
});
