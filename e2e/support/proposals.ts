import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

// The counter-statement proposal form, for the specs that propose through it.

/** A seeded claim that other specs do not count the counter-statements of: proposals may be published to it. */
export const PROPOSAL_CLAIM = '/claims/trump-100-percent-of-the-caliphate';

/** A source text and a quote taken from it, both unique to this call. */
export function sourceWithQuote() {
  const marker = randomUUID().slice(0, 8);
  const quote = `We have not defeated them, marker ${marker}, and the fight goes on.`;
  const sourceText = `Paris, Friday.\n\nThe minister said: \u201c${quote}\u201d\n\nHe declined to say more about marker ${marker}.`;
  return { marker, quote, sourceText };
}

export async function openProposalForm(page: Page, claim = PROPOSAL_CLAIM) {
  await page.goto(claim);
  await page.getByRole('link', { name: 'Propose a counter-statement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Propose a counter-statement' })).toBeVisible();
}

/** Chooses "A new source" and fills it in with `sourceText`; `url` may be made bad on purpose. */
export async function fillNewSource(page: Page, { marker, sourceText }: { marker: string; sourceText: string }, url = `https://example.org/news/${marker}`) {
  await page.getByRole('radio', { name: 'A new source' }).check();
  await page.getByLabel('Outlet').fill('Example Wire');
  await page.getByLabel('Title', { exact: true }).fill(`Minister answers, ${marker}`);
  await page.getByLabel('URL').fill(url);
  await page.getByLabel('Publication date').fill('2019-01-04');
  await page.getByLabel('Source text').fill(sourceText);
}

/** Types `text` into the picker labelled `label` and chooses the option whose name matches `option`. */
export async function pick(page: Page, label: string, text: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).fill(text);
  await page.getByRole('listbox', { name: label }).getByRole('option', { name: option }).click();
}
