import { expect, test, type Page } from '@playwright/test';
import { env } from '../lib/env';
import { slugify } from '../lib/domain/slug';
import { routes } from '../lib/routes';
import { makeAccounts, signedInPage, type Account } from './support/accounts';
import { markerWord, openReader, type ReaderCheck } from './support/readers';
import { TOPIC, fillClaim, fillCounterStatement, publishClaim, publishCounterStatement } from './support/records';

// Public pages, feeds, the API, embeds and oEmbed are served from Next.js's cache (lib/cache/). Each
// test walks one kind of public write: a reader (no cookie) first requests every response that shows
// what the write changes, so that a stale cache entry exists to be caught; an editor then makes the
// write through the app's own forms; and the reader's next request of each must show it, the first
// within a second of the save's confirmation (issue 12). Each test makes the records it changes.

/** The card of the claim summarized `summary` in a list. */
const cardOf = (summary: string) => (page: Page) => page.getByRole('article').filter({ hasText: summary });

/** A quote with its marker, and a source text holding it. */
function quoted(marker: string, extra = '') {
  const quote = `Nothing of the kind happened, marker ${marker}.`;
  return {
    quote,
    marker,
    sourceText: `Geneva.\n\nThe envoy said: \u201c${quote}\u201d${extra}\n\nEnd of marker ${marker}.`,
  };
}

const inFrance = { title: 'Special Envoy', organization: 'france', option: /Government of France/ };

// Who answered whom shows the 20 claimants answered most, ties in name order. This file runs after
// the other specs (playwright.config.ts), which leave dozens of claimants answered once: the
// claimants whose row a test watches there are named to come first among those.
const claimantShownInWhoAnsweredWhom = () => `Aaron ${markerWord()}`;

// The accounts that make the writes, one of each role for the whole file: what is timed here is the
// write, not who makes it, and each test still signs in afresh and makes its own records.
let editorAccount: Account;
let contributorAccount: Account;
test.beforeAll(async ({ browser }) => {
  [editorAccount, contributorAccount] = (await makeAccounts(browser, ['Editor', 'Contributor'])) as [Account, Account];
});

test('a claim corrected: its page, lists, search, feed, API, embed, oEmbed, claimant, topic, history and the corrections log', async ({
  browser,
  request,
}) => {
  test.slow(); // a sign-in (argon2id) and two dozen requests on a shared machine
  const editor = await signedInPage(browser, editorAccount, routes.newClaim());
  const claim = await publishClaim(editor.page);
  const word = markerWord();
  const summary = `The war is over, says ${word}`;
  const note = `Re-rated on new reporting, ${markerWord()}.`;
  const today = new Date().toISOString().slice(0, 10);
  const readers: ReaderCheck[] = [
    { path: claim.path, shows: [summary, note], hides: claim.summary },
    { path: routes.claims(), shows: summary, hides: claim.summary },
    { path: routes.claims({ q: word }), shows: summary },
    { path: `/api/v1/claims/${claim.slug}`, shows: [summary, '"verdict":"mixed"'], hides: '"verdict":"false"' },
    { path: '/api/v1/claims', shows: summary, hides: claim.summary },
    { path: '/feed.xml', shows: summary, hides: claim.summary },
    { path: routes.claimEmbed(claim.slug), shows: summary, hides: claim.summary },
    { path: routes.oembed(`${env.SITE_URL}${claim.path}`), shows: summary, hides: claim.summary },
    { path: routes.person(claim.claimantSlug), shows: summary, hides: claim.summary },
    { path: routes.topic(TOPIC.slug), shows: summary, hides: claim.summary },
    { path: routes.claimHistory(claim.slug), shows: summary },
    { path: routes.corrections(), shows: note },
    // The record as of today: a page of its own, cached under the claim's tag.
    { path: routes.claimAsOf(claim.slug, today), shows: [summary, note], hides: claim.summary },
    { path: `/api/v1/claims/${claim.slug}?asOf=${today}`, shows: '"verdict":"mixed"', hides: '"verdict":"false"' },
  ];
  const reader = await openReader(browser, request);
  await reader.expectBefore(readers);

  await editor.page.goto(routes.claimEdit(claim.slug));
  const form = editor.page.getByRole('form', { name: 'Edit the claim' });
  await form.getByLabel('Summary', { exact: true }).fill(summary);
  await form.getByLabel('Verdict', { exact: true }).selectOption({ label: 'Mixed' });
  await form.getByLabel('Reason', { exact: true }).fill('New reporting.');
  await form.getByLabel('Correction note').fill(note);
  // The route handlers' answers, requested until the save lands and checked first after it: a copy
  // kept a moment before the save (lib/cache/micro-cache.ts) would still be young enough to serve.
  const crowded = new Set([`/api/v1/claims/${claim.slug}`, '/feed.xml', routes.claimEmbed(claim.slug)]);
  await reader.whileRequesting([...crowded], async () => {
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form.getByText(/^Saved as version \d+\.$/)).toBeVisible();
  });
  const savedAt = Date.now();
  await reader.expectAfter(
    readers.filter(({ path }) => crowded.has(path)),
    savedAt,
  );
  await reader.expectAfter(
    readers.filter(({ path }) => !crowded.has(path)),
    savedAt,
  );
  await Promise.all([reader.close(), editor.close()]);
});

