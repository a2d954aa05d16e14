// What a phone's browser does with one page, in two kinds of visit: an unthrottled one that lists
// the scripts it loads and the requests it makes while a reader scrolls it, and a throttled one
// (mobile-profile.ts) that records the page's own Performance API entries for the paint metrics.
// Each visit has a browser context of its own: a cold cache, no cookie.
import { gzipSync } from 'node:zlib';
import { devices, type Browser, type BrowserContext } from '@playwright/test';
import { CPU_SLOWDOWN, PHONE, SLOW_4G } from './mobile-profile';
import {
  cumulativeLayoutShift,
  timeToInteractive,
  totalBlockingTime,
  type Interval,
  type LayoutShift,
} from './paint-metrics';

export const gzipBytes = (body: Buffer | string) => gzipSync(body).length;

async function withPhone<T>(browser: Browser, visit: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ ...devices[PHONE] });
  try {
    return await visit(context);
  } finally {
    await context.close();
  }
}

export type ScriptLoaded = { url: string; gzipBytes: number };
export type RequestMade = { url: string; prefetch: boolean };
export type Inventory = { scripts: ScriptLoaded[]; fetches: RequestMade[] };

/**
 * Loads `url`, scrolls it to the end a screen at a time (links entering the viewport are when the
 * router prefetches), and waits for the network to settle: the scripts loaded, with their gzip size
 * (compressed here, so the figure does not depend on the server's compression), and every fetch or
 * XHR the page made. Next.js's router marks its prefetches with a `Next-Router-Prefetch` header.
 */
export async function inventory(browser: Browser, url: string): Promise<Inventory> {
  return withPhone(browser, async (context) => {
    const page = await context.newPage();
    const scripts: Promise<ScriptLoaded>[] = [];
    const fetches: RequestMade[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(response.body().then((body) => ({ url: response.url(), gzipBytes: gzipBytes(body) })));
    });
    page.on('request', (request) => {
      if (['fetch', 'xhr'].includes(request.resourceType()))
        fetches.push({ url: request.url(), prefetch: request.headers()['next-router-prefetch'] !== undefined });
    });
    await page.goto(url, { waitUntil: 'load' });
    const { height, screen } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      screen: window.innerHeight,
    }));
    for (let y = screen; y < height + screen; y += screen) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(250);
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2000);
    return { scripts: await Promise.all(scripts), fetches };
  });
}

export type PaintFigures = {
  fcpMs: number;
  lcpMs: number;
  /** The LCP element: its tag and the start of its text. */
  lcpElement: string;
  cls: number;
  tbtMs: number;
  ttiMs: number;
  /** The long tasks between FCP and TTI, for a report of what blocks. */
  longTasks: Interval[];
};

/** What the page records from its first script on, read back after the load (see below). */
type Recorded = {
  fcp: number | undefined;
  lcp: { time: number; element: string } | undefined;
  shifts: LayoutShift[];
  longTasks: Interval[];
  requests: Interval[];
  now: number;
};

// Runs in the page before any of its own scripts: observers for what is not kept in the
// performance timeline by default (long tasks, LCP, layout shifts).
function observeInPage() {
  const store = { lcp: undefined as unknown, shifts: [] as unknown[], longTasks: [] as unknown[] };
  (window as unknown as { __benchPage: typeof store }).__benchPage = store;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
      const element = entry.element;
      const text = (element?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      store.lcp = { time: entry.startTime, element: element ? `<${element.tagName.toLowerCase()}> "${text}"` : '?' };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      store.shifts.push({ startTime: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      store.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

// No named function inside: tsx names them with a helper (__name) that the page does not have.
function readInPage(): Recorded {
  const store = (window as unknown as { __benchPage: Pick<Recorded, 'lcp' | 'shifts' | 'longTasks'> }).__benchPage;
  const timings = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return {
    ...store,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    requests: (timings as PerformanceResourceTiming[]).map((entry) => ({
      start: entry.startTime,
      end: entry.responseEnd,
    })),
    now: performance.now(),
  };
}

/** How long a throttled visit may wait for the quiet window that ends Time to Interactive. */
const MAX_VISIT_MS = 60_000;

/**
 * One cold load of `url` on the throttled phone, the way Lighthouse measures one: First Contentful
 * Paint, Largest Contentful Paint and its element, CLS, and TBT between FCP and Time to Interactive,
 * TTI taken from the page's Long Tasks and Resource Timing entries (paint-metrics.ts). It waits
 * after the load until the recording holds TTI's five quiet seconds.
 */
export async function paintFigures(browser: Browser, url: string): Promise<PaintFigures> {
  return withPhone(browser, async (context) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(observeInPage);
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: MAX_VISIT_MS });
    for (;;) {
      const recorded = await page.evaluate(readInPage);
      if (recorded.fcp === undefined || !recorded.lcp) throw new Error(`${url}: no contentful paint recorded`);
      const { fcp } = recorded;
      const tti = timeToInteractive({
        fcp,
        longTasks: recorded.longTasks,
        requests: recorded.requests,
        recordedUntil: recorded.now,
      });
      if (tti !== undefined)
        return {
          fcpMs: fcp,
          lcpMs: recorded.lcp.time,
          lcpElement: recorded.lcp.element,
          cls: cumulativeLayoutShift(recorded.shifts),
          tbtMs: totalBlockingTime(recorded.longTasks, fcp, tti),
          ttiMs: tti,
          longTasks: recorded.longTasks.filter((task) => task.end > fcp && task.start < tti),
        };
      if (Date.now() - started > MAX_VISIT_MS)
        throw new Error(`${url}: no five quiet seconds within ${MAX_VISIT_MS / 1000} s`);
      await page.waitForTimeout(500);
    }
  });
}
