import { expect, test, type Page } from '@playwright/test';
import { makeAccounts, signedInPage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { routes } from '../lib/routes';

// An editor links two claims from a claim's edit page and a reader sees the link on both claims'
// pages; then unlinks them, which leaves the seed as it was for other specs. The two seed claims
// are ones no other spec asserts related claims on.

const PENTAGON = { slug: 'us-official-pentagon-ordered-to-leave-syria', summary: /Pentagon is ordered/ };
const EARNEST = { slug: 'earnest-us-pulling-more-than-its-weight', summary: /pulling more than its weight/ };

const relatedSection = (page: Page) => page.getByRole('region', { name: 'Related claims' });

test('an editor links two claims, a reader sees the link on both pages, and an unlink removes it from both', async ({
  browser,
  page,
}) => {
  test.slow(); // a sign-in (argon2id), four axe scans and a server action per change, on a shared machine
  const [editorAccount] = await makeAccounts(browser, ['Editor']);
  const editor = await signedInPage(browser, editorAccount!, routes.claimEdit(PENTAGON.slug));
  const section = relatedSection(editor.page);
  await expect(section.getByText('No related claims yet.')).toBeVisible();
  const picker = section.getByRole('combobox', { name: 'Related claim' });

  // The claim itself is refused next to the picker, which keeps the choice.
  await picker.fill('Pentagon ordered');
  await section.getByRole('option', { name: PENTAGON.summary }).click();
  await section.getByRole('button', { name: 'Link claim' }).click();
  await expect(section.getByText('A claim cannot be related to itself: choose another claim.')).toBeVisible();
  await expect(picker).toHaveAttribute('aria-invalid', 'true');
  await expect(picker).toHaveValue(PENTAGON.summary);
  await expectNoAxeViolations(editor.page);

  await picker.fill('more than its weight');
  await section.getByRole('option', { name: EARNEST.summary }).click();
  await section.getByRole('button', { name: 'Link claim' }).click();
  await expect(section.getByText('Linked: both claims’ pages now list each other.')).toBeVisible();
  await expect(section.getByRole('link', { name: EARNEST.summary })).toBeVisible();
  await expectNoAxeViolations(editor.page);

  // Both claim pages, as a signed-out reader gets them, list the other claim.
  for (const [claim, other] of [
    [PENTAGON, EARNEST],
    [EARNEST, PENTAGON],
  ] as const) {
    await page.goto(routes.claim(claim.slug));
    await expect(relatedSection(page).getByRole('link', { name: other.summary })).toHaveAttribute(
      'href',
      routes.claim(other.slug),
    );
  }
  await expectNoAxeViolations(page);

  await section.getByRole('button', { name: /Unlink/ }).click();
  await expect(section.getByText('No related claims yet.')).toBeVisible();
  for (const claim of [PENTAGON, EARNEST]) {
    await page.goto(routes.claim(claim.slug));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(relatedSection(page)).toHaveCount(0);
  }
  await editor.close();
});

test('a signed-out reader of the ISIS claim finds its related claims from the seed, on a page that passes axe', async ({
  page,
}) => {
  await page.goto(routes.claim('trump-we-have-defeated-isis-in-syria'));
  const section = relatedSection(page);
  await expect(section.getByRole('link', { name: 'IS militants in Syria are "mostly gone"' })).toBeVisible();
  await expect(section.getByRole('link', { name: /100% of the caliphate/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
