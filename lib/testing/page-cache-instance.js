// One app instance's caches in a worker thread, for tests that need several sharing one Redis
// (lib/cache/page-cache-handler.test.ts). A worker has its own copy of every module, so its own
// page memory and tag manifest, as a process of its own would: the page cache and the `'use cache'`
// handler over one connection, wired as the app wires them. JavaScript, because the worker runs the
// cache handlers as Node loads them in the app, outside any TypeScript loader.
//
// Messages: { id, op, args } in, { id, result } or { id, error } out. Each read or render uses a
// handler of its own, as Next.js makes one per request.
import fs, { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createDataCacheHandler } from '../cache/data-cache-handler.js';
import { noteDatabaseUnavailable } from '../cache/database-outage.js';
import { definePageCacheHandler } from '../cache/page-cache-handler.js';
import { connectCacheRedis } from '../cache/redis-connection.js';

const { redisUrl, prefix, buildId } = workerData;
const redis = connectCacheRedis(redisUrl, { onChange: () => {} });
// Applies the other instances' invalidations to Next.js's tag manifest, which the page cache reads.
const dataCache = createDataCacheHandler(1024 * 1024, { redis, prefix });
const PageCache = definePageCacheHandler({ connect: () => redis, prefix });

// A build folder as `next build` leaves it, as far as the page cache reads it: its id, no pages.
const build = mkdtempSync(path.join(tmpdir(), 'page-cache-build-'));
mkdirSync(path.join(build, 'server'));
writeFileSync(path.join(build, 'BUILD_ID'), buildId);
const pageCache = () =>
  new PageCache({
    fs: { ...fs, readFile: fs.promises.readFile, stat: fs.promises.stat },
    flushToDisk: false,
    serverDistDir: path.join(build, 'server'),
    revalidatedTags: [],
    maxMemoryCacheSize: 8 * 1024 * 1024,
  });

const READ = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };
const STORE = { cacheControl: { revalidate: 60, expire: 604_800 }, isRoutePPREnabled: false, isFallback: false };
/** What a read answered, as much of it as the tests look at. */
const summary = (entry) =>
  entry && {
    html: entry.value?.html,
    policy: entry.value?.headers?.['content-security-policy'],
    lastModified: entry.lastModified,
    cacheControl: entry.cacheControl,
  };
/** Renders begun and not yet stored, each with the handler of its request. */
const rendering = new Map();

const operations = {
  async connected() {
    for (let waited = 0; !redis.isUp() && waited < 2_000; waited += 50) await sleep(50);
    return redis.isUp();
  },
  async read(key) {
    return summary(await pageCache().get(key, READ));
  },
  /** A request that finds no page begins a render: its handler notes when. */
  async beginRender(key) {
    const cache = pageCache();
    rendering.set(key, cache);
    return summary(await cache.get(key, READ));
  },
  async finishRender(key, text, tags) {
    const cache = rendering.get(key) ?? pageCache();
    rendering.delete(key);
    const value = {
      kind: 'APP_PAGE',
      html: `<html><body><p>${text}</p><script>self.__next_f.push([1,"${text}"])</script></body></html>`,
      rscData: Buffer.from(text),
      segmentData: new Map([['/_tree', Buffer.from(`tree of ${text}`)]]),
      headers: { 'x-next-cache-tags': tags.join(',') },
      status: 200,
    };
    await cache.set(key, value, STORE);
  },
  /** An editor's save: Next.js gives its tags to both caches (updateTag). */
  async expire(tags) {
    await Promise.all([dataCache.updateTags(tags), pageCache().revalidateTag(tags)]);
  },
  async databaseDown() {
    noteDatabaseUnavailable();
  },
  async close() {
    redis.disconnect();
  },
};

parentPort.on('message', async ({ id, op, args }) => {
  try {
    parentPort.postMessage({ id, result: await operations[op](...args) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
