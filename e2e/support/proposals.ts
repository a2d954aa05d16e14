import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

// What the proposal specs (claims, counter-statements, editing) share: a pasted source with a quote
// from it, filling in the quoted statement both forms start with, and proposing a counter-statement.

// A seeded claim that other specs do not count the counter-statements of: these tests publish some.
export const CLAIM = '/claims/trump-100-percent-of-the-caliphate';

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

/** Fills the counter-statement proposal form: the quoted statement, contradicting the claim. */
export async function fillProposal(page: Page, proposal: ReturnType<typeof sourceWithQuote>, url?: string) {
  await fillQuotedStatement(page, proposal, url);
  await page.getByLabel('Stance').selectOption('CONTRADICTS');
}

export async function openProposalForm(page: Page) {
  await page.goto(CLAIM);
  await page.getByRole('link', { name: 'Propose a counter-statement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Propose a counter-statement' })).toBeVisible();
}
