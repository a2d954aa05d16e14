import { expect, test } from '@playwright/test';
import { adminOnUsersPage, makeAccounts, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { PROPOSAL_CLAIM, fillProposal, openProposalForm, sourceWithQuote } from './support/proposals';
import { captureServerAction, cookieHeader, replayServerAction } from './support/server-actions';

// Proposing a counter-statement and reviewing it, in a browser. Everything is written through the
// app's own forms, so these tests run the same on PGlite (where only the server may write) and on
// PostgreSQL.

test('a contributor proposes a counter-statement with a live verbatim check, an editor approves it, a reader sees it', async ({
  browser,
  page,
}) => {
  test.slow(); // three sign-ins (argon2id) and axe scans on a shared machine
  const [contributor, editor] = await makeAccounts(browser, ['Contributor', 'Editor']);
  await signIn(page, contributor!);
  await openProposalForm(page);
  await expectNoAxeViolations(page);

  const proposal = sourceWithQuote();
  await fillProposal(page, proposal, 'ftp://example.org/not-the-web');
  const check = page.getByRole('status').filter({ hasText: 'verbatim' });
  await expect(check).toContainText('Found verbatim in the source text');
  await expect(check).toContainText(proposal.quote);
  // One changed word and the check says so at once, before anything is sent.
  await page.getByLabel('Quote, word for word').fill(proposal.quote.replace('not defeated', 'never defeated'));
  await expect(check).toContainText('Not found verbatim in the source text');
  await page.getByLabel('Quote, word for word').fill(proposal.quote);
  await expect(check).toContainText('Found verbatim');

  // A bad URL is refused next to its field, and nothing typed is lost, the long pasted text included.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
  await expect(page.getByLabel('URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Source text')).toHaveValue(proposal.sourceText);
  await expect(page.getByLabel('Quote, word for word')).toHaveValue(proposal.quote);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`Minister ${proposal.marker}`);
  await expect(check).toContainText('Found verbatim');
  await expectNoAxeViolations(page);

  await page.getByLabel('URL').fill(`https://example.org/news/${proposal.marker}`);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page).toHaveURL(/\/account\/submissions\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Awaiting review', { exact: true }).filter({ visible: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Not on the claim page yet.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(PROPOSAL_CLAIM);
  await expect(readerPage.getByText(`marker ${proposal.marker}`)).toHaveCount(0);

  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor!, '/sign-in?next=/review');
  await expect(editorPage.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  const item = editorPage.getByRole('listitem').filter({ hasText: `marker ${proposal.marker}` });
  await expect(item.getByText('Found verbatim in the source text')).toBeVisible();
  await expectNoAxeViolations(editorPage);
  await item.getByRole('button', { name: 'Approve and publish' }).click();
  // The decided item leaves the queue; the outcome is stated above it.
  await expect(editorPage.getByRole('status').filter({ hasText: 'Published:' })).toBeVisible();
  await editorContext.close();

  await readerPage.goto(PROPOSAL_CLAIM);
  await expect(readerPage.getByText(`marker ${proposal.marker}`).first()).toBeVisible();
  await expect(readerPage.getByRole('link', { name: `Minister ${proposal.marker}` }).first()).toBeVisible();
  await reader.close();

  await page.goto('/account/submissions');
  await expect(page.getByRole('listitem').filter({ hasText: `marker ${proposal.marker}` })).toContainText('Published');
  await expectNoAxeViolations(page);

  // The audit log says who published it, and from which address.
  const adminBrowser = await adminOnUsersPage(browser);
  await adminBrowser.page.goto('/admin/audit');
  const publication = adminBrowser.page
    .getByRole('listitem')
    .filter({ hasText: 'Published (a claim, counter-statement or repetition)' })
    .filter({ hasText: editor!.email });
  await expect(publication).toContainText(/IP\s*127\.0\.0\.1/);
  await adminBrowser.close();
});

test("a contributor cannot open another's submission, nor approve one by replaying the editor's action", async ({
  browser,
  page,
  playwright,
}) => {
  test.slow();
  const [author, stranger, editor] = await makeAccounts(browser, ['Contributor', 'Contributor', 'Editor']);
  await signIn(page, author!);
  const submit = async () => {
    const proposal = sourceWithQuote();
    await openProposalForm(page);
    await fillProposal(page, proposal);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page).toHaveURL(/\/account\/submissions\/[0-9a-f-]{36}$/);
    return { ...proposal, path: new URL(page.url()).pathname, id: page.url().split('/').at(-1)! };
  };
  const first = await submit();
  const second = await submit();

  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signIn(strangerPage, stranger!);
  await strangerPage.goto(first.path);
  await expect(strangerPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(strangerPage.getByText(`marker ${first.marker}`)).toHaveCount(0);
  await strangerPage.goto('/review');
  await expect(strangerPage.getByText("Your account's role does not give access to this page.")).toBeVisible();

  // Capture the editor's approval exactly as the browser sends it.
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor!, '/sign-in?next=/review');
  const firstItem = editorPage.getByRole('listitem').filter({ hasText: `marker ${first.marker}` });
  const captured = await captureServerAction(editorPage, () =>
    firstItem.getByRole('button', { name: 'Approve and publish' }).click(),
  );
  await expect(editorPage.getByRole('status').filter({ hasText: 'Published:' })).toBeVisible();

  // The forgery: the same action, aimed at the second submission, sent with a contributor's cookie.
  const body = captured.postDataBuffer()!.toString('utf8').replaceAll(first.id, second.id);
  expect(body).toContain(second.id);
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const cookie = await cookieHeader(strangerContext);
  expect(await replayServerAction(api, { captured, path: '/review', body, cookie })).toContain(
    'Your account is not allowed to do this.',
  );
  expect(await replayServerAction(api, { captured, path: '/review', body })).toContain('Please sign in first.');
  await api.dispose();

  // The second submission still awaits review.
  await editorPage.reload();
  await expect(
    editorPage
      .getByRole('listitem')
      .filter({ hasText: `marker ${second.marker}` })
      .getByRole('button', { name: 'Approve and publish' }),
  ).toBeVisible();
  await page.goto(second.path);
  await expect(page.getByText('Awaiting review', { exact: true }).filter({ visible: true })).toBeVisible();
  await strangerContext.close();
  await editorContext.close();
});
