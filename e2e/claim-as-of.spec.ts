import { devices, expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// A reader on a phone replays the ISIS claim's record. The seed dates Trump's tweet 19 December
// 2018, Florence Parly's two answers for France the next day and Mustafa Bali's for the SDF 10
// February 2019; the UK's and the Kurdish administration's answers carry no date. The seed's claims
// were published here on 21 November 2026, so in 2019 the claim had not been rated yet.
const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices['Pixel 7'];
test.use({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent });

const ISIS = '/claims/trump-we-have-defeated-isis-in-syria';

test('a reader on a phone picks an earlier day, sees the record as it stood then, steps through it and returns to today', async ({
  page,
}) => {
  await page.goto(ISIS);
  const todaysAnswers = await page.getByRole('region', { name: 'Counter-statements' }).getByRole('article').count();

  const picker = page.getByRole('navigation', { name: 'The record on an earlier day' });
  await picker.getByLabel('Show the record as of').fill('2019-01-01');
  await picker.getByRole('button', { name: 'Show' }).click();

  await expect(page).toHaveURL(`${ISIS}?asOf=2019-01-01`);
  await expect(page.getByText('The record as of 1 January 2019', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Our verdict on 1 January 2019' })).toBeVisible();
  await expect(page.getByText('Not yet rated: on that day this claim had not been rated here.')).toBeVisible();
  // Today's verdict is not shown as if it held then.
  await expect(page.getByRole('heading', { name: /^Our verdict\b.*False/ })).toHaveCount(0);

  const answers = page.getByRole('region', { name: 'Counter-statements said by 1 January 2019' }).getByRole('article');
  await expect(answers).toHaveCount(2);
  expect(todaysAnswers).toBeGreaterThan(2);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('list').first().getByRole('listitem')).toHaveText([
    'France: 1 day (20 December 2018)',
  ]);
  // Search engines are pointed at today's page.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/claims\/trump-we-have-defeated-isis-in-syria$/,
  );
  await expectNoAxeViolations(page);

  // A step forward through the timeline's own days: the SDF's answer of 10 February 2019.
  await picker.getByRole('link', { name: '10 February 2019' }).click();
  await expect(page).toHaveURL(`${ISIS}?asOf=2019-02-10`);
  await expect(page.getByText('The record as of 10 February 2019', { exact: true })).toBeVisible();
  await expect(timeline.getByRole('list').first().getByRole('listitem')).toHaveText([
    'France: 1 day (20 December 2018)',
    'Syrian Democratic Forces: 53 days (10 February 2019)',
  ]);
  // The day shown is marked, not linked.
  await expect(picker.getByRole('link', { name: '10 February 2019' })).toHaveCount(0);
  await expect(picker.getByRole('link', { name: '20 December 2018' })).toBeVisible();

  await page.getByRole('link', { name: 'See the record as of today' }).click();
  await expect(page).toHaveURL(ISIS);
  // The app's router keeps the page it left in the document, hidden.
  await expect(page.getByText('The record as of 10 February 2019', { exact: true })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Counter-statements' }).getByRole('article')).toHaveCount(
    todaysAnswers,
  );
});

test('a day before the claim says there is nothing to show yet; a day that names none leaves the current page', async ({
  page,
}) => {
  await page.goto(`${ISIS}?asOf=2018-12-18`);
  await expect(page.getByText('The record as of 18 December 2018', { exact: true })).toBeVisible();
  await expect(page.getByRole('note')).toContainText(
    'Nothing to show as of 18 December 2018: this claim is not on record as made by then (it was made on 19 December 2018).',
  );
  await expect(page.getByRole('region', { name: /Counter-statements/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  for (const asOf of ['tomorrow', '0000-01-01', '2999-01-01', '2019-02-30']) {
    const response = await page.goto(`${ISIS}?asOf=${asOf}`);
    expect(response?.status(), asOf).toBe(200);
    await expect(page.getByRole('heading', { name: /^Our verdict/ })).toBeVisible();
    await expect(page.getByText(/The record as of/)).toHaveCount(0);
  }
});

test("a day's page is cached whole at its public URL, and read again from the cache; its internal path is no page of its own", async ({
  request,
}) => {
  const path = `${ISIS}?asOf=2019-02-10`;
  await request.get(path);
  const cached = await request.get(path);
  expect(cached.status()).toBe(200);
  // Cached whole, a page answers with the shared-cache lifetime; rendered per request, `private, no-store`.
  expect(cached.headers()['cache-control']).toMatch(/^s-maxage=\d+, stale-while-revalidate=\d+$/);
  expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
  // React separates the two texts with a comment.
  expect((await cached.text()).includes('The record as of <!-- -->10 February 2019')).toBe(true);
  // A signed-out reader's request sets no cookie.
  expect(cached.headers()['set-cookie']).toBeUndefined();
  // A day that is no day, written into the internal path by hand, is not found.
  expect((await request.get(`${ISIS}/-as-of/2019-02-30`)).status()).toBe(404);
});

/** The dates of a topic timeline's entries, in order. */
async function datesOf(timeline: Locator): Promise<(string | null)[]> {
  const entries = timeline.getByRole('listitem').filter({ has: timeline.page().getByRole('article') });
  return Promise.all((await entries.all()).map((entry) => entry.getByRole('time').first().getAttribute('datetime')));
}

test("a topic's timeline as of a day: only what had been said by then, a month-dated claim once its month is over, no verdict yet", async ({
  page,
}) => {
  await page.goto('/topics/syria/timeline');
  await page.getByLabel('Show the record as of').fill('2018-12-30');
  await page.getByRole('button', { name: 'Show' }).click();

  await expect(page).toHaveURL('/topics/syria/timeline?asOf=2018-12-30');
  await expect(page.getByText('The record as of 30 December 2018', { exact: true })).toBeVisible();
  const dated = page.getByRole('region', { name: 'In the order they were said' });
  // "Mostly gone", said some day in December 2018, is not yet certainly said on the 30th.
  expect(await datesOf(dated)).toEqual(['2018-12-19', '2018-12-20', '2018-12-20']);
  await expect(dated.getByText('Not yet rated here then')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Date not known' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto('/topics/syria/timeline?asOf=2018-12-31');
  expect(await datesOf(dated)).toEqual(['2018-12', '2018-12-19', '2018-12-20', '2018-12-20']);

  await page.getByRole('link', { name: 'See the record as of today' }).click();
  await expect(page).toHaveURL('/topics/syria/timeline');
  await expect(page.getByRole('region', { name: 'Date not known' })).toBeVisible();
});