test("a counter-statement's quote corrected: the claim page, the source's highlight, the speaker's page, feeds and the API", async ({
  browser,
  request,
}) => {
  test.slow();
  const editor = await signedInPage(browser, editorAccount, routes.newClaim());
  const claim = await publishClaim(editor.page);
  const marker = markerWord();
  const corrected = `We will win it by spring, marker ${markerWord()}.`;
  const speaker = `Envoy ${marker}`;
  const answer = quoted(marker, `\n\nLater the envoy added: \u201c${corrected}\u201d`);
  const counterStatementId = await publishCounterStatement(editor.page, claim.slug, { speaker, ...answer });
  const sourceHref = await editor.page
    .getByRole('article', { name: `${speaker}: contradicts` })
    .getByRole('link', { name: 'archived text' })
    .getAttribute('href');
  const sourcePath = new URL(sourceHref!, 'http://localhost').pathname;
  const note = `The quote was the wrong sentence, ${markerWord()}.`;
  const readers: ReaderCheck[] = [
    { path: claim.path, shows: [corrected, note], hides: answer.quote },
    // The archived text holds both sentences: the highlight says which one is quoted.
    {
      path: sourcePath,
      shows: corrected,
      hides: answer.quote,
      within: (page) => page.getByRole('main').locator('mark'),
    },
    { path: routes.person(slugify(speaker)), shows: corrected, hides: answer.quote },
    { path: `/api/v1/claims/${claim.slug}`, shows: corrected, hides: answer.quote },
    { path: '/feed.xml', shows: corrected, hides: answer.quote },
    { path: '/feed.json', shows: corrected, hides: answer.quote },
    { path: routes.corrections(), shows: note },
  ];
  const reader = await openReader(browser, request);
  await reader.expectBefore(readers);

  await editor.page.goto(routes.counterStatementEdit(claim.slug, counterStatementId));
  await editor.page.getByRole('link', { name: 'Edit the quote itself' }).click();
  const form = editor.page.getByRole('form', { name: 'Edit the quote' });
  await form.getByLabel('Quote, word for word').fill(corrected);
  await form.getByLabel('Correction note').fill(note);
  await form.getByRole('button', { name: 'Save the quote' }).click();
  await expect(form.getByText('Saved as version 2.')).toBeVisible();
  await reader.expectAfter(readers, Date.now());
  await Promise.all([reader.close(), editor.close()]);
});

