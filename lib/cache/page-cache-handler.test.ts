import assert from 'node:assert/strict';
import fs, { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type TestContext, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { pageScriptPolicy } from '../security/page-script-policy.js';
import { redisOrSkip, removeKeys, TEST_REDIS_URL, testPrefix, until } from '../testing/cache-redis';
import { noteDatabaseUnavailable, OUTAGE_REMEMBERED_MS } from './database-outage.js';
import PageCacheHandler, { definePageCacheHandler, withPageScriptPolicy } from './page-cache-handler.js';
import { connectCacheRedis, LIFETIME_WITHOUT_REDIS_SECONDS } from './redis-connection.js';

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
function pageCache(Handler = PageCacheHandler, serverDistDir = mkdtempSync(path.join(tmpdir(), 'page-cache-'))) {
  return new Handler({
    fs: { ...fs, readFile: fs.promises.readFile, stat: fs.promises.stat },
    flushToDisk: false,
    serverDistDir,
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

// Several instances sharing pages through the machine's Redis: each in a worker thread, with its own
// memory and tag manifest, as processes of their own have (lib/testing/page-cache-instance.js).
type Copy = {
  html: string;
  policy?: string;
  lastModified: number;
  cacheControl: { revalidate: number; expire: number };
} | null;
function startInstance(t: TestContext, prefix: string, buildId = 'build-1') {
  const worker = new Worker(new URL('../testing/page-cache-instance.js', import.meta.url), {
    workerData: { redisUrl: TEST_REDIS_URL, prefix, buildId },
    // The modules' own connection (REDIS_URL) stays off: the instance's is the test's.
    env: { ...process.env, REDIS_URL: '' },
  });
  const waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  let calls = 0;
  worker.on('message', ({ id, result, error }) => {
    const caller = waiting.get(id);
    waiting.delete(id);
    if (error) caller?.reject(new Error(error));
    else caller?.resolve(result);
  });
  const call = (op: string, ...args: unknown[]) =>
    new Promise((resolve, reject) => {
      waiting.set(++calls, { resolve, reject });
      worker.postMessage({ id: calls, op, args });
    });
  t.after(async () => {
    await call('close');
    await worker.terminate();
  });
  return {
    connected: () => call('connected') as Promise<boolean>,
    read: (key: string) => call('read', key) as Promise<Copy>,
    beginRender: (key: string) => call('beginRender', key) as Promise<Copy>,
    finishRender: (key: string, text: string, tags: string[]) => call('finishRender', key, text, tags),
    /** A request that finds no page renders it and stores it. */
    render: async (key: string, text: string, tags: string[]) => {
      assert.equal(await call('beginRender', key), null, `${key} is not cached yet`);
      await call('finishRender', key, text, tags);
    },
    expire: (tags: string[]) => call('expire', tags),
    databaseDown: () => call('databaseDown'),
  };
}
type Instance = ReturnType<typeof startInstance>;

/** Instances on one Redis and one prefix of the test's own, or none (the test skipped) without Redis. */
async function instancesOrSkip(t: TestContext, builds: string[]) {
  const prefix = testPrefix();
  const redis = await redisOrSkip(t, prefix);
  if (!redis) return null;
  const instances = builds.map((build) => startInstance(t, prefix, build));
  for (const instance of instances) assert.ok(await instance.connected(), 'each instance reaches Redis');
  return { redis, prefix, instances };
}

/**
 * Waits until `instance` has heard of an invalidation of `tag` (within 2 s): a page of that tag it
 * stored before (withProbe) is no longer served.
 */
async function heardOf(instance: Instance, tag: string) {
  const heard = await until(async () => (await instance.read(`/probe/${tag}`)) === null);
  assert.ok(heard, `the instance heard that ${tag} expired`);
}
const withProbe = (instance: Instance, tag: string) => instance.render(`/probe/${tag}`, 'probe', [tag]);

test('through Redis, an instance serves a page another one rendered, with its script policy, and keeps it', async (t) => {
  const setup = await instancesOrSkip(t, ['build-1', 'build-1', 'build-2']);
  if (!setup) return;
  const [a, b, nextBuild] = setup.instances as [Instance, Instance, Instance];
  await a.render('/claims/shared', 'the claim', ['claim:shared', 'claims']);

  const copy = await b.read('/claims/shared');
  assert.match(copy?.html ?? '', /the claim/, 'B is answered without rendering');
  assert.equal(copy?.policy, pageScriptPolicy(copy?.html ?? ''), 'with the policy of its inline scripts');
  assert.deepEqual(copy?.cacheControl, { revalidate: 60, expire: 604_800 });
  assert.equal(await nextBuild.read('/claims/shared'), null, "another build's instance renders its own");

  await removeKeys(setup.redis, setup.prefix);
  assert.match((await b.read('/claims/shared'))?.html ?? '', /the claim/, 'B keeps the copy in its memory');
});

test("an edit on one instance expires the page in the other's memory and in Redis", async (t) => {
  const setup = await instancesOrSkip(t, ['build-1', 'build-1', 'build-1']);
  if (!setup) return;
  const [a, b, c] = setup.instances as [Instance, Instance, Instance];
  await a.render('/claims/edited', 'before the edit', ['claim:edited']);
  await withProbe(c, 'claim:edited');
  assert.match((await b.read('/claims/edited'))?.html ?? '', /before the edit/);
  await aMoment();

  await a.expire(['claim:edited']);
  assert.ok(await until(async () => (await b.read('/claims/edited')) === null), 'B renders it again');
  assert.equal(await a.read('/claims/edited'), null);
  await heardOf(c, 'claim:edited');
  assert.equal(await c.read('/claims/edited'), null, "an instance that never had it does not take Redis's old copy");
});

test('a render that began before a save on another instance is stored nowhere', async (t) => {
  const setup = await instancesOrSkip(t, ['build-1', 'build-1', 'build-1']);
  if (!setup) return;
  const [a, b, c] = setup.instances as [Instance, Instance, Instance];
  await withProbe(a, 'claim:raced');
  assert.equal(await a.beginRender('/claims/raced'), null); // a render begins, reading the record
  await aMoment();
  await b.expire(['claim:raced']); // an editor saves through B
  await heardOf(a, 'claim:raced');
  await a.finishRender('/claims/raced', 'before the save', ['claim:raced']);

  assert.equal(await a.read('/claims/raced'), null);
  assert.equal(await c.read('/claims/raced'), null);
  const inRedis = await setup.redis.commands.keys(`${setup.prefix}page:*`);
  assert.equal(inRedis.length, 1, 'Redis holds the probe alone');
});

test('a copy stored just after a save is not taken from Redis until the save has surely reached every instance', async (t) => {
  const setup = await instancesOrSkip(t, ['build-1', 'build-1']);
  if (!setup) return;
  const [a, b] = setup.instances as [Instance, Instance];
  await withProbe(b, 'claim:fresh');
  await aMoment();
  await a.expire(['claim:fresh']);
  await heardOf(b, 'claim:fresh');
  await b.render('/claims/fresh', 'after the save', ['claim:fresh']);

  assert.match((await b.read('/claims/fresh'))?.html ?? '', /after the save/, 'B serves its own render');
  // Within SHARED_COPY_MARGIN_MS of the save, as far as A can tell, B may have rendered from reads it
  // made before hearing of it: A renders the page itself.
  assert.equal(await a.read('/claims/fresh'), null);
});

test('while the database is down, the copy in Redis of a page an edit expired is served as stale', async (t) => {
  const setup = await instancesOrSkip(t, ['build-1', 'build-1']);
  if (!setup) return;
  const [a, b] = setup.instances as [Instance, Instance];
  await a.render('/claims/outage', 'before the edit', ['claim:outage']);
  await withProbe(b, 'claim:outage');
  await aMoment();
  await a.expire(['claim:outage']);
  await heardOf(b, 'claim:outage');
  assert.equal(await b.read('/claims/outage'), null, 'with the database up, the edit is rendered');

  await b.databaseDown();
  const during = await b.read('/claims/outage');
  assert.match(during?.html ?? '', /before the edit/);
  const { lastModified = 0, cacheControl: { revalidate = 0, expire = 0 } = {} } = during ?? {};
  assert.ok(lastModified + revalidate * 1000 < Date.now(), 'stale: Next.js renders it again');
  assert.ok(lastModified + expire * 1000 > Date.now(), 'not expired: Next.js serves it meanwhile');
});

test('with Redis unreachable, pages are kept and served from memory with short lifetimes, and nothing throws', async (t) => {
  const unreachable = connectCacheRedis('redis://127.0.0.1:1', { onChange: () => {} });
  t.after(() => unreachable.disconnect());
  const build = mkdtempSync(path.join(tmpdir(), 'page-cache-build-'));
  fs.mkdirSync(path.join(build, 'server'));
  fs.writeFileSync(path.join(build, 'BUILD_ID'), 'build-1');
  const PageCache = definePageCacheHandler({ connect: () => unreachable, prefix: testPrefix() });
  const cache = pageCache(PageCache, path.join(build, 'server'));
  assert.equal(await cache.get('/claims/unshared', READ), null);
  await cache.set('/claims/unshared', renderedPage('kept here', 'claim:unshared'), STORE);
  const entry = await cache.get('/claims/unshared', READ);
  assert.equal(entry?.value?.html, '<p>kept here</p>');
  assert.equal(entry?.cacheControl?.revalidate, LIFETIME_WITHOUT_REDIS_SECONDS);
});
