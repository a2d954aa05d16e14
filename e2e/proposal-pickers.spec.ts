import { devices, expect, test, type Browser } from '@playwright/test';
import { makeAccounts, signIn, type Account } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { fillNewSource, openProposalForm, pick, sourceWithQuote } from './support/proposals';

// The proposal form's pickers: a person on record with one of their roles, an organization, and a
// source on record whose archived text the live verbatim check reads. Each test records its own
// person and source first, as an editor would, through the same form.

/** What an editor publishes through the form: a new person with a new role in a seeded organization, quoted from a new source that holds a second quote. */
async function recordSpeakerAndSource(browser: Browser, editor: Account) {
  const recorded = sourceWithQuote();
  const secondQuote = `Nothing is settled, marker ${recorded.marker}, until everything is.`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, editor);
  await openProposalForm(page);
  await page.getByRole('radio', { name: 'A person not on record yet' }).check();
  await page.getByLabel('Name', { exact: true }).fill(`Envoy ${recorded.marker}`);
  await page.getByLabel('Title of the role (optional)').fill(`Special Envoy ${recorded.marker}`);
  await pick(page, 'Organization of the role (optional)', 'france', 'Government of France');
  await fillNewSource(page, { ...recorded, sourceText: `${recorded.sourceText}\n\nLater she added: ${secondQuote}` });
  await page.getByLabel('Quote, word for word').fill(recorded.quote);
  await page.getByRole('button', { name: 'Publish counter-statement' }).click();
  await expect(page).toHaveURL(/\/claims\/[a-z0-9-]+#rebuttal-/);
  await context.close();
  return {
    ...recorded,
    person: `Envoy ${recorded.marker}`,
    role: `Special Envoy ${recorded.marker}, Government of France`,
    secondQuote,
  };
}

test('a contributor picks a person on record, one of their roles and a source on record, sees the verbatim check against its archived text, and submits', async ({
  browser,
  page,
}) => {
  test.slow(); // three sign-ins (argon2id) and axe scans on a shared machine
  const [contributor, editor] = await makeAccounts(browser, ['Contributor', 'Editor']);
  const recorded = await recordSpeakerAndSource(browser, editor!);
  await signIn(page, contributor!);
  await openProposalForm(page);

  // Part of the name finds the person; the open list passes the accessibility scan.
  const person = page.getByRole('combobox', { name: 'Person' });
  await person.fill(`envoy ${recorded.marker.slice(0, 5)}`);
  const option = page
    .getByRole('listbox', { name: 'Person' })
    .getByRole('option', { name: new RegExp(recorded.person) });
  await expect(option).toBeVisible();
  await expect(person).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);
  await option.click();
  await expect(person).toHaveValue(recorded.person);
  await page.getByLabel('Role they spoke in').selectOption({ label: recorded.role });

  // A source on record is the first choice; its archived text is what the quote is checked against.
  await expect(page.getByRole('radio', { name: 'A source on record' })).toBeChecked();
  await expect(page.getByLabel('Source text')).toBeHidden();
  await pick(page, 'Source', recorded.marker, new RegExp(`Minister answers, ${recorded.marker}`));
  const check = page.getByRole('status').filter({ hasText: 'verbatim' });
  await page.getByLabel('Quote, word for word').fill(recorded.secondQuote.replace('settled', 'decided'));
  await expect(check).toContainText('Not found verbatim');
  await page.getByLabel('Quote, word for word').fill(recorded.secondQuote);
  await expect(check).toContainText('Found verbatim in the source text');
  await expect(check).toContainText(recorded.secondQuote);
  await page.getByLabel('Stance').selectOption('QUALIFIES');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page).toHaveURL(/\/account\/submissions\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Awaiting review', { exact: true }).filter({ visible: true })).toBeVisible();
  // Submitted as chosen: the quote, from the source on record, by the person in the role picked.
  const submitted = page.getByRole('figure').filter({ hasText: recorded.secondQuote });
  await expect(submitted).toContainText(`${recorded.person}, ${recorded.role}`);
  await expect(submitted).toContainText(`Minister answers, ${recorded.marker}, Example Wire, 4 January 2019`);
});

