import { expect, test } from '@playwright/test';

const ISIS_CLAIM = '/claims/trump-we-have-defeated-isis-in-syria';

test('a reader browses the claims and opens the ISIS claim', async ({ page }) => {
  await page.goto('/claims');
  await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
  const card = page
    .getByRole('article')
    .filter({ has: page.getByRole('link', { name: 'ISIS has been defeated in Syria' }) });
  await expect(card.getByText('8 counter-statements')).toBeVisible();
  await expect(card.getByText('Verdict: False')).toBeVisible();
  await card.getByRole('link', { name: 'ISIS has been defeated in Syria' }).click();

  await expect(page).toHaveURL(new RegExp(`${ISIS_CLAIM}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'ISIS has been defeated in Syria' })).toBeVisible();
  await expect(
    page
      .getByText('We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.', {
        exact: true,
      })
      // The list it came from stays in the document, hidden (Next.js keeps visited pages in React's Activity).
      .filter({ visible: true }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Our verdict False' })).toBeVisible();
});

test('the ISIS claim shows the French, UK and Kurdish counter-statements verbatim with their sources', async ({
  page,
}) => {
  await page.goto(ISIS_CLAIM);

  const france = page.getByRole('region', { name: 'France' });
  const parly = france.getByRole('article', { name: /Florence Parly: contradicts/ });
  await expect(
    parly.getByText(
      'But Islamic State has not been wiped from the map nor has its roots. It is necessary that the last pockets of this terrorist organisation be definitively defeated militarily.',
      { exact: true },
    ),
  ).toBeVisible();
  await expect(parly.getByText('Minister of the Armed Forces, Government of France')).toBeVisible();
  await expect(
    parly.getByText("Mission unaccomplished: UK, France dispute Trump's claim of victory in Syria"),
  ).toBeVisible();

  const uk = page.getByRole('region', { name: 'United Kingdom' });
  await expect(
    uk.getByText('much remains to be done and we must not lose sight of the threat they pose', { exact: true }),
  ).toBeVisible();

  const kurdish = page.getByRole('region', { name: 'Kurdish-led administration in north-east Syria' });
  await expect(
    kurdish.getByText(
      'But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.',
      { exact: true },
    ),
  ).toBeVisible();
  await expect(kurdish.getByText('Dawn')).toHaveCount(2);

  const sdf = page.getByRole('region', { name: 'Syrian Democratic Forces' });
  await expect(sdf.getByText(/^The battle is very fierce\./)).toBeVisible();
});

test('a reader follows a quote to its archived source and finds it highlighted there', async ({ page }) => {
  await page.goto(ISIS_CLAIM);
  const parly = page.getByRole('article', { name: /Florence Parly: contradicts/ });
  await parly.getByRole('link', { name: 'archived text' }).click();

  await expect(
    page.getByRole('heading', {
      level: 1,
      name: "Mission unaccomplished: UK, France dispute Trump's claim of victory in Syria",
    }),
  ).toBeVisible();
  await expect(page.getByText('Not named in the capture')).toBeVisible();
  await expect(page.getByText('No URL known')).toBeVisible();
  const quoteLink = page.getByRole('link', { name: /^But Islamic State has not been wiped from the map/ });
  await expect(quoteLink).toBeVisible();
  // Highlighted: the quote sits in a <mark> (ARIA has no role for it to query by).
  await expect(quoteLink.locator('..')).toHaveJSProperty('tagName', 'MARK');
  await quoteLink.click();
  await expect(page).toHaveURL(new RegExp(`${ISIS_CLAIM}#rebuttal-`));
});

test('a claim nobody has answered says so', async ({ page }) => {
  await page.goto('/claims/us-official-pentagon-ordered-to-leave-syria');
  await expect(
    page.getByText('No counter-statements yet: none of our sources has answered this claim so far.'),
  ).toBeVisible();
});

test('an unknown claim or source answers 404 with a way back', async ({ page }) => {
  for (const path of [
    '/claims/no-such-claim',
    '/sources/not-a-source-id',
    '/sources/00000000-0000-4000-8000-000000000000',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Browse all claims' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
});
