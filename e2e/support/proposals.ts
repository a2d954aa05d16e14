import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

// What the proposal specs (claims, counter-statements, pickers, editing) share: a pasted source with
// a quote from it, filling in the quoted statement both forms start with, and the pickers.

/** A seeded claim that other specs do not count the counter-statements of: proposals may be published to it. */
export const PROPOSAL_CLAIM = '/claims/trump-100-percent-of-the-caliphate';

/** A source text and a quote taken from it, both unique to this call. */
export function sourceWithQuote() {
  const marker = randomUUID().slice(0, 8);
  const quote = `We have not defeated them, marker ${marker}, and the fight goes on.`;
  const sourceText = `Paris, Friday.\n\nThe minister said: \u201c${quote}\u201d\n\nHe declined to say more about marker ${marker}.`;
  return { marker, quote, sourceText };
}

/** Chooses "A new source" and fills it in with `sourceText`; `url` may be made bad on purpose. */
export async function fillNewSource(
  page: Page,
  { marker, sourceText }: { marker: string; sourceText: string },
  url = `https://example.org/news/${marker}`,
) {
  await page.getByRole('radio', { name: 'A new source' }).check();
  await page.getByLabel('Outlet', { exact: true }).fill('Example Wire');
  await page.getByLabel('Title', { exact: true }).fill(`Minister answers, ${marker}`);
  await page.getByLabel('URL').fill(url);
  await page.getByLabel('Publication date').fill('2019-01-04');
  await page.getByLabel('Source text').fill(sourceText);
}

/** A quote to propose, said by `speaker` when given, else by "Minister <marker>". */
type QuotedStatement = ReturnType<typeof sourceWithQuote> & { speaker?: string };

/** The name of the new person who said the proposal's quote. */
export const speakerOf = (proposal: QuotedStatement) => proposal.speaker ?? `Minister ${proposal.marker}`;

/** Fills who spoke (a new person), a new source and the quote; `url` may be made bad on purpose. */
export async function fillQuotedStatement(page: Page, proposal: QuotedStatement, url?: string) {
  await page.getByRole('radio', { name: 'A person not on record yet' }).check();
  await page.getByLabel('Name', { exact: true }).fill(speakerOf(proposal));
  await fillNewSource(page, proposal, url);
  await page.getByLabel('Quote, word for word').fill(proposal.quote);
}

/** Fills the counter-statement proposal form: the quoted statement, contradicting the claim. */
export async function fillProposal(page: Page, proposal: ReturnType<typeof sourceWithQuote>, url?: string) {
  await fillQuotedStatement(page, proposal, url);
  await page.getByLabel('Stance').selectOption('CONTRADICTS');
}

export async function openProposalForm(page: Page, claim = PROPOSAL_CLAIM) {
  await page.goto(claim);
  await page.getByRole('link', { name: 'Propose a counter-statement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Propose a counter-statement' })).toBeVisible();
}

/** Types `text` into the picker labelled `label` and chooses the option whose name matches `option`. */
export async function pick(page: Page, label: string, text: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).fill(text);
  await page.getByRole('listbox', { name: label }).getByRole('option', { name: option }).click();
}
