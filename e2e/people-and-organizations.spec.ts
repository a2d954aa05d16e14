import { expect, test, type Locator } from '@playwright/test';

const ISIS_CLAIM = '/claims/trump-we-have-defeated-isis-in-syria';
const ISIS_SUMMARY = 'ISIS has been defeated in Syria';
const PARLY_QUOTE =
  'But Islamic State has not been wiped from the map nor has its roots. It is necessary that the last pockets of this terrorist organisation be definitively defeated militarily.';
const UK_QUOTES = [
  'much remains to be done and we must not lose sight of the threat they pose',
  'These developments in Syria do not signal the end of the Global Coalition or its campaign...we remain committed to the Global Coalition and the campaign to deny Daesh territory and ensure its enduring defeat',
  'huge progress (made) since military operations began',
];

test('a reader finds Florence Parly, her role, and her answer to the ISIS claim', async ({ page }) => {
  await page.goto('/people');
  await page.getByRole('link', { name: 'Florence Parly' }).click();

  await expect(page).toHaveURL(/\/people\/florence-parly$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Florence Parly' })).toBeVisible();
  const roles = page.getByRole('region', { name: 'Roles' });
  await expect(roles.getByText('Minister of the Armed Forces')).toBeVisible();
  await expect(roles.getByText('21 June 2017')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Their counter-statements by stance' }).getByRole('row', { name: /Contradicts/ }),
  ).toContainText('1');

  const answer = page
    .getByRole('region', { name: 'Their counter-statements' })
    .getByRole('article')
    .filter({ hasText: PARLY_QUOTE });
  await expect(answer.getByText(PARLY_QUOTE, { exact: true })).toBeVisible();
  await answer.getByRole('link', { name: ISIS_SUMMARY }).click();

  await expect(page).toHaveURL(new RegExp(`${ISIS_CLAIM}#rebuttal-`));
  await expect(page.getByRole('article', { name: /Florence Parly: contradicts/ })).toBeInViewport();
});

test('speaker and topic names on a claim page lead to their pages', async ({ page }) => {
  await page.goto(ISIS_CLAIM);
  await page
    .getByRole('article', { name: /Florence Parly: contradicts/ })
    .getByRole('link', { name: 'Florence Parly' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Florence Parly' })).toBeVisible();

  await page.goto(ISIS_CLAIM);
  await page.getByRole('link', { name: 'UK Government' }).first().click();
  await expect(page).toHaveURL(/\/organizations\/uk-government$/);

  await page.goto(ISIS_CLAIM);
  await page.getByRole('link', { name: 'Syria', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Syria' })).toBeVisible();
});

test("an organization's page groups what its spokespeople said under the claim they answer", async ({ page }) => {
  await page.goto('/organizations');
  await page.getByRole('link', { name: 'UK Government' }).click();

  await expect(page).toHaveURL(/\/organizations\/uk-government$/);
  await expect(page.getByRole('heading', { level: 1, name: 'UK Government' })).toBeVisible();
  const group = page.getByRole('region', { name: ISIS_SUMMARY });
  await expect(group.getByRole('article')).toHaveCount(UK_QUOTES.length);
  for (const quote of UK_QUOTES) await expect(group.getByText(quote, { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'All claims answered by UK Government' }).click();
  await expect(page).toHaveURL(/\/claims\?org=uk-government$/);
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('link', { name: ISIS_SUMMARY })).toBeVisible();
});

test("a country's page gathers its organizations and what they said", async ({ page }) => {
  await page.goto('/countries/fr');
  await expect(page.getByRole('heading', { level: 1, name: 'France' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Its organizations' }).getByRole('link', { name: 'Government of France' }),
  ).toBeVisible();
  const group = page.getByRole('region', { name: ISIS_SUMMARY });
  await expect(group.getByText(PARLY_QUOTE, { exact: true })).toBeVisible();
  await expect(group.getByText('Islamic State has been weakened more than ever', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'All claims answered from France' }).click();
  await expect(page).toHaveURL(/\/claims\?country=FR$/);
});

/** The date each entry of the timeline is filed under, in the order shown. */
async function datesOf(timeline: Locator): Promise<(string | null)[]> {
  const entries = timeline.getByRole('listitem').filter({ has: timeline.page().getByRole('article') });
  return Promise.all((await entries.all()).map((entry) => entry.getByRole('time').first().getAttribute('datetime')));
}

test("a topic's page lists its claims, and its timeline shows what was said in date order", async ({ page }) => {
  await page.goto('/topics');
  await page.getByRole('link', { name: 'Syria', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Syria' })).toBeVisible();
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('heading', { level: 3 })).toHaveCount(6);
  await expect(claims.getByRole('link', { name: ISIS_SUMMARY })).toBeVisible();

  await page.getByRole('link', { name: /^Timeline/ }).click();
  await expect(page).toHaveURL(/\/topics\/syria\/timeline$/);
  const dated = page.getByRole('region', { name: 'In the order they were said' });
  expect(await datesOf(dated)).toEqual([
    '2018-12',
    '2018-12-19',
    '2018-12-20',
    '2018-12-20',
    '2019-01-23',
    '2019-01-23',
    '2019-02-06',
    '2019-02-10',
  ]);
  const isisEntry = dated
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: ISIS_SUMMARY }) })
    .first();
  await expect(
    isisEntry.getByText('We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.'),
  ).toBeVisible();

  const undated = page.getByRole('region', { name: 'Date not known' });
  await expect(
    undated.getByText('much remains to be done and we must not lose sight of the threat they pose', { exact: true }),
  ).toBeVisible();
});

test('who answered whom counts Donald Trump × France as 2, and the number leads to those claims', async ({ page }) => {
  await page.goto('/who-answered-whom');
  const table = page.getByRole('table', { name: /Counter-statements by claimant/ });
  await expect(table.getByRole('columnheader', { name: 'France' })).toBeVisible();
  const trump = table.getByRole('row', { name: /Donald Trump/ });
  await trump.getByRole('link', { name: '2 from France to Donald Trump' }).click();

  await expect(page).toHaveURL(/\/claims\?person=donald-trump&country=FR$/);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('heading', { level: 3 })).toHaveCount(1);
  await expect(results.getByRole('link', { name: ISIS_SUMMARY })).toBeVisible();
});

test('unknown people, organizations, countries and topics answer 404', async ({ page }) => {
  for (const path of [
    '/people/no-such-person',
    '/organizations/no-such-organization',
    '/countries/zz',
    '/countries/france',
    '/topics/no-such-topic',
    '/topics/no-such-topic/timeline',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
});

test.describe('on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the header keeps every link in reach and no page scrolls sideways', async ({ page }) => {
    for (const path of [
      '/',
      '/people/florence-parly',
      '/organizations/uk-government',
      '/topics/syria/timeline',
      '/who-answered-whom',
    ]) {
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Claims', 'People', 'Organizations', 'Topics'])
        await expect(nav.getByRole('link', { name })).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
  });
});
