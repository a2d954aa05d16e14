import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const PAGES = [
  '/',
  '/claims',
  '/claims?q=caliphat',
  '/claims?q=nothing-matches-this',
  '/claims/trump-we-have-defeated-isis-in-syria',
  '/claims/us-official-pentagon-ordered-to-leave-syria',
  '/methodology',
  '/claims/no-such-claim',
  '/embed/claims/trump-we-have-defeated-isis-in-syria',
  '/people',
  '/people/florence-parly',
  '/people/donald-trump',
  '/organizations',
  '/organizations/uk-government',
  '/countries/fr',
  '/topics',
  '/topics/syria',
  '/topics/syria/timeline',
  '/who-answered-whom',
  '/people/no-such-person',
  '/data',
];

for (const path of PAGES) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test('a source page has no accessibility violations', async ({ page }) => {
  await page.goto('/claims/trump-we-have-defeated-isis-in-syria');
  await page.getByRole('link', { name: 'archived text' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Archived text' })).toBeVisible();
  await expectNoAxeViolations(page);
});
