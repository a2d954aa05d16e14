import { expect, test, type Page } from '@playwright/test';
import { encodeCursor } from '../lib/domain/cursor';

// A reader moving between views of /claims. Asked for as a document, each view is served from its own
// page cached whole (proxy.ts), /claims without a query included; the browser's router, with
// JavaScript, asks for the page rendered per request. Whichever way a view is reached (the filter
// form, a filter's chip, a pagination link, the header's link, Back, Forward), it must show its own
// list, never the one the router or the cache holds for another query (docs/caching.md).

const ISIS = 'ISIS has been defeated in Syria';
// Said on 23 January 2019, answered by nobody from France: on the first page, not filtered to France.
const TURKISH_RUSSIAN = 'Turkish-Russian solidarity contributes much to regional security';
// Said on 1 December 2018, answered by nobody from France either.
const IS_MILITANTS = 'IS militants in Syria are "mostly gone"';

// A later page, newest first: the claims said before 2019, as the "Next page" link of a page ending on a
// claim of 1 January 2019 would name them (the seed has too few claims for a second page of 20).
const LATER_PAGE = `/claims?${new URLSearchParams({
  cursor: encodeCursor({
    claimedOn: '2019-01-01',
    counterStatementCount: 0,
    id: '00000000-0000-0000-0000-000000000000',
  }),
})}`;

type View = { url: RegExp; shows: string[]; hides: string[] };
const ALL: View = { url: /\/claims$/, shows: [TURKISH_RUSSIAN, ISIS, IS_MILITANTS], hides: [] };
const ALL_NEWEST: View = { ...ALL, url: /\/claims\?sort=newest$/ };
const FRANCE: View = {
  url: /\/claims\?country=FR&sort=newest$/,
  shows: [ISIS],
  hides: [TURKISH_RUSSIAN, IS_MILITANTS],
};
const LATER: View = { url: /\/claims\?cursor=[\w-]+$/, shows: [ISIS, IS_MILITANTS], hides: [TURKISH_RUSSIAN] };

/** The page is at the view's URL and shows its list: what it shows waited for first, then what it must not. */
async function expectView(page: Page, view: View) {
  await expect(page).toHaveURL(view.url);
  const results = page.getByRole('region', { name: 'Results' });
  for (const summary of view.shows) await expect(results.getByRole('link', { name: summary })).toBeVisible();
  for (const summary of view.hides) await expect(results.getByRole('link', { name: summary })).toHaveCount(0);
}

/** Sends the filter form with the country France. */
async function filterToFrance(page: Page) {
  const form = page.getByRole('form', { name: 'Find claims' });
  const country = form.getByLabel('Answered from (country)');
  // The detailed filters may be open already: a page the router shows again keeps its state.
  if (!(await country.isVisible())) await form.getByText('More filters').click();
  await country.selectOption({ label: 'France' });
  await form.getByRole('button', { name: 'Show claims' }).click();
}

/** On the unfiltered list: the filter form sends it to France, and Back comes to the list again. */
async function filterToFranceAndBack(page: Page) {
  await expectView(page, ALL);
  await filterToFrance(page);
  await expectView(page, FRANCE);
  await page.goBack();
  await expectView(page, ALL);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('from /claims to a filter, to the list again by its chip, Back and Forward: each step shows its own list', async ({
      page,
    }) => {
      await page.goto('/claims');
      await expectView(page, ALL);
      await filterToFrance(page);
      await expectView(page, FRANCE);
      await page
        .getByRole('group', { name: 'Active filters' })
        .getByRole('link', { name: /Answered from France/ })
        .click();
      await expectView(page, ALL_NEWEST);
      await page.goBack();
      await expectView(page, FRANCE);
      await page.goBack();
      await expectView(page, ALL);
      await page.goForward();
      await expectView(page, FRANCE);
    });

    test('from a later page to the first by its link, to a filter, and Back twice: each step shows its own list', async ({
      page,
    }) => {
      await page.goto(LATER_PAGE);
      await expectView(page, LATER);
      await page
        .getByRole('navigation', { name: 'Pages of results' })
        .getByRole('link', { name: 'First page' })
        .click();
      await filterToFranceAndBack(page);
      await page.goBack();
      await expectView(page, LATER);
    });

    test('from /claims to a claim, back to the list by the header, to a filter, and Back: each step shows its own list', async ({
      page,
    }) => {
      await page.goto('/claims');
      await expectView(page, ALL);
      await page.getByRole('region', { name: 'Results' }).getByRole('link', { name: ISIS }).click();
      await expect(page.getByRole('heading', { level: 1, name: ISIS })).toBeVisible();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Claims' }).click();
      await filterToFranceAndBack(page);
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: ISIS })).toBeVisible();
      await page.goBack();
      await expectView(page, ALL);
    });
  });
}
