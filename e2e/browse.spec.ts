import { expect, test } from '@playwright/test';

const ISIS_SUMMARY = 'ISIS has been defeated in Syria';
// A published claim of the seed that nobody from France answered: the unfiltered list shows it, the
// list filtered to France does not, and no spec edits it. (Not a count of the whole list, which other
// specs may grow.)
const NOT_ANSWERED_FROM_FRANCE = 'Turkish-Russian solidarity contributes much to regional security';

test('a filter goes into the URL, survives a reload, shows as a removable chip, and the back button undoes it', async ({
  page,
}) => {
  await page.goto('/claims');
  const form = page.getByRole('form', { name: 'Find claims' });
  await form.getByText('More filters').click();
  await form.getByLabel('Answered from (country)').selectOption({ label: 'France' });
  await form.getByRole('button', { name: 'Show claims' }).click();

  await expect(page).toHaveURL(/\/claims\?country=FR&sort=newest$/);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('link', { name: ISIS_SUMMARY })).toBeVisible();
  await expect(results.getByRole('heading', { level: 3 })).toHaveCount(1);
  await expect(
    page.getByRole('group', { name: 'Active filters' }).getByRole('link', { name: /Answered from France/ }),
  ).toBeVisible();

  await page.reload();
  await expect(form.getByLabel('Answered from (country)')).toHaveValue('FR');
  await expect(results.getByRole('heading', { level: 3 })).toHaveCount(1);

  await expect(results.getByRole('link', { name: NOT_ANSWERED_FROM_FRANCE })).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(results.getByRole('link', { name: NOT_ANSWERED_FROM_FRANCE })).toBeVisible();
  await expect(results.getByRole('link', { name: ISIS_SUMMARY })).toBeVisible();
});

test('combined filters narrow the list, and removing a chip loosens it', async ({ page }) => {
  await page.goto('/claims?verdict=unrated&topic=syria');
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('heading', { level: 3 })).toHaveCount(4);
  await page.goto('/claims?verdict=unrated&topic=syria&rebutted=yes');
  await expect(
    results.getByRole('link', { name: 'The US will have "100% of the caliphate" within about a week' }),
  ).toBeVisible();
  await expect(results.getByRole('heading', { level: 3 })).toHaveCount(1);

  await page.getByRole('link', { name: /^Rebutted/ }).click();
  await expect(page).toHaveURL(/\/claims\?topic=syria&verdict=unrated$/);
  await expect(results.getByRole('heading', { level: 3 })).toHaveCount(4);
});

test('the header search forgives typos and highlights what it found', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('search');
  await search.getByLabel('Search').fill('caliphat');
  await search.getByRole('button', { name: 'Go' }).click();
  await expect(page).toHaveURL(/\/claims\?q=caliphat/);
  const results = page.getByRole('region', { name: 'Results for “caliphat”' });
  const first = results.getByRole('article').first();
  await expect(first.getByRole('link', { name: /100% of the caliphate/ })).toBeVisible();
  await expect(first.getByText('caliphate', { exact: true }).first()).toHaveJSProperty('tagName', 'MARK');

  // A swapped pair of letters, and two typos in a long word.
  for (const typo of ['calipahte', 'kaliphat']) {
    await page.goto(`/claims?q=${typo}`);
    await expect(
      page.getByRole('region', { name: `Results for “${typo}”` }).getByRole('link', { name: /100% of the caliphate/ }),
    ).toBeVisible();
  }

  await page.goto('/claims?q=Parley');
  await expect(
    page.getByRole('region', { name: 'Results for “Parley”' }).getByRole('link', { name: ISIS_SUMMARY }),
  ).toBeVisible();
});

test('pages name an icon, an Apple touch icon and a web manifest, each served, and log no 404', async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto('/claims', { waitUntil: 'networkidle' });

  // Link elements in <head> have no role: they are found by the rel that browsers look for.
  const served = {
    icon: 'image/svg+xml',
    'apple-touch-icon': 'image/png',
    manifest: 'application/manifest+json',
  };
  for (const [rel, type] of Object.entries(served)) {
    const href = await page.locator(`head link[rel="${rel}"]`).first().getAttribute('href');
    expect(href, rel).toBeTruthy();
    const response = await request.get(href!);
    expect(response.status(), rel).toBe(200);
    expect(response.headers()['content-type'], rel).toContain(type);
  }
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.name).toBe('Countercheck');
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);

  expect(missing).toEqual([]);
  expect(errors.filter((text) => /404|Failed to load resource/.test(text))).toEqual([]);
});

test('a search with no match says so and suggests what to loosen', async ({ page }) => {
  await page.goto('/claims?q=qwxzv+blorft');
  await expect(page.getByText('No published claim matches this.')).toBeVisible();
  await expect(page.getByText(/check the spelling/)).toBeVisible();
  await page.getByRole('link', { name: 'See all claims' }).click();
  const all = page.getByRole('region', { name: 'Results' });
  for (const summary of [ISIS_SUMMARY, NOT_ANSWERED_FROM_FRANCE]) {
    await expect(all.getByRole('link', { name: summary })).toBeVisible();
  }
});

test('hostile or malformed input gets a page, never an error', async ({ page }) => {
  for (const query of [
    'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    "q=')%3B+DROP+TABLE+claims%3B--",
    'q=%25%25%25',
    `q=${'a'.repeat(3000)}`,
    'from=2019-02-30&verdict=nope&cursor=%00%01',
    'country=France&person=..%2F..',
  ]) {
    const response = await page.goto(`/claims?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
  }
});

test('every view of a list, its first page included, is a page cached whole at its public URL; the paths that serve them are no pages of their own', async ({
  request,
}) => {
  // Cached whole, a page answers with the shared-cache lifetime; rendered per request, `private, no-store`.
  for (const path of [
    '/claims',
    '/claims?country=FR&sort=newest',
    '/claims?q=caliphate',
    '/people',
    '/people?cursor=abc',
    '/organizations',
    '/topics',
    '/corrections',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toMatch(/^s-maxage=\d+, stale-while-revalidate=\d+$/);
    // Served by this server, not fetched from it again over HTTP (scripts/production-server.ts).
    expect(response.headers()['x-middleware-rewrite'], path).toMatch(/^\/[^/]/);
  }
  const search = await (await request.get('/claims?q=caliphate')).text();
  expect(search).toContain('Results for “caliphate”');
  expect(search).toContain('href="/claims/trump-100-percent-of-the-caliphate"');
  // What proxy.ts would never write, asked for directly: not found, rather than one more cache entry.
  for (const path of ['/claims/-query/junk', '/claims/-query/_', '/people/-page/%00']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter form still works as a plain GET form', async ({ page }) => {
    await page.goto('/claims');
    await page.getByText('More filters').click();
    await page.getByLabel('Verdict').selectOption({ label: 'Mixed' });
    await page.getByRole('button', { name: 'Show claims' }).click();
    await expect(page).toHaveURL(/\/claims\?verdict=mixed&sort=newest$/);
    await expect(
      page
        .getByRole('region', { name: 'Results' })
        .getByRole('link', { name: 'IS militants in Syria are "mostly gone"' }),
    ).toBeVisible();
  });
});
