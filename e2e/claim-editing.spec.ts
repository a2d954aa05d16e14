import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { makeAccounts, signedInPage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { captureServerAction, cookieHeader, replayServerAction } from './support/server-actions';
import { routes } from '../lib/routes';

// Editing a claim, its public history and corrections, in a browser. Every write goes through
// the app's own forms (on the embedded database the server is the only process that may write).
// Each test edits its own seed claim, one no other spec asserts on, and changes neither its
// summary nor its topics, which other specs' lists and counts depend on.

test('an editor reading a claim finds "Edit this claim" and follows it; a contributor and a signed-out reader do not see it', async ({
  browser,
  page,
}) => {
  test.slow(); // two sign-ins (argon2id) and an axe scan on a shared machine
  const slug = 'putin-russia-turkey-actively-cooperate-on-syria';
  const [editorAccount, contributorAccount] = await makeAccounts(browser, ['Editor', 'Contributor']);

  await page.goto(routes.claim(slug));
  await expect(page.getByRole('link', { name: 'History' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit this claim' })).toHaveCount(0);

  const contributor = await signedInPage(browser, contributorAccount!, routes.claim(slug));
  await expect(contributor.page.getByRole('link', { name: 'Propose a counter-statement' })).toBeVisible();
  await expect(contributor.page.getByRole('link', { name: 'Edit this claim' })).toHaveCount(0);
  await contributor.close();

  const editor = await signedInPage(browser, editorAccount!, routes.claim(slug));
  await expectNoAxeViolations(editor.page);
  await editor.page.getByRole('link', { name: 'Edit this claim' }).click();
  await expect(editor.page).toHaveURL(routes.claimEdit(slug));
  await expect(editor.page.getByRole('form', { name: 'Edit the claim' })).toBeVisible();
  await editor.close();
});

test('an editor corrects a published verdict, readers see the correction, and a restore from history brings the old verdict back', async ({
  browser,
  page,
}) => {
  test.slow(); // sign-ins are argon2id verifications, and axe scans four pages, on a shared machine
  const slug = 'earnest-us-pulling-more-than-its-weight';
  const [editorAccount] = await makeAccounts(browser, ['Editor']);
  const editor = await signedInPage(browser, editorAccount!, routes.claimEdit(slug));
  const form = editor.page.getByRole('form', { name: 'Edit the claim' });
  await expect(form.getByLabel('Verdict', { exact: true })).toHaveValue('UNRATED');
  await expectNoAxeViolations(editor.page);

  // A published verdict does not change silently: without a note the save is refused, nothing lost.
  await form.getByLabel('Verdict', { exact: true }).selectOption({ label: 'Mixed' });
  await form.getByLabel('Reason', { exact: true }).fill('Re-rated after new reporting.');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    form.getByText('This claim is published and its verdict changes: write a correction note for readers.'),
  ).toBeVisible();
  await expect(form.getByLabel('Verdict', { exact: true })).toHaveValue('MIXED');
  await expect(form.getByLabel('Reason', { exact: true })).toHaveValue('Re-rated after new reporting.');
  await expectNoAxeViolations(editor.page);

  const note = `Allies' own figures show a shared burden (${randomUUID().slice(0, 8)}).`;
  await form.getByLabel('Correction note').fill(note);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText(/^Saved as version \d+\.$/)).toBeVisible();

  // A reader sees the correction, dated, on the claim page and in the public log.
  await page.goto(routes.claim(slug));
  await expect(page.getByRole('heading', { level: 2, name: /Our verdict/ })).toContainText('Mixed');
  const corrections = page.getByRole('region', { name: 'Corrections' });
  await expect(corrections).toContainText('Verdict: Unrated → Mixed');
  await expect(corrections).toContainText(note);
  await expect(corrections.locator('time')).toHaveCount(1);
  await page.getByRole('link', { name: 'corrections log' }).click();
  await expect(page).toHaveURL('/corrections');
  await expect(page.getByRole('listitem').filter({ hasText: note })).toContainText(
    'The US is pulling more than its weight in the anti-IS coalition',
  );
  await expectNoAxeViolations(page);

  // The history shows who changed what and why; a reader gets no restore link.
  await page.goto(routes.claim(slug));
  await page.getByRole('link', { name: 'History' }).click();
  const latest = page.getByRole('listitem').filter({ hasText: 'Re-rated after new reporting.' });
  await expect(latest).toContainText(`By ${editorAccount!.name}`);
  await expect(latest.getByRole('definition')).toContainText('from Unrated to Mixed');
  await expect(page.getByRole('link', { name: /^Restore/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The editor restores the version before the change: a new version, with its own correction.
  await editor.page.goto(routes.claimHistory(slug));
  await editor.page.getByRole('link', { name: 'Restore version 1' }).click();
  const restore = editor.page.getByRole('form', { name: 'Restore version 1' });
  await expect(restore.getByLabel('Verdict', { exact: true })).toHaveValue('UNRATED');
  await expect(restore.getByLabel('Reason', { exact: true })).toHaveValue('Restored version 1.');
  await restore.getByLabel('Correction note').fill('The verdict is withdrawn until our sources answer the claim.');
  await restore.getByRole('button', { name: 'Restore this version' }).click();
  await expect(restore.getByText(/^Saved as version \d+\.$/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('listitem', { name: /^Version \d+ \(current\)$/ })).toContainText('Restored version 1.');
  await page.goto(routes.claim(slug));
  await expect(page.getByRole('heading', { level: 2, name: /Our verdict/ })).toContainText('Unrated');
  await expect(page.getByRole('region', { name: 'Corrections' }).getByRole('listitem')).toHaveCount(2);
  await editor.close();
});

test('two editors save the same claim: the second is told who changed what and when, keeps the text, and can merge; forged saves are refused', async ({
  browser,
  playwright,
}) => {
  test.slow();
  const slug = 'putin-russia-turkey-actively-cooperate-on-syria';
  const path = routes.claimEdit(slug);
  const [first, second, contributor] = await makeAccounts(browser, ['Editor', 'Editor', 'Contributor']);
  const [firstEditor, secondEditor] = [
    await signedInPage(browser, first!, path),
    await signedInPage(browser, second!, path),
  ];
  const firstForm = firstEditor.page.getByRole('form', { name: 'Edit the claim' });
  const secondForm = secondEditor.page.getByRole('form', { name: 'Edit the claim' });
  await expect(secondForm.getByLabel('Verdict explanation')).toBeVisible();

  const firstText = `Both back opposite sides in Syria, first editor's wording ${randomUUID().slice(0, 8)}.`;
  await firstForm.getByLabel('Verdict explanation').fill(firstText);
  const captured = await captureServerAction(firstEditor.page, () =>
    firstForm.getByRole('button', { name: 'Save changes' }).click(),
  );
  await expect(firstForm.getByText(/^Saved as version \d+\.$/)).toBeVisible();

  const secondText = `Second editor's wording, typed before the first one saved ${randomUUID().slice(0, 8)}.`;
  await secondForm.getByLabel('Verdict explanation').fill(secondText);
  await secondForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    secondForm.getByText(
      new RegExp(
        `This claim was changed after you opened it\\. ${first!.name} changed Verdict explanation on \\d+ \\w+ \\d{4} at \\d\\d:\\d\\d UTC\\. Nothing was saved`,
      ),
    ),
  ).toBeVisible();
  await expect(secondForm.getByLabel('Verdict explanation')).toHaveValue(secondText);
  await expect(secondForm.getByText(`Saved meanwhile: ${firstText}`)).toBeVisible();
  await expectNoAxeViolations(secondEditor.page);
  // Having seen the other change, the second editor merges and saves on the current version.
  await secondForm.getByLabel('Verdict explanation').fill(`${firstText} ${secondText}`);
  await secondForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(secondForm.getByText(/^Saved as version \d+\.$/)).toBeVisible();

  // The edit page is closed to a contributor, and so is its server action, replayed with forged data.
  const contributorPage = await signedInPage(browser, contributor!, path);
  await expect(contributorPage.page.getByText("Your account's role does not give access to this page.")).toBeVisible();
  // The answer is a real 403, not a page that says no with a 200.
  expect((await contributorPage.page.goto(path))?.status()).toBe(403);
  const body = captured.postDataBuffer()!.toString('utf8').replace(firstText, 'Forged explanation');
  expect(body).toContain('Forged explanation');
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const cookie = await cookieHeader(contributorPage.page.context());
  expect(await replayServerAction(api, { captured, path, body, cookie })).toContain(
    'Your account is not allowed to do this.',
  );
  expect(await replayServerAction(api, { captured, path, body })).toContain('Please sign in first.');
  await api.dispose();

  await contributorPage.page.goto(routes.claim(slug));
  await expect(contributorPage.page.getByRole('region', { name: /Our verdict/ })).toContainText(secondText);
  await expect(contributorPage.page.getByText('Forged explanation')).toHaveCount(0);
  await Promise.all([firstEditor.close(), secondEditor.close(), contributorPage.close()]);
});
