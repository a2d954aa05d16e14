import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { makeAccounts, signedInPage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { PROPOSAL_CLAIM, fillNewSource, openProposalForm } from './support/proposals';
import { captureServerAction, cookieHeader, replayServerAction } from './support/server-actions';
import { routes } from '../lib/routes';

// Editing people (with their roles), organizations and sources in a browser, and what readers then
// see. Each test makes its own records through the app's forms (on the embedded database the server
// is the only process that may write); the source is brought by an editor's own counter-statement
// to a seeded claim whose counter-statements no other spec counts.

/** An editor's published counter-statement to PROPOSAL_CLAIM, quoting a new source; back on the claim page. */
async function publishCounterStatement(page: Page, marker: string) {
  const quote = `Nothing of the kind happened, marker ${marker}.`;
  await openProposalForm(page);
  await page.getByRole('radio', { name: 'A person not on record yet' }).check();
  await page.getByLabel('Name', { exact: true }).fill(`Envoy ${marker}`);
  await fillNewSource(page, {
    marker,
    sourceText: `Geneva.\n\nThe envoy said: \u201c${quote}\u201d\n\nEnd of marker ${marker}.`,
  });
  await page.getByLabel('Quote, word for word').fill(quote);
  await page.getByLabel('Stance').selectOption('CONTRADICTS');
  await page.getByRole('button', { name: 'Publish counter-statement' }).click();
  await expect(page).toHaveURL(new RegExp(`${PROPOSAL_CLAIM}#rebuttal-`));
  return page.getByRole('article', { name: `Envoy ${marker}: contradicts` });
}

test('an editor adds an organization and corrects its country: a second version in its history, and readers see it', async ({
  browser,
  page,
}) => {
  test.slow(); // sign-ins are argon2id verifications, and axe scans several pages, on a shared machine
  const marker = randomUUID().slice(0, 8);
  const [editorAccount] = await makeAccounts(browser, ['Editor']);
  const editor = await signedInPage(browser, editorAccount!, '/organizations/new');
  const editorPage = editor.page;

  const organizationName = `Ministry of Records ${marker}`;
  const newOrganization = editorPage.getByRole('form', { name: 'Add an organization' });
  await newOrganization.getByLabel('Name').fill(organizationName);
  await newOrganization.getByLabel('Kind').selectOption({ label: 'Government' });
  await newOrganization.getByLabel('Country').selectOption({ label: 'France' });
  await expectNoAxeViolations(editorPage);
  await newOrganization.getByRole('button', { name: 'Add organization' }).click();
  const organizationSlug = `ministry-of-records-${marker}`;
  const organizationPath = routes.organization(organizationSlug);
  await expect(editorPage).toHaveURL(routes.organizationEdit(organizationSlug));
  const organizationForm = editorPage.getByRole('form', { name: 'Edit the organization' });
  await organizationForm.getByLabel('Country').selectOption({ label: 'Belgium' });
  await organizationForm.getByLabel('Reason', { exact: true }).fill('Its seat is in Brussels.');
  await organizationForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(organizationForm.getByText('Saved as version 2.')).toBeVisible();
  await editorPage.reload();
  const latest = editorPage
    .getByRole('region', { name: 'History' })
    .getByRole('listitem', { name: 'Version 2 (current)' });
  await expect(latest).toContainText(`By ${editorAccount!.name}`);
  await expect(latest).toContainText('Its seat is in Brussels.');
  await expect(latest.getByRole('definition')).toContainText('from France to Belgium');
  await expectNoAxeViolations(editorPage);

  await page.goto(organizationPath);
  await expect(page.getByText('Country: Belgium')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit this organization' })).toHaveCount(0);
  await editorPage.goto(organizationPath);
  await expect(editorPage.getByRole('link', { name: 'Edit this organization' })).toBeVisible();
  await editor.close();
});

test('an editor adds a person, refused a malformed Wikidata id, gives them a role, readers see it; then deletes them', async ({
  browser,
  page,
}) => {
  test.slow();
  const marker = randomUUID().slice(0, 8);
  const [editorAccount] = await makeAccounts(browser, ['Editor']);
  const editor = await signedInPage(browser, editorAccount!, '/people');
  const editorPage = editor.page;

  await editorPage.getByRole('link', { name: 'Add a person' }).click();
  const newPerson = editorPage.getByRole('form', { name: 'Add a person' });
  const personName = `Rita Records ${marker}`;
  await newPerson.getByLabel('Name').fill(personName);
  await newPerson.getByLabel('Description').fill('A spokesperson, added by a test.');
  await newPerson.getByLabel('Wikidata id').fill('42');
  await newPerson.getByRole('button', { name: 'Add person' }).click();
  await expect(newPerson.getByText('A Wikidata id is Q followed by digits, such as Q42.')).toBeVisible();
  await expect(newPerson.getByLabel('Wikidata id')).toHaveAttribute('aria-invalid', 'true');
  await expect(newPerson.getByLabel('Name')).toHaveValue(personName);
  await expectNoAxeViolations(editorPage);
  await newPerson.getByLabel('Wikidata id').fill('');
  await newPerson.getByRole('button', { name: 'Add person' }).click();
  const personSlug = `rita-records-${marker}`;
  const personPath = routes.person(personSlug);
  await expect(editorPage).toHaveURL(routes.personEdit(personSlug));

  const addRole = editorPage.getByRole('form', { name: 'Add a role' });
  await addRole.getByLabel('Title').fill('Spokesperson');
  await addRole.getByRole('combobox', { name: 'Organization' }).fill('France');
  await addRole.getByRole('option', { name: /Government of France/ }).click();
  await addRole.getByLabel('From', { exact: true }).fill('2021-03-01');
  await addRole.getByLabel('Until', { exact: true }).fill('2020-01-01');
  await addRole.getByRole('button', { name: 'Add role' }).click();
  await expect(addRole.getByText('A role cannot end before it starts.')).toBeVisible();
  await expect(addRole.getByLabel('Title')).toHaveValue('Spokesperson');
  await addRole.getByLabel('Until', { exact: true }).fill('');
  await addRole.getByRole('button', { name: 'Add role' }).click();
  await expect(editorPage.getByRole('form', { name: 'Role: Spokesperson' })).toBeVisible();
  await expect(editorPage.getByText('Version 2,')).toBeVisible();
  await expectNoAxeViolations(editorPage);

  await page.goto(personPath);
  await expect(page.getByRole('region', { name: 'Roles' })).toContainText('Spokesperson, Government of France');
  await expect(page.getByRole('region', { name: 'Roles' })).toContainText('from 1 March 2021');
  await expect(page.getByRole('link', { name: 'Edit this person' })).toHaveCount(0);

  // Deleted with a reason, the person leaves the public record.
  await editorPage
    .getByRole('form', { name: 'Delete the person' })
    .getByLabel('Reason', { exact: true })
    .fill('Added by a test, to be removed.');
  await editorPage.getByRole('button', { name: 'Delete person' }).click();
  await expect(editorPage).toHaveURL('/people');
  expect((await page.goto(personPath))?.status()).toBe(404);
  await editor.close();
});

test('an editor corrects a quoted source, whose archived text is fixed, and readers see it', async ({
  browser,
  page,
}) => {
  test.slow();
  const marker = randomUUID().slice(0, 8);
  const [editorAccount] = await makeAccounts(browser, ['Editor']);
  const editor = await signedInPage(browser, editorAccount!, PROPOSAL_CLAIM);
  const editorPage = editor.page;
  const counterStatement = await publishCounterStatement(editorPage, marker);
  await counterStatement.getByRole('link', { name: 'archived text' }).click();
  await editorPage.getByRole('link', { name: 'Edit this source' }).click();
  const sourceForm = editorPage.getByRole('form', { name: 'Edit the source' });
  await expect(
    sourceForm.getByText(
      '1 statement quotes this source. Quotes are verified against its archived text, so the text cannot change',
    ),
  ).toBeVisible();
  await expect(sourceForm.getByLabel('Archived text')).toHaveCount(0);
  await sourceForm.getByLabel('URL').fill('ftp://example.org/a');
  await sourceForm.getByLabel('Title').fill(`Envoy denies it, ${marker}`);
  await sourceForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(sourceForm.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
  await expect(sourceForm.getByLabel('Title')).toHaveValue(`Envoy denies it, ${marker}`);
  await sourceForm.getByLabel('URL').fill(`https://example.org/news/${marker}-corrected`);
  await sourceForm.getByLabel('Reason', { exact: true }).fill('The headline as published.');
  await sourceForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(sourceForm.getByText('Saved as version 2.')).toBeVisible();
  await expect(editorPage.getByRole('button', { name: 'Delete source' })).toHaveCount(0);
  await expectNoAxeViolations(editorPage);

  await page.goto(editorPage.url().replace(/\/edit$/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Envoy denies it, ${marker}`);
  await expect(page.getByRole('link', { name: `https://example.org/news/${marker}-corrected` })).toBeVisible();
  await editor.close();
});

test("two editors save the same person: the second is told who changed what and when and keeps the text; a contributor's forged save is refused", async ({
  browser,
  playwright,
}) => {
  test.slow();
  const marker = randomUUID().slice(0, 8);
  const [first, second, contributor] = await makeAccounts(browser, ['Editor', 'Editor', 'Contributor']);
  const firstEditor = await signedInPage(browser, first!, '/people/new');
  const newPerson = firstEditor.page.getByRole('form', { name: 'Add a person' });
  await newPerson.getByLabel('Name').fill(`Sam Stale ${marker}`);
  await newPerson.getByRole('button', { name: 'Add person' }).click();
  const path = routes.personEdit(`sam-stale-${marker}`);
  await expect(firstEditor.page).toHaveURL(path);
  const secondEditor = await signedInPage(browser, second!, path);

  const firstForm = firstEditor.page.getByRole('form', { name: 'Edit the person' });
  const secondForm = secondEditor.page.getByRole('form', { name: 'Edit the person' });
  await expect(secondForm.getByLabel('Description')).toBeVisible();
  const firstText = `Negotiator, first editor's wording ${marker}.`;
  await firstForm.getByLabel('Description').fill(firstText);
  const captured = await captureServerAction(firstEditor.page, () =>
    firstForm.getByRole('button', { name: 'Save changes' }).click(),
  );
  await expect(firstForm.getByText('Saved as version 2.')).toBeVisible();

  const secondText = `Mediator, second editor's wording ${marker}.`;
  await secondForm.getByLabel('Description').fill(secondText);
  await secondForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    secondForm.getByText(
      new RegExp(
        `This person was changed after you opened it\\. ${first!.name} changed Description on \\d+ \\w+ \\d{4} at \\d\\d:\\d\\d UTC\\. Nothing was saved`,
      ),
    ),
  ).toBeVisible();
  await expect(secondForm.getByLabel('Description')).toHaveValue(secondText);
  await expect(secondForm.getByText(`Saved meanwhile: ${firstText}`)).toBeVisible();
  await expectNoAxeViolations(secondEditor.page);
  await secondForm.getByLabel('Description').fill(`${firstText} ${secondText}`);
  await secondForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(secondForm.getByText('Saved as version 3.')).toBeVisible();

  // The page is closed to a contributor, and so is its server action, replayed with forged data.
  const contributorPage = await signedInPage(browser, contributor!, path);
  await expect(contributorPage.page.getByText("Your account's role does not give access to this page.")).toBeVisible();
  const body = captured.postDataBuffer()!.toString('utf8').replace(firstText, 'Forged description');
  expect(body).toContain('Forged description');
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const cookie = await cookieHeader(contributorPage.page.context());
  expect(await replayServerAction(api, { captured, path, body, cookie })).toContain(
    'Your account is not allowed to do this.',
  );
  expect(await replayServerAction(api, { captured, path, body })).toContain('Please sign in first.');
  await api.dispose();

  await contributorPage.page.goto(routes.person(`sam-stale-${marker}`));
  await expect(contributorPage.page.getByText(`${firstText} ${secondText}`)).toBeVisible();
  await expect(contributorPage.page.getByText('Forged description')).toHaveCount(0);
  await Promise.all([firstEditor.close(), secondEditor.close(), contributorPage.close()]);
});

test('a signed-out visitor is sent to sign in from every editing page', async ({ page }) => {
  for (const path of [
    '/people/new',
    '/organizations/new',
    '/people/anyone/edit',
    '/organizations/anything/edit',
    '/sources/00000000-0000-0000-0000-000000000000/edit',
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
  }
});