test('a counter-statement re-stanced, then withdrawn: the claim page and its count, the list card, who answered whom, feeds and the API', async ({
  browser,
  request,
}) => {
  test.slow();
  const editor = await signedInPage(browser, editorAccount, routes.newClaim());
  const claim = await publishClaim(editor.page, { claimant: claimantShownInWhoAnsweredWhom() });
  const marker = markerWord();
  const speaker = `Envoy ${marker}`;
  const counterStatementId = await publishCounterStatement(editor.page, claim.slug, {
    speaker,
    role: inFrance,
    ...quoted(marker),
  });
  const apiClaim = `/api/v1/claims/${claim.slug}`;
  const editorsNote = `He concedes ground was taken, ${markerWord()}.`;
  const restanced: ReaderCheck[] = [
    { path: claim.path, shows: editorsNote },
    { path: apiClaim, shows: ['"stance":"qualifies"', editorsNote], hides: '"stance":"contradicts"' },
  ];
  const reader = await openReader(browser, request);
  await reader.expectBefore(restanced);
  await editor.page.goto(routes.counterStatementEdit(claim.slug, counterStatementId));
  const form = editor.page.getByRole('form', { name: 'How it answers the claim' });
  await form.getByLabel('Stance').selectOption('QUALIFIES');
  await form.getByLabel("Editor's note (optional)").fill(editorsNote);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Saved as version 2.')).toBeVisible();
  await reader.expectAfter(restanced, Date.now());

  const none = 'No counter-statements yet';
  const withdrawn: ReaderCheck[] = [
    // Its answer is gone; the correction saying so names the speaker.
    { path: claim.path, shows: [none, `Counter-statement withdrawn: ${speaker}`], hides: '1 counter-statement' },
    { path: routes.claims(), shows: none, hides: '1 counter-statement', within: cardOf(claim.summary) },
    { path: routes.whoAnsweredWhom(), hides: `1 from France to ${claim.claimant}` },
    { path: `/api/v1/claims?person=${claim.claimantSlug}`, shows: '"rebuttalCount":0', hides: '"rebuttalCount":1' },
    { path: apiClaim, hides: speaker },
    { path: '/feed.xml', hides: speaker },
  ];
  await reader.expectBefore(withdrawn);
  await editor.page.goto(routes.counterStatementEdit(claim.slug, counterStatementId));
  const withdraw = editor.page.getByRole('form', { name: 'Withdraw the counter-statement' });
  await withdraw.getByLabel('Reason', { exact: true }).fill(`Misattributed (${marker}).`);
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(editor.page).toHaveURL(claim.path);
  await reader.expectAfter(withdrawn, Date.now());
  await Promise.all([reader.close(), editor.close()]);
});

