import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { env } from '../lib/env';
import { routes } from '../lib/routes';
import { makeAccounts, signedInPage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { pick } from './support/proposals';
import { markerWord } from './support/readers';

// Article intake (issue 14) in a browser. An editor pastes a seed article unchanged, on a record
// that has the ISIS claim but not that article's answers, and publishes its quotes as sourced
// counter-statements, and one as a new claim with a topic; a contributor's accepted quotes wait
// for review.

const ARTICLE = readFileSync(
  path.join(import.meta.dirname, '..', 'prisma', 'seed', 'articles', '2018-12-uk-france-dispute-syria-victory.txt'),
  'utf8',
);
const ARTICLE_TITLE = "Mission unaccomplished: UK, France dispute Trump's claim of victory in Syria";
const ISIS_CLAIM = {
  path: routes.claim('trump-we-have-defeated-isis-in-syria'),
  summary: 'ISIS has been defeated in Syria',
};

/**
 * Removes from the server's database the seeded answers this article gave (France's and the UK's
 * statements, and the counter-statements quoting them), as if they had never been recorded: the
 * ISIS claim and the article, its source (which also holds Trump's own words), stay. Withdrawing them
 * through the edit pages would not do: a passage of a source is one statement, and a statement
 * answers a claim once whatever became of it, so a withdrawn answer keeps its passage. The specs
 * that count the seed's answers run before this group (playwright.config.ts); none beside it reads
 * them. Returns how many counter-statements were removed.
 */
async function removeTheArticlesAnswers(): Promise<number> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  const answers = `SELECT s.id FROM statements s JOIN sources src ON src.id = s.source_id
                    WHERE src.archive_sha256 = $1 AND NOT EXISTS (SELECT FROM claims c WHERE c.statement_id = s.id)`;
  const sha256 = createHash('sha256').update(ARTICLE).digest('hex');
  try {
    await client.query('BEGIN');
    const removed = await client.query(`DELETE FROM rebuttals WHERE statement_id IN (${answers})`, [sha256]);
    await client.query(`DELETE FROM statements WHERE id IN (${answers})`, [sha256]);
    await client.query('COMMIT');
    return removed.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

async function pasteArticle(page: Page, text: string, fields: { title?: string; url?: string } = {}) {
  await page.goto(routes.intake());
  await expect(page.getByRole('heading', { level: 1, name: 'Read an article' })).toBeVisible();
  await page.getByLabel('Article text').fill(text);
  if (fields.title) await page.getByLabel('Title (optional)').fill(fields.title);
  if (fields.url) await page.getByLabel('URL (optional)').fill(fields.url);
  await page.getByLabel('Publication date (optional)').fill('2018-12-20');
  await page.getByRole('button', { name: 'Find quotes' }).click();
  await expect(page.getByRole('group', { name: 'Quote 1', exact: true })).toBeVisible();
}

/** The candidate quote whose words include `words`. */
const candidate = (page: Page, words: string) =>
  page
    .getByRole('group', { name: /^Quote \d+$/ })
    .filter({ has: page.getByRole('blockquote').filter({ hasText: words }) });

test('an editor pastes an article whose answers are not on record and publishes them as sourced counter-statements, and a quote as a new claim', async ({
  browser,
}) => {
  test.skip(!env.DATABASE_URL, 'needs PostgreSQL: the embedded database admits one process, the server');
  test.slow(); // an editor's sign-in (argon2id), the article read four times and an axe scan
  expect(await removeTheArticlesAnswers()).toBeGreaterThan(0);
  const [editor] = await makeAccounts(browser, ['Editor']);
  const { page, close } = await signedInPage(browser, editor!, routes.intake());
  const marker = markerWord();

  // Bad input: no text. The error says so, and what was typed stays.
  await page.getByLabel('Outlet (optional)').fill('BBC News');
  await page.getByRole('button', { name: 'Find quotes' }).click();
  await expect(page.getByText('Enter the article text.').first()).toBeVisible();
  await expect(page.getByLabel('Outlet (optional)')).toHaveValue('BBC News');

  // The article as published: its text is the seed's source, on record, whose quotes answer nothing yet.
  await pasteArticle(page, ARTICLE);
  await expect(page.getByText(`This text is on record already (${ARTICLE_TITLE})`)).toBeVisible();
  const weakened = candidate(page, 'Islamic State has been weakened more than ever');
  await expect(weakened.getByRole('blockquote')).toHaveText(/Islamic State has been weakened more than ever/);
  await expectNoAxeViolations(page);

  // Nothing accepted: refused, and the list stays.
  await page.getByRole('button', { name: 'Publish accepted quotes' }).click();
  await expect(page.getByText('Accept at least one quote')).toBeVisible();

  // Each quote is matched to its speaker on record and to the ISIS claim by its words.
  const answers = [
    { words: 'Islamic State has been weakened more than ever', speaker: 'Florence Parly', stance: 'QUALIFIES' },
    { words: 'has not been wiped from the map', speaker: 'Florence Parly', stance: 'CONTRADICTS' },
    { words: 'much remains to be done', speaker: 'UK Government', stance: 'DISPUTES' },
  ] as const;
  for (const { words, stance } of answers) {
    const quote = candidate(page, words);
    await quote.getByLabel(/^Accept quote \d+$/).check();
    await expect(quote.getByRole('combobox', { name: /^Claim quote \d+ answers$/ })).toHaveValue(
      new RegExp(ISIS_CLAIM.summary),
    );
    await quote.getByLabel(/^Stance of quote \d+$/).selectOption(stance);
    await quote.getByLabel("Editor's note (optional)").fill(`Read from the article (${marker}).`);
  }
  await expect(weakened.getByRole('combobox', { name: 'Person' })).toHaveValue(/Florence Parly/);
  await expect(candidate(page, 'much remains to be done').getByRole('combobox', { name: 'Organization' })).toHaveValue(
    /UK Government/,
  );
  await page.getByRole('button', { name: 'Publish accepted quotes' }).click();

  // Published on the claim's page, each with its speaker, the editor's note and the article as its source.
  await expect(page).toHaveURL(ISIS_CLAIM.path);
  for (const { words, speaker, stance } of answers) {
    const answer = page
      .getByRole('article', { name: `${speaker}: ${stance.toLowerCase()}` })
      .filter({ hasText: words });
    await expect(answer).toBeVisible();
    await expect(answer.getByText(`Read from the article (${marker}).`)).toBeVisible();
    await expect(answer.getByText(ARTICLE_TITLE)).toBeVisible();
  }

  // A quote of the same article accepted as a new claim, filed under a topic.
  await pasteArticle(page, ARTICLE);
  const afraid = candidate(page, 'we have every right to be afraid');
  await afraid.getByLabel(/^Accept quote \d+$/).check();
  await expect(afraid.getByLabel('Name', { exact: true })).toHaveValue('Arin Sheikmos');
  await afraid.getByLabel('A new claim').check();
  const summary = `Kurds in northern Syria have every right to be afraid (${marker})`;
  await afraid.getByLabel(/^Summary of the claim in quote \d+$/).fill(summary);
  await afraid.getByLabel(/^Verdict explanation for quote \d+$/).fill('An opinion, recorded as said.');
  await afraid
    .getByRole('group', { name: /^Topics of the claim in quote \d+$/ })
    .getByLabel('Syria', { exact: true })
    .check();
  await page.getByRole('button', { name: 'Publish accepted quotes' }).click();

  await expect(page.getByRole('heading', { level: 1, name: summary })).toBeVisible();
  const claim = page.getByRole('main');
  await expect(claim.getByText('we have every right to be afraid').first()).toBeVisible();
  await expect(claim.getByText('Arin Sheikmos').first()).toBeVisible();
  await expect(claim.getByText(ARTICLE_TITLE).first()).toBeVisible();
  await expect(claim.getByRole('link', { name: 'Syria', exact: true })).toBeVisible();
  await close();
});

test('an editor publishes a quote by an organization not on record, added from the words the article gives it', async ({
  browser,
}) => {
  test.slow(); // an editor's sign-in (argon2id) and an article read twice
  const [editor] = await makeAccounts(browser, ['Editor']);
  const { page, close } = await signedInPage(browser, editor!, routes.intake());
  const marker = markerWord();
  // A proper name, as an organization's is written.
  const agency = `${marker.charAt(0).toUpperCase()}${marker.slice(1)} Border Agency`;
  await pasteArticle(
    page,
    `"The crossings in the north stay closed to every convoy until the spring," a ${agency} spokesperson said on Wednesday.`,
  );
  const quote = candidate(page, 'The crossings in the north stay closed');
  await quote.getByLabel(/^Accept quote \d+$/).check();
  await expect(
    quote.getByRole('radio', { name: 'An organization not on record yet, speaking for itself' }),
  ).toBeChecked();
  await expect(quote.getByLabel('Name of the organization')).toHaveValue(agency);
  await quote.getByLabel('A new claim').check();
  const summary = `The northern crossings stay closed until spring (${marker})`;
  await quote.getByLabel(/^Summary of the claim in quote \d+$/).fill(summary);
  await quote.getByLabel(/^Verdict explanation for quote \d+$/).fill('To be checked.');

  // Its kind is required: refused next to the field, with what was typed kept.
  await page.getByRole('button', { name: 'Publish accepted quotes' }).click();
  await expect(quote.getByText('Choose what kind of organization it is.')).toBeVisible();
  await expect(quote.getByLabel(/^Summary of the claim in quote \d+$/)).toHaveValue(summary);
  await quote.getByLabel('Kind of organization').selectOption('GOVERNMENT');
  await quote.getByLabel('Country of the organization').selectOption({ label: 'Norway' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Publish accepted quotes' }).click();

  await expect(page.getByRole('heading', { level: 1, name: summary })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: agency }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: agency })).toBeVisible();
  await close();
});

test("a contributor's accepted quotes land in the review queue, not on the claim page", async ({ browser }) => {
  test.slow(); // two sign-ins (argon2id) and an article read on a shared machine
  const [contributor] = await makeAccounts(browser, ['Contributor']);
  const { page, close } = await signedInPage(browser, contributor!, routes.intake());
  const marker = markerWord();
  // A copy of the article with a line of its own: a new source, whose quotes are new statements.
  await pasteArticle(page, `Copy ${marker} for a test.\n\n${ARTICLE}`, {
    title: `UK and France dispute Syria victory (${marker})`,
    url: `https://example.test/${marker}`,
  });
  await page.getByLabel('Accept quote 4', { exact: true }).check();
  // An organization has no review step: a contributor may not add one.
  const much = page.getByRole('group', { name: 'Quote 4', exact: true });
  await expect(much.getByRole('radio', { name: 'An organization speaking for itself' })).toBeVisible();
  await expect(much.getByRole('radio', { name: /not on record yet, speaking for itself/ })).toHaveCount(0);
  await pick(page, 'Claim quote 4 answers', 'defeated', /ISIS has been defeated in Syria/);
  await page.getByRole('button', { name: 'Submit accepted quotes for review' }).click();
  await expect(page).toHaveURL(routes.submissions());
  await expect(page.getByText(/much remains to be done/).first()).toBeVisible();
  await close();
});

test('an editor accepts a quote of a claim on record, said again by its speaker, as a repetition of it: the claim is said 2 times', async ({
  browser,
}) => {
  test.slow(); // an editor's sign-in (argon2id), an article read and two axe scans
  const claim = {
    path: routes.claim('erdogan-solidarity-contributes-to-regional-security'),
    words: 'our solidarity makes a weighty contribution to the security of the region',
  };
  const [editor] = await makeAccounts(browser, ['Editor']);
  const { page, close } = await signedInPage(browser, editor!, routes.intake());
  // An article of this test's own that quotes the seeded claim's words again, by its speaker.
  await pasteArticle(
    page,
    `Talks in Ankara (${markerWord()}).\n\n"${claim.words}," Recep Tayyip Erdoğan told reporters after the talks.`,
  );
  const quote = candidate(page, claim.words);
  await expect(quote.getByText(/said again in this article\. It is proposed as a repetition of it\./)).toBeVisible();
  await quote.getByLabel(/^Accept quote \d+$/).check();
  await expect(quote.getByRole('radio', { name: 'A repetition of a claim on record' })).toBeChecked();
  await expect(quote.getByRole('combobox', { name: /^Claim quote \d+ repeats$/ })).toHaveValue(/solidarity/i);
  await expect(quote.getByRole('combobox', { name: 'Person' })).toHaveValue(/Erdoğan/);
  // Nothing of an answer is asked of a repetition.
  await expect(quote.getByLabel(/^Stance of quote \d+$/)).toBeHidden();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 412, height: 915 });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Publish accepted quotes' }).click();

  await expect(page).toHaveURL(claim.path);
  await expect(page.getByText(/^Said 2 times/).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Said again' }).getByText(claim.words)).toBeVisible();
  await close();
});
