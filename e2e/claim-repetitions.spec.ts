import { randomUUID } from 'node:crypto';
import { devices, expect, test, type Page } from '@playwright/test';
import { routes } from '../lib/routes';
import { makeAccounts, signedInPage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { fillNewSource, pick, sourceWithQuote } from './support/proposals';

// An editor records that a seeded claim was said again, quoted from a new source; a signed-out
// reader then sees how often and over what span it was made, and the repetition linked to its
// source, on a desktop and on a phone. The claim is one no other spec counts repetitions of; the
// quote is this spec's own (the articles hold no repetition of a seeded claim, so the seed has none).

const CLAIM = { slug: 'earnest-us-pulling-more-than-its-weight', summary: /pulling more than its weight/ };
const SAID_TWICE = 'Said 2 times, 23 November 2015 to 12 January 2016';

const repetitions = (page: Page) => page.getByRole('region', { name: 'Said again' });

test('an editor records a repetition with its source, and a reader sees it counted and linked, on a page that passes axe', async ({
  browser,
  page,
}) => {
  test.slow(); // a sign-in (argon2id), a server action and three axe scans, on a shared machine
  const [editorAccount] = await makeAccounts(browser, ['Editor']);
  const editor = await signedInPage(browser, editorAccount!, routes.claim(CLAIM.slug));
  await editor.page.getByRole('link', { name: 'Record a repetition' }).click();
  await expect(editor.page.getByRole('heading', { level: 1, name: 'Record a repetition' })).toBeVisible();

  const source = sourceWithQuote();
  await editor.page.getByRole('radio', { name: 'A person on record' }).check();
  await pick(editor.page, 'Person', 'Earnest', /Josh Earnest/);
  await fillNewSource(editor.page, source);
  // A quote the source does not hold is refused next to its field, and nothing typed is lost.
  const misquote = `${source.quote} Really.`;
  await editor.page.getByLabel('Quote, word for word').fill(misquote);
  await editor.page.getByLabel('Date it was said (optional)').fill('2016-01-12');
  await editor.page.getByRole('button', { name: 'Publish repetition' }).click();
  await expect(editor.page.getByLabel(/^Reason to save a quote not found verbatim/)).toHaveAccessibleDescription(
    /not found verbatim in the source text: say why/,
  );
  await expect(editor.page.getByLabel('Quote, word for word')).toHaveValue(misquote);
  await expect(editor.page.getByLabel('Source text')).toHaveValue(source.sourceText);
  await expect(editor.page.getByLabel('Date it was said (optional)')).toHaveValue('2016-01-12');
  await expectNoAxeViolations(editor.page);

  await editor.page.getByLabel('Quote, word for word').fill(source.quote);
  await editor.page.getByRole('button', { name: 'Publish repetition' }).click();
  await expect(editor.page).toHaveURL(new RegExp(`${routes.claim(CLAIM.slug)}#appearance-[0-9a-f-]{36}$`));
  await editor.close();

  // A signed-out reader: the count and span under the claim, and the repetition with its source.
  await page.goto(routes.claim(CLAIM.slug));
  await expect(page.getByText(SAID_TWICE).first()).toBeVisible();
  const section = repetitions(page);
  await expect(section.getByText(source.quote)).toBeVisible();
  await expect(section.getByText('Josh Earnest')).toBeVisible();
  await expect(section.getByRole('link', { name: 'original' })).toHaveAttribute(
    'href',
    `https://example.org/news/${source.marker}`,
  );
  const archived = section.getByRole('link', { name: 'archived text' });
  await expect(archived).toHaveAttribute('href', /^\/sources\/[0-9a-f-]{36}#quote-[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);
  // The archived source is public now: the quote is marked in it.
  await archived.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Minister answers, ${source.marker}`);

  // The claim's card in the list says so too.
  await page.goto(routes.claims({ topic: 'anti-is-coalition' }));
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: CLAIM.summary }) });
  await expect(card.getByText(SAID_TWICE)).toBeVisible();

  // The speaker's scorecard counts it, and their claim's card says it.
  await page.goto(routes.person('josh-earnest'));
  await expect(page.getByText('Said a claim on record again 1 time')).toBeVisible();
  await expect(page.getByRole('article').getByText(SAID_TWICE)).toBeVisible();
  await expectNoAxeViolations(page);

  // And on a phone, the section reads in one column with nothing for axe to object to.
  const { defaultBrowserType: _browserType, ...phone } = devices['Pixel 7'];
  const phoneContext = await browser.newContext(phone);
  const phonePage = await phoneContext.newPage();
  await phonePage.goto(routes.claim(CLAIM.slug));
  await expect(repetitions(phonePage).getByText(source.quote)).toBeVisible();
  await expectNoAxeViolations(phonePage);
  await phoneContext.close();
});

test('the claim proposal form shows a claim on record that looks the same, and the quote is recorded as its repetition', async ({
  browser,
}) => {
  test.slow(); // a sign-in (argon2id) and two axe scans, on a shared machine
  const [editorAccount] = await makeAccounts(browser, ['Editor']);
  const editor = await signedInPage(browser, editorAccount!, routes.newClaim());
  const quote = 'We are pulling more than our weight';
  await editor.page.getByLabel('Quote, word for word').fill(quote);
  const similar = editor.page.getByRole('region', { name: 'Claims on record that look the same' });
  const match = similar.getByRole('listitem').filter({ hasText: CLAIM.summary });
  await expect(match).toBeVisible();
  await expectNoAxeViolations(editor.page);

  await match.getByRole('link', { name: 'Record this quote as a repetition of it' }).click();
  await expect(editor.page.getByRole('heading', { level: 1, name: 'Record a repetition' })).toBeVisible();
  await expect(editor.page.getByRole('link', { name: CLAIM.summary })).toHaveAttribute(
    'href',
    routes.claim(CLAIM.slug),
  );
  await expect(editor.page.getByLabel('Quote, word for word')).toHaveValue(quote);
  await expectNoAxeViolations(editor.page);

  // The editor names the speaker and the source the quote was found in, and records it.
  const marker = randomUUID().slice(0, 8);
  const source = { marker, sourceText: `Washington, ${marker}.\n\nJosh Earnest told reporters: \u201c${quote}.\u201d` };
  await editor.page.getByRole('radio', { name: 'A person on record' }).check();
  await pick(editor.page, 'Person', 'Earnest', /Josh Earnest/);
  await fillNewSource(editor.page, source);
  await editor.page.getByRole('button', { name: 'Publish repetition' }).click();
  await expect(editor.page).toHaveURL(new RegExp(`${routes.claim(CLAIM.slug)}#appearance-[0-9a-f-]{36}$`));
  await expect(
    repetitions(editor.page)
      .getByRole('link', { name: 'original' })
      .and(editor.page.locator(`[href="https://example.org/news/${marker}"]`)),
  ).toBeVisible();
  await editor.close();
});
