import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { adminOnUsersPage, createAccount, newAccount, type Account } from './accounts';

// What the proposal specs (counter-statements, claims) share: accounts made by the admin, a pasted
// source with a quote from it, and filling in the quoted statement both forms start with.

/** Accounts made by the admin through /admin/users, as a real site gets them. */
export async function makeAccounts(browser: Parameters<typeof adminOnUsersPage>[0], roles: Account['role'][]) {
  const adminBrowser = await adminOnUsersPage(browser);
  const accounts = roles.map((role) => newAccount(role));
  for (const account of accounts) await createAccount(adminBrowser.page, account);
  await adminBrowser.close();
  return accounts;
}

/** A source text and a quote taken from it, both unique to this call. */
export function sourceWithQuote() {
  const marker = randomUUID().slice(0, 8);
  const quote = `We have not defeated them, marker ${marker}, and the fight goes on.`;
  const sourceText = `Paris, Friday.\n\nThe minister said: \u201c${quote}\u201d\n\nHe declined to say more about marker ${marker}.`;
  return { marker, quote, sourceText };
}

/** Fills who spoke (a new person), the source and the quote; `url` may be made bad on purpose. */
export async function fillQuotedStatement(page: Page, { marker, quote, sourceText }: ReturnType<typeof sourceWithQuote>, url = `https://example.org/news/${marker}`) {
  await page.getByRole('radio', { name: 'A person not on record yet' }).check();
  await page.getByLabel('Name', { exact: true }).fill(`Minister ${marker}`);
  await page.getByLabel('Outlet').fill('Example Wire');
  await page.getByLabel('Title', { exact: true }).fill(`Minister answers, ${marker}`);
  await page.getByLabel('URL').fill(url);
  await page.getByLabel('Publication date').fill('2019-01-04');
  await page.getByLabel('Source text').fill(sourceText);
  await page.getByLabel('Quote, word for word').fill(quote);
}
