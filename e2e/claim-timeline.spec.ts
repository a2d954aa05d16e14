import { devices, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// A reader on a phone reads how fast the ISIS claim was answered. The seed dates Trump's tweet 19
// December 2018, Florence Parly's answers for France the next day and Mustafa Bali's for the SDF
// 10 February 2019; the UK's and the Kurdish administration's answers carry no date.
const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices['Pixel 7'];
test.use({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent });

test("a reader on a phone sees the ISIS claim's timeline, its table and who answered how fast", async ({ page }) => {
  await page.goto('/claims/trump-we-have-defeated-isis-in-syria');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();

  const firstAnswers = timeline.getByRole('list');
  await expect(firstAnswers.getByRole('listitem')).toHaveText([
    'France: 1 day (20 December 2018)',
    'Syrian Democratic Forces: 53 days (10 February 2019)',
    'Kurdish-led administration in north-east Syria: date not known',
    'United Kingdom: date not known',
  ]);

  const figure = timeline.getByRole('figure');
  await expect(figure).toBeVisible();
  // The drawing is for the eye; the table is its text equivalent.
  await expect(figure.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  const table = figure.getByRole('table', { name: 'The claim and its answers, by date' });
  await expect(table.getByRole('row').nth(1)).toContainText('19 December 2018Donald Trump');
  const parly = table.getByRole('row').filter({ hasText: 'Florence Parly' });
  await expect(parly).toHaveCount(2);
  await expect(parly.first().getByRole('cell')).toHaveText(['20 December 2018', 'France', '1 day']);

  // Nothing sticks out sideways: the drawing fits the phone's width.
  const box = await figure.locator('svg').boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width);

  await expectNoAxeViolations(page);
});

test('who answered whom gives each country or organization its median time to answer, a range where dates are months', async ({
  page,
}) => {
  await page.goto('/who-answered-whom');
  const medians = page
    .getByRole('table', { name: /Counter-statements by claimant/ })
    .getByRole('row', { name: /Median time to first answer/ });
  // France answered one claim, the next day. The SDF answered three: after 53 days, after 41–71
  // days (to "mostly gone", said some day in December 2018) and after 4 days.
  await expect(medians).toContainText('1 dayover 1 claim');
  await expect(medians).toContainText('41–53 daysover 3 claims');
  await expectNoAxeViolations(page);
});

test('who answered whom under a date filter: only the claims made since, counts and medians alike; a bad filter is dropped', async ({
  page,
}) => {
  await page.goto('/who-answered-whom');
  const filters = page.getByRole('form', { name: 'Filter the claims counted' });
  await filters.getByLabel('Claimed from').fill('2019-01-01');
  await filters.getByRole('button', { name: 'Show answers' }).click();
  // A plain GET form: the empty fields travel too, and are dropped by the page's parser.
  await expect(page).toHaveURL(/\/who-answered-whom\?topic=&from=2019-01-01&to=$/);
  const table = page.getByRole('table', { name: /Counter-statements by claimant/ });
  // Since 2019 only "100% of the caliphate" (6 February) was answered: by the SDF after 4 days and
  // by the Kurdish administration (undated); France answered only the December claim.
  await expect(table.getByRole('row', { name: /Median time to first answer/ })).toContainText('4 daysover 1 claim');
  await expect(table.getByRole('columnheader', { name: 'France' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const response = await page.goto('/who-answered-whom?from=2019-01-01&topic=Not%20a%20slug&to=2019-13-01');
  expect(response?.status()).toBe(200);
  await expect(filters.getByLabel('Claimed from')).toHaveValue('2019-01-01');
  await expect(filters.getByLabel('Topic')).toHaveValue('');
  await expect(filters.getByLabel('Claimed until')).toHaveValue('');
  await expect(table.getByRole('row', { name: /Median time to first answer/ })).toContainText('4 daysover 1 claim');
});
