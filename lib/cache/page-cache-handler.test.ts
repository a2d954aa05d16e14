import assert from 'node:assert/strict';
import fs, { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { pageScriptPolicy } from '../security/page-script-policy.js';
import { noteDatabaseUnavailable, OUTAGE_REMEMBERED_MS } from './database-outage.js';
import PageCacheHandler, { withPageScriptPolicy } from './page-cache-handler.js';

const HTML = '<html><body><script>self.__next_f.push([1,"a"])</script></body></html>';

test("a cached page's entry gets its script policy beside the headers Next.js keeps", () => {
  const value = { kind: 'APP_PAGE', html: HTML, headers: { 'x-next-cache-tags': 'claim:1' } };
  withPageScriptPolicy(value);
  assert.deepEqual(value.headers, {
    'x-next-cache-tags': 'claim:1',
    'content-security-policy': pageScriptPolicy(HTML),
  });
});

test('an entry read from the build, with no headers, gets them; one that has the policy keeps it', () => {
  const built: { kind: string; html: string; headers?: Record<string, string> } = { kind: 'APP_PAGE', html: HTML };
  assert.equal(withPageScriptPolicy(built).headers?.['content-security-policy'], pageScriptPolicy(HTML));
  const kept = {
    kind: 'APP_PAGE',
    html: HTML,
    headers: { 'content-security-policy': "script-src 'self' 'sha256-kept'" },
  };
  assert.equal(withPageScriptPolicy(kept).headers['content-security-policy'], "script-src 'self' 'sha256-kept'");
});

test('a shell with postponed parts, a route handler and an empty entry are left alone', () => {
  const shell = { kind: 'APP_PAGE', html: '', postponed: '2608:[0,{}]', headers: {} };
  assert.deepEqual(withPageScriptPolicy(shell).headers, {});
  const route = { kind: 'APP_ROUTE', body: Buffer.from('{}'), headers: {} };
  assert.deepEqual(withPageScriptPolicy(route).headers, {});
  assert.equal(withPageScriptPolicy(null), null);
  assert.equal(withPageScriptPolicy(undefined), undefined);
});

// The handler as Next.js makes it: memory only (isrFlushToDisk: false), over an empty build folder.
function pageCache() {
  return new PageCacheHandler({
    fs: { ...fs, readFile: fs.promises.readFile, stat: fs.promises.stat },
    flushToDisk: false,
    serverDistDir: mkdtempSync(path.join(tmpdir(), 'page-cache-')),
    revalidatedTags: [],
    maxMemoryCacheSize: 8 * 1024 * 1024,
  });
}
const READ = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };
const STORE = { cacheControl: { revalidate: 60, expire: 604_800 }, isRoutePPREnabled: false, isFallback: false };
const renderedPage = (text: string, tag: string) => ({
  kind: 'APP_PAGE',
  html: `<p>${text}</p>`,
  rscData: Buffer.from(text),
  headers: { 'x-next-cache-tags': `${tag},claims` },
  status: 200,
});
// Tags expire strictly after an entry's time; a render takes more than the clock's millisecond.
const aMoment = () => sleep(5);

test('a render that began before a save expired its tags is not kept, and the render after it is', async () => {
  const cache = pageCache();
  const key = '/claims/raced';
  assert.equal(await cache.get(key, READ), null); // a miss: a render begins, reading the record
  await aMoment();
  await cache.revalidateTag(['claim:raced']); // an editor's save expires the claim (updateTag)
  await aMoment();
  await cache.set(key, renderedPage('before the save', 'claim:raced'), STORE);
  assert.equal(await cache.get(key, READ), null, 'the next request renders again');

  await aMoment();
  await cache.set(key, renderedPage('after the save', 'claim:raced'), STORE);
  const entry = await cache.get(key, READ);
  assert.equal(entry?.value?.html, '<p>after the save</p>');
});

test('a render is kept when no tag of its page expired while it ran, whatever else expired', async () => {
  const cache = pageCache();
  const key = '/claims/calm';
  assert.equal(await cache.get(key, READ), null);
  await aMoment();
  await cache.revalidateTag(['claim:another']);
  await aMoment();
  await cache.set(key, renderedPage('calm', 'claim:calm'), STORE);
  assert.equal((await cache.get(key, READ))?.value?.html, '<p>calm</p>');
});

test('what the cache remembers of renders in flight is bounded: past 10,000 keys the oldest is forgotten', async () => {
  const cache = pageCache();
  await cache.get('/claims/first', READ);
  for (let index = 0; index < 10_000; index++) await cache.get(`/claims/-query/${index}`, READ);
  await aMoment();
  await cache.revalidateTag(['claim:first']);
  await aMoment();
  // Its start forgotten, the first key's render is dated by its store, as Next.js dates it: kept.
  await cache.set('/claims/first', renderedPage('first', 'claim:first'), STORE);
  assert.equal((await cache.get('/claims/first', READ))?.value?.html, '<p>first</p>');
});

test('while the database is down, a page an edit expired is served as stale, so that a render is tried behind it', async () => {
  const cache = pageCache();
  const key = '/claims/outage';
  await cache.get(key, READ);
  await cache.set(key, renderedPage('before the edit', 'claim:outage'), STORE);
  await aMoment();
  await cache.revalidateTag(['claim:outage']);
  assert.equal(await cache.get(key, READ), null, 'with the database up, the edit is rendered');

  noteDatabaseUnavailable();
  const during = await cache.get(key, READ);
  // What Next.js reads to choose between serving it and rendering first.
  const { lastModified = 0, cacheControl: { revalidate = 0, expire = 0 } = {} } = during ?? {};
  assert.equal(during?.value?.html, '<p>before the edit</p>');
  assert.ok(lastModified + Number(revalidate) * 1000 < Date.now(), 'stale: Next.js renders it again');
  assert.ok(lastModified + expire * 1000 > Date.now(), 'not expired: Next.js serves it meanwhile');

  noteDatabaseUnavailable(Date.now() - OUTAGE_REMEMBERED_MS);
  assert.equal(await cache.get(key, READ), null, 'once the outage is over, the edit is rendered');
});
