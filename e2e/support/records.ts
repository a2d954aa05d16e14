import { expect, type Page } from '@playwright/test';
import { claimSlug, slugify } from '../../lib/domain/slug';
import { routes } from '../../lib/routes';
import { fillNewSource, fillQuotedStatement, pick, sourceWithQuote, speakerOf } from './proposals';
import { markerWord } from './readers';

// Records a spec makes for itself through the editors' forms, so that it edits and counts nothing
// another spec relies on: a claim an editor publishes at once, and counter-statements to it.

/** A seeded topic that the claims made here are filed under. */
export const TOPIC = { name: 'Russia\u2013Turkey relations', slug: 'russia-turkey-relations' };

/** Yesterday (UTC): a claim said then heads the lists sorted newest first, whatever the seed's dates. */
const yesterday = () => new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);

/**
 * Fills "Propose a claim" with a claim by a new claimant (named `claimant`, else "Minister <marker>")
 * quoted from a new source; the caller submits.
 * `word`, in its summary, is a search term that finds it alone; `path` is where it will be published.
 */
export async function fillClaim(page: Page, options: { claimant?: string } = {}) {
  const proposal = { ...sourceWithQuote(), speaker: options.claimant };
  const claimant = speakerOf(proposal);
  const word = markerWord();
  const summary = `The war is won, says ${word}`;
  await page.goto(routes.newClaim());
  await fillQuotedStatement(page, proposal);
  await page.getByLabel('Date it was said (optional)').fill(yesterday());
  await page.getByLabel('Summary', { exact: true }).fill(summary);
  await page.getByLabel('Verdict', { exact: true }).selectOption('FALSE');
  await page.getByLabel('Verdict explanation').fill(`The fighting went on, marker ${proposal.marker}.`);
  await page.getByRole('checkbox', { name: TOPIC.name, exact: true }).check();
  const slug = claimSlug(claimant, summary);
  return { ...proposal, word, slug, path: routes.claim(slug), summary, claimant, claimantSlug: slugify(claimant) };
}

/** An editor's own claim (fillClaim), published at once; the page is left on it. */
export async function publishClaim(page: Page, options: { claimant?: string } = {}) {
  const claim = await fillClaim(page, options);
  await page.getByRole('button', { name: 'Publish claim' }).click();
  await expect(page).toHaveURL(claim.path);
  await expect(page.getByRole('heading', { level: 1, name: claim.summary })).toBeVisible();
  return claim;
}

export type CounterStatementInput = {
  /** A person not on record yet. */
  speaker: string;
  /** Their role, in an organization on record found by typing `organization` and chosen by `option`. */
  role?: { title: string; organization: string; option: string | RegExp };
  quote: string;
  /** The new source's text, holding the quote; its title and URL carry `marker`. */
  sourceText: string;
  marker: string;
};

/** Fills the counter-statement form of the claim `claimSlug`, contradicting it; the caller submits. */
export async function fillCounterStatement(page: Page, claimSlug: string, input: CounterStatementInput) {
  await page.goto(routes.newCounterStatement(claimSlug));
  await page.getByRole('radio', { name: 'A person not on record yet' }).check();
  await page.getByLabel('Name', { exact: true }).fill(input.speaker);
  if (input.role) {
    await page.getByLabel('Title of the role (optional)').fill(input.role.title);
    await pick(page, 'Organization of the role (optional)', input.role.organization, input.role.option);
  }
  await fillNewSource(page, input);
  await page.getByLabel('Quote, word for word').fill(input.quote);
  await page.getByLabel('Stance').selectOption('CONTRADICTS');
}

/** An editor's counter-statement, published at once; answers its id. */
export async function publishCounterStatement(page: Page, claimSlug: string, input: CounterStatementInput) {
  await fillCounterStatement(page, claimSlug, input);
  await page.getByRole('button', { name: 'Publish counter-statement' }).click();
  await expect(page).toHaveURL(/#rebuttal-[0-9a-f-]{36}$/);
  return new URL(page.url()).hash.slice('#rebuttal-'.length);
}
