import { expect, test } from '@playwright/test';

// What scripts/next-patches.mjs changes in how a page cached whole is served (docs/benchmarks.md,
// "Where a cached page's time goes"): its ETag, kept per body, still validates; its bytes, kept per
// body, are the whole page with the right length; and its stylesheet is in its HTML twice (the
// <style> element and the React payload), not once more for global-error.
const ISIS = '/claims/trump-we-have-defeated-isis-in-syria';

test('a page cached whole answers 304 to its own ETag, and 200 to any other', async ({ request }) => {
  for (const path of [ISIS, '/methodology']) {
    // A copy older than its lifetime is served STALE and rendered again behind it: wait for the fresh one.
    await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { message: path }).toBe('HIT');
    const page = await request.get(path);
    expect(page.status(), path).toBe(200);
    const etag = page.headers()['etag'] ?? '';
    expect(etag, path).toMatch(/^"[0-9a-z]+"$/);
    // The same ETag for the same page on the next request: what the cache kept, not a new hash.
    expect((await request.get(path)).headers()['etag'], path).toBe(etag);
    expect((await request.get(path, { headers: { 'If-None-Match': etag } })).status(), path).toBe(304);
    const other = await request.get(path, { headers: { 'If-None-Match': '"an-older-version"' } });
    expect(other.status(), path).toBe(200);
    expect(await other.text(), path).toBe(await page.text());
  }
});

test("a page carries the stylesheet in its HTML twice: the style element and the root layout's payload", async ({
  request,
}) => {
  const html = await (await request.get(ISIS)).text();
  const stylesheet = /<style[^>]*data-precedence="next"[^>]*>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  expect(stylesheet.length).toBeGreaterThan(1000);
  // A stretch of the stylesheet with nothing that the payload's JSON would escape.
  const marker = /[\w-]+\{[^"\\<>{}]{20,}\}/.exec(stylesheet)?.[0] ?? '';
  expect(marker.length).toBeGreaterThan(20);
  expect(html.split(marker).length - 1).toBe(2);
});

test('a page cached whole is sent as its exact bytes, to GET and to HEAD', async ({ request }) => {
  // The ISIS claim's quotes have curly quotation marks: characters of more than one byte in UTF-8.
  for (const path of [ISIS, '/methodology']) {
    await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { message: path }).toBe('HIT');
    // Uncompressed, as the page cache keeps it: a compressed answer is sent in chunks, with no length.
    const identity = { headers: { 'Accept-Encoding': 'identity' } };
    const page = await request.get(path, identity);
    const body = await page.body();
    expect(body.toString('utf8'), path).toMatch(/<\/html>$/);
    expect(Number(page.headers()['content-length']), path).toBe(body.length);
    const head = await request.head(path, identity);
    expect(head.status(), path).toBe(200);
    expect(head.headers()['content-length'], path).toBe(page.headers()['content-length']);
    expect((await head.body()).length, path).toBe(0);
  }
});
