import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';

// A reader of the public record, for the specs that prove a write reaches every response showing it:
// requests carry no cookie (Playwright's `request` fixture), as a signed-out visitor's or a crawler's
// do, so they get the cached copy every reader gets. An HTML answer is read as a person reads it: laid
// out in a browser with scripts off, so markup, comments and the inline React payload never count.

/** A unique word of lowercase letters, for a marker that search must find as one plain word. */
export const markerWord = () =>
  randomUUID()
    .replaceAll('-', '')
    .slice(0, 10)
    .replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)]!);

/** One response a reader gets, and what a write must change in it. */
export type ReaderCheck = {
  path: string;
  /** Text it shows after the write, and not before. */
  shows?: string | readonly string[];
  /** Text it shows before the write, and not after. */
  hides?: string | readonly string[];
  /** Its status before and after the write, when not 200 both times. */
  status?: readonly [before: number, after: number];
  /** The part of an HTML page the text is read from (the whole body when not given). */
  within?: (page: Page) => Locator;
};

const each = (text: string | readonly string[] | undefined): readonly string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : text;

export async function openReader(browser: Browser, request: APIRequestContext) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();

  /** The response's readable text, and when it arrived. */
  async function read(check: ReaderCheck, status: number): Promise<{ text: string; receivedAt: number }> {
    // No redirect followed: a moved page must answer as it should, not as the page it moved to.
    const response = await request.get(check.path, { maxRedirects: 0 });
    const body = await response.text();
    const receivedAt = Date.now();
    expect(response.status(), `status of ${check.path}`).toBe(status);
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) return { text: body, receivedAt };
    await page.setContent(body, { waitUntil: 'domcontentloaded' });
    // The text as read aloud, on one line: the page's own stylesheet (inline) lays some of it out
    // apart, such as a table cell's count and its visually hidden "from France to …".
    const text = await (check.within ? check.within(page) : page.locator('body')).innerText();
    return { text: text.replace(/\s+/g, ' '), receivedAt };
  }

  /** Each response as it must be before the write; the first request of each also warms its cache entry. */
  async function expectBefore(checks: readonly ReaderCheck[]) {
    for (const check of checks) {
      const { text } = await read(check, check.status?.[0] ?? 200);
      for (const shown of each(check.shows)) expect(text, `${check.path} before the write`).not.toContain(shown);
      for (const hidden of each(check.hides)) expect(text, `${check.path} before the write`).toContain(hidden);
    }
  }

  /**
   * Each response, requested once, shows the write: no stale copy is served after the save. How
   * soon the first one arrives after `savedAt` (Date.now() when the editor saw the save confirmed)
   * is recorded in the report, not asserted: it follows the machine's load, and the delay is
   * measured under load by `npm run bench:serve` ("claim page, edited every second").
   */
  async function expectAfter(checks: readonly ReaderCheck[], savedAt: number) {
    for (const [index, check] of checks.entries()) {
      const { text, receivedAt } = await read(check, check.status?.[1] ?? 200);
      if (index === 0)
        test.info().annotations.push({ type: 'shown after', description: `${receivedAt - savedAt} ms: ${check.path}` });
      for (const shown of each(check.shows)) expect(text, `${check.path} after the write`).toContain(shown);
      for (const hidden of each(check.hides)) expect(text, `${check.path} after the write`).not.toContain(hidden);
    }
  }

  /**
   * Runs `during` (the write) while requesting each path over and over, as a crowd would: whatever
   * the server keeps for a moment (the route handlers' micro-cache, lib/cache/micro-cache.ts) is
   * then a few milliseconds old when the save lands, and must still not be served after it.
   */
  async function whileRequesting<T>(paths: readonly string[], during: () => Promise<T>): Promise<T> {
    let writing = true;
    const crowd = paths.map(async (path) => {
      while (writing) await (await request.get(path, { maxRedirects: 0 })).body();
    });
    try {
      return await during();
    } finally {
      writing = false;
      await Promise.all(crowd);
    }
  }

  return { expectBefore, expectAfter, whileRequesting, close: () => context.close() };
}
