import { expect, test, type Page } from '@playwright/test';
import { makeAccounts, signedInPage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { routes } from '../lib/routes';

// An editor lists the parties expected to answer a seeded claim, and a signed-out reader sees who
// has not answered; the editor then removes them, which leaves the seed as it was for other specs.
// The claim ("100% of the caliphate", 6 February 2019) was answered by the SDF four days later and
// never by France; no other spec asserts its expected parties.

const CALIPHATE = 'trump-100-percent-of-the-caliphate';

const editorSection = (page: Page) => page.getByRole('region', { name: 'Expected to answer' });
const readerSection = (page: Page) => page.getByRole('region', { name: 'Who was expected to answer' });

test('an editor lists expected parties on a claim, a reader sees who has not answered, and removing them clears it', async ({
  browser,
  page,
}) => {
  test.slow(); // a sign-in (argon2id), axe scans and a server action per change, on a shared machine
  const [editorAccount] = await makeAccounts(browser, ['Editor']);
  const editor = await signedInPage(browser, editorAccount!, routes.claimEdit(CALIPHATE));
  const section = editorSection(editor.page);
  await expect(section.getByText('No expected parties listed.')).toBeVisible();
  const picker = section.getByRole('combobox', { name: 'Expected party' });
  const add = async (typed: string, name: string) => {
    await picker.clear(); // the text of the last choice stays in the field; typing anew opens the list
    await picker.fill(typed);
    await section.getByRole('option', { name: new RegExp(name) }).click();
    await section.getByRole('button', { name: 'Add party' }).click();
  };

  await add('Syrian Democratic', 'Syrian Democratic Forces');
  await expect(section.getByText('Listed: the claim’s page says whether it has answered.')).toBeVisible();
  await add('Government of France', 'Government of France');
  await expect(section.getByRole('listitem').filter({ hasText: 'Government of France' })).toBeVisible();
  // Listed twice: refused next to the picker, which keeps the choice.
  await add('Government of France', 'Government of France');
  await expect(section.getByText('Government of France is listed already.')).toBeVisible();
  await expect(picker).toHaveAttribute('aria-invalid', 'true');
  await expect(picker).toHaveValue('Government of France');
  await expectNoAxeViolations(editor.page);

  // A signed-out reader's page says who has not answered, and how long after the claim the SDF did.
  await page.goto(routes.claim(CALIPHATE));
  const reader = readerSection(page);
  await expect(reader).toContainText(/Not answered yet: Government of France \(\d+ days since the claim\)\./);
  await expect(reader).toContainText('Answered: Syrian Democratic Forces (4 days).');
  await expectNoAxeViolations(page);

  for (const name of ['Syrian Democratic Forces', 'Government of France']) {
    await section.getByRole('button', { name: `Remove ${name}` }).click();
    await expect(section.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
  }
  await expect(section.getByText('No expected parties listed.')).toBeVisible();
  await page.goto(routes.claim(CALIPHATE));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(readerSection(page)).toHaveCount(0);
  await editor.close();
});
