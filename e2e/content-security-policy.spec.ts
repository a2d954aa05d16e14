import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { claimSlug, slugify } from '../lib/domain/slug';
import { routes } from '../lib/routes';
import { adminOnUsersPage } from './support/accounts';
import { fillNewSource, sourceWithQuote } from './support/proposals';
import { TOPIC } from './support/records';

// A script injected into a quote, a name or a URL runs nowhere it is shown (issue 11): an editor
// saves script payloads through the ordinary forms, and every page that shows them, cached or
// rendered per request, public or the editors', is opened in a browser that reports a payload
// that ran, a dialog, and every Content-Security-Policy violation. Each page must also run its own
// scripts (React hydrates it, the router navigates), with its script-src refusing inline scripts
// that are not its own.

declare global {
  interface Window {
    __injected?: string;
    __violations?: string[];
  }
}

/** A payload that sets window.__injected to `where` if it runs, as a script element or an event handler. */
const payload = (where: string) =>
  `<script>window.__injected='${where}'</script><img src=x onerror="window.__injected='${where}-img'">`;

/** Every page of the context records the policy violations it meets, from before its first script. */
async function watchForScripts(context: BrowserContext) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      // zod 4 (the forms' validation) probes once whether eval is allowed, with Function('') in a
      // try/catch, and without it validates the slower way: the policy refusing it is the point.
      if (event.blockedURI === 'eval') return;
      window.__violations?.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
}

/** Whether React has hydrated the document: hydrateRoot marks the container it took over. */
const hydrated = (page: Page) =>
  page.evaluate(() => Object.keys(document).some((key) => key.startsWith('__reactContainer$')));

/**
 * Opens `path` and checks that no payload ran, no dialog opened, no violation was reported, the
 * page's script-src allows no inline script but its own, and (unless it has no script, as embeds)
 * that React hydrated it. Answers the response, for its cache headers.
 */
async function expectOnlyOwnScripts(page: Page, path: string, { scripted = true } = {}) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(path);
  expect(response?.ok(), path).toBe(true);
  await page.waitForLoadState('load');
  const policies = (await response!.headersArray())
    .filter(({ name }) => name.toLowerCase() === 'content-security-policy')
    .map(({ value }) => value)
    .join(', ');
  if (scripted) {
    expect(policies, path).toMatch(/script-src 'self' '(sha256|nonce)-/);
    await expect.poll(() => hydrated(page), { message: `${path} hydrates` }).toBe(true);
  } else {
    expect(policies, path).toContain("default-src 'none'");
  }
  expect(policies, path).not.toMatch(/(script|default)-src[^;,]*'unsafe-(inline|eval)'/);
  expect(await page.evaluate(() => window.__injected), path).toBeUndefined();
  expect(await page.evaluate(() => window.__violations), path).toEqual([]);
  expect(dialogs, path).toEqual([]);
  return response!;
}

test('a script in a quote, a name or a URL runs nowhere it is shown, and every page runs its own', async ({
  browser,
}) => {
  test.slow();
  const editor = await adminOnUsersPage(browser);
  const page = editor.page;
  await watchForScripts(page.context());

  // An editor publishes a claim whose claimant's name, quote and source URL carry the payloads.
  const proposal = sourceWithQuote();
  const quote = `${proposal.quote} ${payload('quote')}`;
  const claimant = `Minister ${proposal.marker} ${payload('name')}`;
  const summary = `The war is won, says minister ${proposal.marker}`;
  const url = `https://example.org/news/${proposal.marker}?q="><script>window.__injected='url'</script>`;
  await page.goto(routes.newClaim());
  await page.getByRole('radio', { name: 'A person not on record yet' }).check();
  await page.getByLabel('Name', { exact: true }).fill(claimant);
  await fillNewSource(page, { marker: proposal.marker, sourceText: `The minister said: \u201c${quote}\u201d` }, url);
  await page.getByLabel('Quote, word for word').fill(quote);
  await page.getByLabel('Summary', { exact: true }).fill(summary);
  await page.getByLabel('Verdict', { exact: true }).selectOption('FALSE');
  await page.getByLabel('Verdict explanation').fill(`The fighting went on, marker ${proposal.marker}.`);
  await page.getByRole('checkbox', { name: TOPIC.name, exact: true }).check();
  await page.getByRole('button', { name: 'Publish claim' }).click();
  const claimPath = routes.claim(claimSlug(claimant, summary));
  await expect(page).toHaveURL(claimPath);
  const sourceHref = await page.getByRole('link', { name: 'archived text' }).first().getAttribute('href');
  const sourceId = /^\/sources\/([^/?#]+)/.exec(sourceHref ?? '')?.[1];
  expect(sourceId, 'the claim links to its source').toBeTruthy();
  const personSlug = slugify(claimant);

  // A reader: the claim page as it enters the cache and as the cache serves it, the pages that
  // show the name and the source, the lists, and the embed.
  const readerContext = await browser.newContext();
  await watchForScripts(readerContext);
  const reader = await readerContext.newPage();
  await expectOnlyOwnScripts(reader, claimPath);
  await expect(reader.getByText(payload('quote')).first()).toBeVisible();
  const cached = await expectOnlyOwnScripts(reader, claimPath);
  expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
  expect(cached.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  // The router runs: a link followed from the cached page is a client-side navigation.
  await reader.evaluate(() => (window.__injected = undefined));
  await reader.evaluate(() => ((window as { __samePage?: boolean }).__samePage = true));
  await reader.getByRole('link', { name: claimant }).first().click();
  await expect(reader).toHaveURL(routes.person(personSlug));
  expect(await reader.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);

  for (const path of [
    routes.person(personSlug),
    routes.source(sourceId!),
    routes.claim(claimSlug(claimant, summary), { showAll: true }),
    routes.claimHistory(claimSlug(claimant, summary)),
    routes.claims({ q: proposal.marker }),
    routes.people(),
    routes.topic(TOPIC.slug),
  ]) {
    await expectOnlyOwnScripts(reader, path);
  }
  await expectOnlyOwnScripts(reader, routes.claimEmbed(claimSlug(claimant, summary)), { scripted: false });
  await expect(reader.getByText(payload('quote')).first()).toBeVisible();
  await readerContext.close();

  // The editor's pages, rendered per request, show the same text in their forms.
  for (const path of [
    routes.claimEdit(claimSlug(claimant, summary)),
    routes.personEdit(personSlug),
    routes.sourceEdit(sourceId!),
    routes.review(),
  ]) {
    await expectOnlyOwnScripts(page, path);
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await editor.close();
});