test('a person renamed, with a new slug: the claim page, their page at both addresses, /people, lists, feeds and the API', async ({
  browser,
  request,
}) => {
  test.slow();
  const editor = await signedInPage(browser, editorAccount, routes.newClaim());
  const claim = await publishClaim(editor.page);
  const name = `Minister ${markerWord()}`;
  const slug = slugify(name);
  const readers: ReaderCheck[] = [
    { path: claim.path, shows: name, hides: claim.claimant },
    { path: routes.person(slug), shows: name, status: [404, 200] },
    // Person slugs keep no redirect: the old address no longer names anyone.
    { path: routes.person(claim.claimantSlug), hides: claim.claimant, status: [200, 404] },
    { path: routes.people(), shows: name, hides: claim.claimant },
    { path: routes.claims(), shows: name, hides: claim.claimant },
    { path: `/api/v1/people/${slug}`, shows: name, status: [404, 200] },
    { path: `/api/v1/people/${claim.claimantSlug}`, hides: claim.claimant, status: [200, 404] },
    { path: `/api/v1/claims/${claim.slug}`, shows: name, hides: claim.claimant },
    { path: '/feed.xml', shows: name, hides: claim.claimant },
    { path: `${routes.person(slug)}/feed.xml`, shows: name, status: [404, 200] },
  ];
  const reader = await openReader(browser, request);
  await reader.expectBefore(readers);

  await editor.page.goto(routes.personEdit(claim.claimantSlug));
  const form = editor.page.getByRole('form', { name: 'Edit the person' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Slug').fill(slug);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor.page).toHaveURL(routes.personEdit(slug));
  await reader.expectAfter(readers, Date.now());
  await Promise.all([reader.close(), editor.close()]);
});

test("an organization renamed and moved to another country: the claim page's group, its page, /organizations, who answered whom, both country pages and the API", async ({
  browser,
  request,
}) => {
  test.slow();
  const editor = await signedInPage(browser, editorAccount, routes.newOrganization());
  const before = `Ministry of Answers ${markerWord()}`;
  const after = `Ministry of Replies ${markerWord()}`;
  const slug = slugify(before);
  const created = editor.page.getByRole('form', { name: 'Add an organization' });
  await created.getByLabel('Name').fill(before);
  await created.getByLabel('Kind').selectOption({ label: 'Government' });
  await created.getByLabel('Country').selectOption({ label: 'Iceland' });
  await created.getByRole('button', { name: 'Add organization' }).click();
  await expect(editor.page).toHaveURL(routes.organizationEdit(slug));
  const claim = await publishClaim(editor.page, { claimant: claimantShownInWhoAnsweredWhom() });
  const marker = markerWord();
  await publishCounterStatement(editor.page, claim.slug, {
    speaker: `Envoy ${marker}`,
    role: { title: 'Special Envoy', organization: before, option: new RegExp(before) },
    ...quoted(marker),
  });
  const readers: ReaderCheck[] = [
    { path: claim.path, shows: [after, 'Portugal'], hides: [before, 'Iceland'] },
    { path: routes.organization(slug), shows: [after, 'Portugal'], hides: [before, 'Iceland'] },
    { path: routes.organizations(), shows: after, hides: before },
    {
      path: routes.whoAnsweredWhom(),
      shows: `1 from Portugal to ${claim.claimant}`,
      hides: `1 from Iceland to ${claim.claimant}`,
    },
    { path: routes.country('PT'), shows: after, status: [404, 200] },
    { path: routes.country('IS'), hides: before, status: [200, 404] },
    { path: `/api/v1/organizations/${slug}`, shows: after, hides: before },
    { path: `/api/v1/claims/${claim.slug}`, shows: after, hides: before },
  ];
  const reader = await openReader(browser, request);
  await reader.expectBefore(readers);

  await editor.page.goto(routes.organizationEdit(slug));
  const form = editor.page.getByRole('form', { name: 'Edit the organization' });
  await form.getByLabel('Name').fill(after);
  await form.getByLabel('Country').selectOption({ label: 'Portugal' });
  await form.getByLabel('Reason', { exact: true }).fill('Renamed, and its seat is in Lisbon.');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Saved as version 2.')).toBeVisible();
  await reader.expectAfter(readers, Date.now());
  await Promise.all([reader.close(), editor.close()]);
});

test("a source's title and outlet corrected: its page, the claim page's citation and the API", async ({
  browser,
  request,
}) => {
  test.slow();
  const editor = await signedInPage(browser, editorAccount, routes.newClaim());
  const claim = await publishClaim(editor.page);
  const sourceHref = await editor.page.getByRole('link', { name: 'archived text' }).first().getAttribute('href');
  const sourceId = new URL(sourceHref!, 'http://localhost').pathname.split('/').at(-1)!;
  const title = `Minister concedes, ${markerWord()}`;
  const outlet = `Evening Wire ${markerWord()}`;
  const oldTitle = `Minister answers, ${claim.marker}`;
  const readers: ReaderCheck[] = [
    { path: routes.source(sourceId), shows: [title, outlet], hides: oldTitle },
    { path: claim.path, shows: [title, outlet], hides: oldTitle },
    { path: `/api/v1/sources/${sourceId}`, shows: [title, outlet], hides: oldTitle },
    { path: `/api/v1/claims/${claim.slug}`, shows: [title, outlet], hides: oldTitle },
  ];
  const reader = await openReader(browser, request);
  await reader.expectBefore(readers);

  await editor.page.goto(routes.sourceEdit(sourceId));
  const form = editor.page.getByRole('form', { name: 'Edit the source' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Outlet').fill(outlet);
  await form.getByLabel('Reason', { exact: true }).fill('The headline and outlet as published.');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Saved as version 2.')).toBeVisible();
  await reader.expectAfter(readers, Date.now());
  await Promise.all([reader.close(), editor.close()]);
});

test("new counter-statements: an editor's shows at once, a contributor's only once approved, a rejected one never", async ({
  browser,
  request,
}) => {
  test.slow(); // two sign-ins (argon2id) and several rounds of requests
  const editor = await signedInPage(browser, editorAccount, routes.newClaim());
  const contributor = await signedInPage(browser, contributorAccount, routes.submissions());
  const claim = await publishClaim(editor.page, { claimant: claimantShownInWhoAnsweredWhom() });
  const count = (n: number) => (n === 0 ? 'No counter-statements yet' : `${n} counter-statement${n === 1 ? '' : 's'}`);
  /** What readers see when the claim's answers go from `from` to `from + 1`, the last by `speaker`. */
  const answered = (from: number, speaker: string): ReaderCheck[] => [
    { path: claim.path, shows: [speaker, count(from + 1)], hides: count(from) },
    { path: routes.claims(), shows: count(from + 1), hides: count(from), within: cardOf(claim.summary) },
    { path: `/api/v1/claims?person=${claim.claimantSlug}`, shows: `"rebuttalCount":${from + 1}` },
    { path: `/api/v1/claims/${claim.slug}`, shows: speaker },
    { path: routes.whoAnsweredWhom(), shows: `${from + 1} from France to ${claim.claimant}` },
    { path: '/feed.xml', shows: speaker },
  ];
  const reader = await openReader(browser, request);

  const published = markerWord();
  const first = answered(0, `Envoy ${published}`);
  await reader.expectBefore(first);
  await publishCounterStatement(editor.page, claim.slug, {
    speaker: `Envoy ${published}`,
    role: inFrance,
    ...quoted(published),
  });
  await reader.expectAfter(first, Date.now());

  // A contributor's proposal changes nothing a reader sees until an editor approves it.
  const approved = markerWord();
  const second = answered(1, `Envoy ${approved}`);
  await reader.expectBefore(second);
  await fillCounterStatement(contributor.page, claim.slug, {
    speaker: `Envoy ${approved}`,
    role: inFrance,
    ...quoted(approved),
  });
  await contributor.page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(contributor.page).toHaveURL(/\/account\/submissions\/[0-9a-f-]{36}$/);
  await reader.expectBefore(second);
  await editor.page.goto(routes.review());
  const approval = editor.page.getByRole('listitem').filter({ hasText: `marker ${approved}` });
  // Stated, the approval is made; the reader's clock starts there.
  await approval.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(editor.page.getByRole('status').filter({ hasText: 'Published:' })).toBeVisible();
  await reader.expectAfter(second, Date.now());

  // A rejected one, never.
  const rejected = markerWord();
  const third = answered(2, `Envoy ${rejected}`);
  await fillCounterStatement(contributor.page, claim.slug, {
    speaker: `Envoy ${rejected}`,
    role: inFrance,
    ...quoted(rejected),
  });
  await contributor.page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(contributor.page).toHaveURL(/\/account\/submissions\/[0-9a-f-]{36}$/);
  await editor.page.goto(routes.review());
  const rejection = editor.page.getByRole('listitem').filter({ hasText: `marker ${rejected}` });
  await rejection.getByLabel('Note to the contributor (required to reject)').fill('Not what was said.');
  await rejection.getByRole('button', { name: 'Reject' }).click();
  await expect(editor.page.getByRole('status').filter({ hasText: 'Rejected:' })).toBeVisible();
  await reader.expectBefore(third);
  await Promise.all([reader.close(), editor.close(), contributor.close()]);
});

test("new claims: an editor's shows at once where its address answered 404, a contributor's submission changes nothing", async ({
  browser,
  request,
}) => {
  test.slow(); // two sign-ins (argon2id) and several rounds of requests
  const editor = await signedInPage(browser, editorAccount, routes.newClaim());
  const contributor = await signedInPage(browser, contributorAccount, routes.newClaim());
  /** Everything that shows a claim, read before the claim exists (its future address answers 404). */
  const published = (claim: Awaited<ReturnType<typeof fillClaim>>): ReaderCheck[] => [
    { path: claim.path, shows: claim.summary, status: [404, 200] },
    { path: `/api/v1/claims/${claim.slug}`, shows: claim.summary, status: [404, 200] },
    { path: routes.claimEmbed(claim.slug), shows: claim.summary, status: [404, 200] },
    { path: routes.claims(), shows: claim.summary },
    { path: routes.claims({ q: claim.word }), shows: claim.summary },
    { path: '/api/v1/claims', shows: claim.summary },
    { path: '/feed.xml', shows: claim.summary },
    { path: routes.topic(TOPIC.slug), shows: claim.summary },
  ];
  const reader = await openReader(browser, request);

  const byEditor = await fillClaim(editor.page);
  await reader.expectBefore(published(byEditor));
  await editor.page.getByRole('button', { name: 'Publish claim' }).click();
  await expect(editor.page).toHaveURL(byEditor.path);
  await reader.expectAfter(published(byEditor), Date.now());

  // A contributor's claim changes nothing a reader sees while it awaits review. (Its approval is
  // left out: on this branch the approving action's answer to /review did not finish in 90 s.)
  const byContributor = await fillClaim(contributor.page);
  await reader.expectBefore(published(byContributor));
  await contributor.page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(contributor.page).toHaveURL(/\/account\/submissions\/[0-9a-f-]{36}$/);
  await reader.expectBefore(published(byContributor));
  await Promise.all([reader.close(), editor.close(), contributor.close()]);
});

test('a claim deleted: its page, API entry and embed answer 404, and it leaves the lists, search, feed and its topic', async ({
  browser,
  request,
}) => {
  test.slow();
  const editor = await signedInPage(browser, editorAccount, routes.newClaim());
  const claim = await publishClaim(editor.page);
  const readers: ReaderCheck[] = [
    { path: claim.path, status: [200, 404] },
    { path: `/api/v1/claims/${claim.slug}`, status: [200, 404] },
    { path: routes.claimEmbed(claim.slug), status: [200, 404] },
    { path: routes.claims(), hides: claim.summary },
    { path: routes.claims({ q: claim.word }), hides: claim.summary },
    { path: '/api/v1/claims', hides: claim.summary },
    { path: '/feed.xml', hides: claim.summary },
    { path: routes.topic(TOPIC.slug), hides: claim.summary },
  ];
  const reader = await openReader(browser, request);
  await reader.expectBefore(readers);

  await editor.page.goto(routes.claimEdit(claim.slug));
  const form = editor.page.getByRole('form', { name: 'Delete the claim' });
  await form.getByLabel('Reason', { exact: true }).fill('Published by a test, to be removed.');
  await form.getByRole('button', { name: 'Delete claim' }).click();
  await expect(editor.page).toHaveURL(routes.claims());
  await reader.expectAfter(readers, Date.now());
  await Promise.all([reader.close(), editor.close()]);
});
