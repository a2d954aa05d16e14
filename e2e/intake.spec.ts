import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { routes } from '../lib/routes';
import { makeAccounts, signedInPage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { pick } from './support/proposals';
import { markerWord } from './support/readers';
import { publishClaim } from './support/records';

// Article intake (issue 14) in a browser: paste an article, accept some of its quotes, and find
// them published as sourced counter-statements on a claim page (an editor), or waiting for review
// (a contributor). The article is a seed article with a line of its own added, so that its text is
// a new source here and its quotes new statements.

const ARTICLE = readFileSync(
  path.join(import.meta.dirname, '..', 'prisma', 'seed', 'articles', '2018-12-uk-france-dispute-syria-victory.txt'),
  'utf8',
);

async function pasteArticle(page: Page, marker: string) {
  await page.goto(routes.intake());
  await expect(page.getByRole('heading', { level: 1, name: 'Read an article' })).toBeVisible();
  await page.getByLabel('Article text').fill(`Copy ${marker} for a test.\n\n${ARTICLE}`);
  await page.getByLabel('Outlet (optional)').fill('BBC News');
  await page.getByLabel('Title (optional)').fill(`UK and France dispute Syria victory (${marker})`);
  await page.getByLabel('URL (optional)').fill(`https://example.test/${marker}`);
  await page.getByLabel('Publication date (optional)').fill('2018-12-20');
  await page.getByRole('button', { name: 'Find quotes' }).click();
  await expect(page.getByRole('group', { name: 'Quote 1', exact: true })).toBeVisible();
}

test('an editor turns a pasted article into published, sourced counter-statements in one step', async ({ browser }) => {
  test.slow(); // two accounts' sign-ins (argon2id), a claim published, an article read three times and an axe scan
  const [editor] = await makeAccounts(browser, ['Editor']);
  const { page, close } = await signedInPage(browser, editor!, routes.intake());
  const claim = await publishClaim(page);
  const marker = markerWord();

  // Bad input: no text. The error says so, and what was typed stays.
  await page.goto(routes.intake());
  await page.getByLabel('Outlet (optional)').fill('BBC News');
  await page.getByRole('button', { name: 'Find quotes' }).click();
  await expect(page.getByText('Enter the article text.').first()).toBeVisible();
  await expect(page.getByLabel('Outlet (optional)')).toHaveValue('BBC News');

  await pasteArticle(page, marker);
  // Florence Parly is on record: the article's speaker is matched to her.
  const first = page.getByRole('group', { name: 'Quote 1', exact: true });
  await expect(first.getByRole('blockquote')).toHaveText(/Islamic State has been weakened more than ever/);
  await expectNoAxeViolations(page);

  // Nothing accepted: refused, and the list stays.
  await page.getByRole('button', { name: 'Publish accepted quotes' }).click();
  await expect(page.getByText('Accept at least one quote')).toBeVisible();

  for (const n of [1, 2]) {
    await page.getByLabel(`Accept quote ${n}`, { exact: true }).check();
    await pick(page, `Claim quote ${n} answers`, claim.word, new RegExp(claim.summary));
    await page.getByLabel(`Stance of quote ${n}`).selectOption('DISPUTES');
  }
  await expect(first.getByRole('combobox', { name: 'Person' })).toHaveValue(/Florence Parly/);
  await page.getByRole('button', { name: 'Publish accepted quotes' }).click();

  await expect(page).toHaveURL(claim.path);
  const article = page.getByRole('main');
  await expect(article.getByText('Islamic State has been weakened more than ever')).toBeVisible();
  await expect(article.getByText('But Islamic State has not been wiped from the map')).toBeVisible();
  await expect(article.getByText(`UK and France dispute Syria victory (${marker})`).first()).toBeVisible();

  // The same text again finds the source on record.
  await pasteArticle(page, marker);
  await expect(page.getByText(/This text is on record already/)).toBeVisible();
  await close();
});

test("a contributor's accepted quotes land in the review queue, not on the claim page", async ({ browser }) => {
  test.slow(); // two sign-ins (argon2id) and an article read on a shared machine
  const [contributor] = await makeAccounts(browser, ['Contributor']);
  const { page, close } = await signedInPage(browser, contributor!, routes.intake());
  await pasteArticle(page, markerWord());
  await page.getByLabel('Accept quote 4', { exact: true }).check();
  await pick(page, 'Claim quote 4 answers', 'defeated', /ISIS has been defeated in Syria/);
  await page.getByRole('button', { name: 'Submit accepted quotes for review' }).click();
  await expect(page).toHaveURL(routes.submissions());
  await expect(page.getByText(/much remains to be done/).first()).toBeVisible();
  await close();
});
