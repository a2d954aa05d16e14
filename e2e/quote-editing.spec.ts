import { expect, test } from '@playwright/test';
import { makeAccounts, signedInPage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { PROPOSAL_CLAIM, fillProposal, openProposalForm, sourceWithQuote } from './support/proposals';
import { captureServerAction, cookieHeader, replayServerAction } from './support/server-actions';

// Editing a published counter-statement and its quote, then withdrawing it, in a browser. The
// counter-statement is made through the proposal form first, so no other spec's data is touched.

test('an editor changes a stance, corrects a quote readers saw, and withdraws the counter-statement; contributors are refused', async ({
  browser,
  page,
  playwright,
}) => {
  test.slow(); // two sign-ins (argon2id) and axe scans on a shared machine
  const [editorAccount, contributorAccount] = await makeAccounts(browser, ['Editor', 'Contributor']);
  const editor = await signedInPage(browser, editorAccount!, PROPOSAL_CLAIM);
  const proposal = sourceWithQuote();
  await openProposalForm(editor.page);
  await fillProposal(editor.page, proposal);
  await editor.page.getByRole('button', { name: 'Publish counter-statement' }).click();
  await expect(editor.page).toHaveURL(/#rebuttal-[0-9a-f-]{36}$/);
  const speaker = `Minister ${proposal.marker}`;

  // The stance: from the claim page's Edit link.
  await editor.page.getByRole('link', { name: `Edit the counter-statement by ${speaker}` }).click();
  await expect(editor.page.getByRole('heading', { level: 1 })).toContainText(proposal.quote);
  await expectNoAxeViolations(editor.page);
  const counterStatementForm = editor.page.getByRole('form', { name: 'How it answers the claim' });
  await counterStatementForm.getByLabel('Stance').selectOption('QUALIFIES');
  await counterStatementForm.getByLabel("Editor's note (optional)").fill('He concedes ground was taken.');
  await counterStatementForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(counterStatementForm.getByText('Saved as version 2.')).toBeVisible();
  const counterStatementEditUrl = new URL(editor.page.url()).pathname;

  // The quote: readers saw it, so a longer quote needs a correction note; nothing typed is lost.
  await editor.page.getByRole('link', { name: 'Edit the quote itself' }).click();
  const quoteForm = editor.page.getByRole('form', { name: 'Edit the quote' });
  await quoteForm.getByLabel('Quote, word for word').fill(proposal.quote.replace('fight', 'war'));
  await expect(quoteForm.getByRole('status')).toContainText('Not found verbatim');
  const corrected = `The minister said: \u201c${proposal.quote}`;
  await quoteForm.getByLabel('Quote, word for word').fill(corrected);
  await expect(quoteForm.getByRole('status')).toContainText('Found verbatim in the source text');
  await quoteForm.getByRole('button', { name: 'Save the quote' }).click();
  await expect(
    quoteForm.getByText('Readers see this quote: write a correction note saying what was wrong.'),
  ).toBeVisible();
  await expect(quoteForm.getByLabel('Quote, word for word')).toHaveValue(corrected);
  await expectNoAxeViolations(editor.page);
  await quoteForm.getByLabel('Correction note').fill(`The quote now says who spoke (${proposal.marker}).`);
  const captured = await captureServerAction(editor.page, () =>
    quoteForm.getByRole('button', { name: 'Save the quote' }).click(),
  );
  await expect(quoteForm.getByText('Saved as version 2.')).toBeVisible();
  await expect(editor.page.getByRole('heading', { level: 3, name: 'Version 2 (current)' })).toBeVisible();

  await page.goto(PROPOSAL_CLAIM);
  const item = page.getByRole('article', { name: `${speaker}: qualifies` });
  await expect(item).toContainText('The minister said:');
  await expect(item).toContainText('He concedes ground was taken.');
  const corrections = page.getByRole('region', { name: 'Corrections' });
  await expect(corrections).toContainText(`${speaker}'s quote: Quote`);
  await expect(corrections).toContainText(`The quote now says who spoke (${proposal.marker}).`);
  await expect(page.getByRole('link', { name: /^Edit the counter-statement/ })).toHaveCount(0);

  // A contributor may not open the editing pages, nor save a quote by replaying the editor's request.
  const contributor = await signedInPage(browser, contributorAccount!, counterStatementEditUrl);
  await expect(contributor.page.getByText("Your account's role does not give access to this page.")).toBeVisible();
  const body = captured.postDataBuffer()!.toString('utf8').replace(corrected, `Forged ${proposal.marker}`);
  expect(body).toContain('Forged');
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const cookie = await cookieHeader(contributor.page.context());
  expect(await replayServerAction(api, { captured, path: new URL(captured.url()).pathname, body, cookie })).toContain(
    'Your account is not allowed to do this.',
  );
  await api.dispose();
  await contributor.close();

  // Withdrawn: off the claim page, with the reason as a correction.
  await editor.page.goto(counterStatementEditUrl);
  const withdraw = editor.page.getByRole('form', { name: 'Withdraw the counter-statement' });
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(withdraw.getByText('Enter why it is withdrawn.')).toBeVisible();
  await withdraw.getByLabel('Reason', { exact: true }).fill(`Misattributed (${proposal.marker}).`);
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(editor.page).toHaveURL(PROPOSAL_CLAIM);
  await editor.close();

  await page.reload();
  await expect(page.getByRole('article', { name: `${speaker}: qualifies` })).toHaveCount(0);
  await expect(corrections).toContainText(`Counter-statement withdrawn: ${speaker} (qualifies)`);
  await expect(corrections).toContainText(`Misattributed (${proposal.marker}).`);
  await expect(page.getByText(`Forged ${proposal.marker}`)).toHaveCount(0);
});