test('the pickers work with the keyboard alone, and a refused submission keeps the choices', async ({
  browser,
  page,
}) => {
  test.slow();
  const [contributor, editor] = await makeAccounts(browser, ['Contributor', 'Editor']);
  const recorded = await recordSpeakerAndSource(browser, editor!);
  await signIn(page, contributor!);
  await openProposalForm(page);

  const person = page.getByRole('combobox', { name: 'Person' });
  await page.getByRole('radio', { name: 'A person on record' }).focus();
  await page.keyboard.press('Tab');
  await expect(person).toBeFocused();
  await page.keyboard.type(recorded.marker);
  const listbox = page.getByRole('listbox', { name: 'Person' });
  await expect(listbox.getByRole('option')).toHaveCount(1);
  await expect(page.getByText('One match: choose with the arrow keys and Enter')).toBeVisible();
  // The arrow moves the active option (aria-activedescendant); Enter chooses it and closes the list.
  await page.keyboard.press('ArrowDown');
  const active = await person.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toContainText(recorded.person);
  await page.keyboard.press('Enter');
  await expect(person).toHaveValue(recorded.person);
  await expect(person).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/\/counter-statements\/new$/); // Enter chose; it did not submit the form

  // Typing undoes the choice; Escape closes the list, a second Escape clears the field.
  await page.keyboard.press('Backspace');
  await expect(listbox.getByRole('option')).toHaveCount(1);
  await expect(person).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(person).toHaveAttribute('aria-expanded', 'false');
  await expect(person).toHaveValue(recorded.person.slice(0, -1));
  await expect(page.getByLabel('Role they spoke in')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(person).toHaveValue('');

  // Chosen again; then the source is left unchosen, so the server refuses the form: the person stays chosen.
  await page.keyboard.type(recorded.person);
  await expect(listbox.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByLabel('Quote, word for word').fill(recorded.secondQuote);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Choose the source on record.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Source' })).toHaveAttribute('aria-invalid', 'true');
  await expect(person).toHaveValue(recorded.person);
  await expect(page.getByLabel('Quote, word for word')).toHaveValue(recorded.secondQuote);

  // The source, by a word of its web address, with the keyboard; then the form goes through.
  const source = page.getByRole('combobox', { name: 'Source' });
  await source.focus();
  await page.keyboard.type(`news/${recorded.marker}`);
  await expect(page.getByRole('listbox', { name: 'Source' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'verbatim' })).toContainText('Found verbatim');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Awaiting review', { exact: true }).filter({ visible: true })).toBeVisible();
});

test.describe('on a phone', () => {
  // The phone's screen and touch, in this project's browser (a device's browser type cannot change within a file).
  const { defaultBrowserType: _browserType, ...phone } = devices['Pixel 7'];
  test.use(phone);

  test('an organization is chosen with a tap', async ({ browser, page }) => {
    test.slow();
    const [contributor] = await makeAccounts(browser, ['Contributor']);
    await signIn(page, contributor!);
    await openProposalForm(page);
    await page.getByRole('radio', { name: 'An organization speaking for itself' }).tap();
    const organization = page.getByRole('combobox', { name: 'Organization' });
    await organization.tap();
    await organization.fill('forces');
    await page.getByRole('option', { name: /Syrian Democratic Forces/ }).tap();
    await expect(organization).toHaveValue('Syrian Democratic Forces');
    await expect(page.getByRole('listbox', { name: 'Organization' })).toBeHidden();
  });
});

test('the lookups answer signed-in editors only, with JSON', async ({ browser, page, playwright }) => {
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const signedOut = await api.get('/lookup/people?q=trump');
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toEqual({ error: { status: 401, message: 'Please sign in first.' } });
  expect((await api.get('/lookup/sources/not-an-id')).status()).toBe(401);
  await api.dispose();

  const [contributor] = await makeAccounts(browser, ['Contributor']);
  await signIn(page, contributor!);
  const found = await page.request.get('/lookup/people?q=trump');
  expect(found.status()).toBe(200);
  expect(found.headers()['cache-control']).toBe('private, no-store');
  expect((await found.json()).data).toEqual([expect.objectContaining({ label: 'Donald Trump' })]);
  expect((await page.request.get('/lookup/sources/not-an-id')).status()).toBe(404);
});
