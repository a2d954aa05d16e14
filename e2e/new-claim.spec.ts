import { expect, test, type Page } from '@playwright/test';
import { claimSlug } from '../lib/domain/slug';
import { makeAccounts, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { fillQuotedStatement, sourceWithQuote } from './support/proposals';
import { captureServerAction, cookieHeader, replayServerAction } from './support/server-actions';
import { routes } from '../lib/routes';

// Proposing a new claim and reviewing it, in a browser, through the app's own forms (so these run
// the same on PGlite and PostgreSQL).

type Proposal = ReturnType<typeof sourceWithQuote>;

// A seeded topic whose claims no other spec counts: these tests publish claims in it.
const TOPIC = 'Russia\u2013Turkey relations';

const summaryOf = ({ marker }: Proposal) => `The war is won, says ${marker}`;
/** Where readers will find the claim: the speaker's name, then the summary. */
const slugOf = (proposal: Proposal) => claimSlug(`Minister ${proposal.marker}`, summaryOf(proposal));
const pathOf = (proposal: Proposal) => routes.claim(slugOf(proposal));

async function openNewClaimForm(page: Page) {
  await page.goto('/claims');
  await page.getByRole('main').getByRole('link', { name: 'Propose a claim' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Propose a claim' })).toBeVisible();
}

/** Fills the whole form; `url` may be made bad on purpose. */
async function fillNewClaim(page: Page, proposal: Proposal, url?: string) {
  await fillQuotedStatement(page, proposal, url);
  await page.getByLabel('Date it was said (optional)').fill('2019-01-03');
  await page.getByLabel('Summary', { exact: true }).fill(summaryOf(proposal));
  // .filter: /claims's filter form, hidden where Next.js keeps the page visited before, has a Verdict too.
  await page.getByLabel('Verdict', { exact: true }).filter({ visible: true }).selectOption('FALSE');
  await page.getByLabel('Verdict explanation').fill(`The fighting went on, marker ${proposal.marker}.`);
  await page.getByRole('checkbox', { name: TOPIC, exact: true }).check();
}

test('a contributor proposes a claim with a live verbatim check, an editor approves it, a reader finds it', async ({
  browser,
  page,
}) => {
  test.slow(); // three sign-ins (argon2id) and axe scans on a shared machine
  const [contributor, editor] = await makeAccounts(browser, ['Contributor', 'Editor']);
  await signIn(page, contributor!);
  await openNewClaimForm(page);
  await expectNoAxeViolations(page);

  const proposal = sourceWithQuote();
  await fillNewClaim(page, proposal, 'ftp://example.org/not-the-web');
  const check = page.getByRole('status').filter({ hasText: 'verbatim' });
  await expect(check).toContainText('Found verbatim in the source text');
  await page.getByLabel('Quote, word for word').fill(proposal.quote.replace('not defeated', 'never defeated'));
  await expect(check).toContainText('Not found verbatim in the source text');
  await page.getByLabel('Quote, word for word').fill(proposal.quote);
  await expect(check).toContainText('Found verbatim');

  // A bad URL is refused next to its field, and nothing typed is lost: the claim's fields neither.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
  await expect(page.getByLabel('URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Source text')).toHaveValue(proposal.sourceText);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`Minister ${proposal.marker}`);
  await expect(page.getByLabel('Summary', { exact: true })).toHaveValue(summaryOf(proposal));
  await expect(page.getByLabel('Verdict', { exact: true }).filter({ visible: true })).toHaveValue('FALSE');
  await expect(page.getByLabel('Verdict explanation')).toHaveValue(`The fighting went on, marker ${proposal.marker}.`);
  await expect(page.getByRole('checkbox', { name: TOPIC, exact: true })).toBeChecked();
  await expect(check).toContainText('Found verbatim');
  await expectNoAxeViolations(page);

  await page.getByLabel('URL').fill(`https://example.org/news/${proposal.marker}`);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page).toHaveURL(/\/account\/submissions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: `New claim: “${summaryOf(proposal)}”` })).toBeVisible();
  await expect(page.getByText('Awaiting review', { exact: true }).filter({ visible: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Readers cannot open it yet.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(pathOf(proposal));
  await expect(readerPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor!, '/sign-in?next=/review');
  const item = editorPage.getByRole('listitem').filter({ hasText: summaryOf(proposal) });
  await expect(item.getByText('Found verbatim in the source text')).toBeVisible();
  await expect(item.getByText(`Topics: ${TOPIC}`)).toBeVisible();
  await expectNoAxeViolations(editorPage);
  await item.getByRole('button', { name: 'Approve and publish' }).click();
  // The decided item leaves the queue; the outcome is stated above it.
  await expect(editorPage.getByRole('status').filter({ hasText: 'Published:' })).toContainText(summaryOf(proposal));
  await editorContext.close();

  await readerPage.goto(pathOf(proposal));
  await expect(readerPage.getByRole('heading', { level: 1, name: summaryOf(proposal) })).toBeVisible();
  await expect(readerPage.getByText(`marker ${proposal.marker}, and the fight goes on`).first()).toBeVisible();
  await expect(readerPage.getByRole('link', { name: `Minister ${proposal.marker}` }).first()).toBeVisible();
  await expectNoAxeViolations(readerPage);
  await readerPage.goto(routes.claimHistory(slugOf(proposal)));
  await expect(readerPage.getByText('submitted for review').first()).toBeVisible();
  await reader.close();

  await page.goto('/account/submissions');
  await expect(page.getByRole('listitem').filter({ hasText: summaryOf(proposal) })).toContainText('Published');
});

test("an editor's own claim is published at once", async ({ browser, page }) => {
  const [editor] = await makeAccounts(browser, ['Editor']);
  await signIn(page, editor!);
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Propose a claim' }).click();
  const proposal = sourceWithQuote();
  await fillNewClaim(page, proposal);
  await page.getByRole('button', { name: 'Publish claim' }).click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(proposal)}$`));
  await expect(page.getByRole('heading', { level: 1, name: summaryOf(proposal) })).toBeVisible();
});

test("a contributor cannot approve a claim by replaying the editor's action with forged form data", async ({
  browser,
  page,
  playwright,
}) => {
  test.slow();
  const [author, editor] = await makeAccounts(browser, ['Contributor', 'Editor']);
  await signIn(page, author!);
  const submit = async () => {
    const proposal = sourceWithQuote();
    await openNewClaimForm(page);
    await fillNewClaim(page, proposal);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page).toHaveURL(/\/account\/submissions\/[0-9a-f-]{36}$/);
    return { ...proposal, path: new URL(page.url()).pathname, id: page.url().split('/').at(-1)! };
  };
  const first = await submit();
  const second = await submit();

  // Capture the editor's approval exactly as the browser sends it.
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor!, '/sign-in?next=/review');
  const firstItem = editorPage.getByRole('listitem').filter({ hasText: summaryOf(first) });
  const captured = await captureServerAction(editorPage, () =>
    firstItem.getByRole('button', { name: 'Approve and publish' }).click(),
  );
  await expect(editorPage.getByRole('status').filter({ hasText: 'Published:' })).toContainText(summaryOf(first));

  // The forgery: the same action, aimed at the second claim, sent with the contributor's own cookie.
  const body = captured.postDataBuffer()!.toString('utf8').replaceAll(first.id, second.id);
  expect(body).toContain(second.id);
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const cookie = await cookieHeader(page.context());
  expect(await replayServerAction(api, { captured, path: '/review', body, cookie })).toContain(
    'Your account is not allowed to do this.',
  );
  await api.dispose();

  // The second claim still awaits review, and readers still cannot open it.
  await page.goto(second.path);
  await expect(page.getByText('Awaiting review', { exact: true }).filter({ visible: true })).toBeVisible();
  await page.goto(pathOf(second));
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await editorContext.close();
});
