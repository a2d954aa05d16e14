import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDataCacheHandler } from './data-cache-handler.js';
import { noteDatabaseUnavailable, OUTAGE_REMEMBERED_MS } from './database-outage.js';
import { redisOrSkip, testPrefix, until } from '../testing/cache-redis';
import { type CacheRedis, connectCacheRedis, LIFETIME_WITHOUT_REDIS_SECONDS } from './redis-connection.js';
import { setReplicaCatchUp } from './replica-catch-up.js';

const MINUTE = 60_000;
const bytes = (text: string) => new TextEncoder().encode(text);
const streamOf = (chunk: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(chunk);
      controller.close();
    },
  });
// An entry as Next.js hands it over: the public record's life (lib/cache/life.ts), read `age` ms ago.
const entry = (text: string, tag: string, age = 0, expire = 604_800) => ({
  value: streamOf(bytes(text)),
  tags: [tag],
  stale: 30,
  timestamp: Date.now() - age,
  revalidate: 60,
  expire,
});
const textOf = async (found: { value: ReadableStream<Uint8Array> } | undefined) =>
  found ? new Response(found.value).text() : undefined;

test('a read past its revalidation time is still served, for Next.js to refresh in the background', async () => {
  const cache = createDataCacheHandler(1024 * 1024);
  await cache.set('claims', Promise.resolve(entry('the claims', 'tag:old', 10 * MINUTE)));
  const found = await cache.get('claims', []);
  assert.equal(found?.revalidate, 60);
  assert.equal(await textOf(found), 'the claims');
  assert.equal(await textOf(await cache.get('claims', [])), 'the claims', 'every read gets its own stream');
});

test('an expired tag (updateTag) drops the entry; a stale one (revalidateTag) serves it for a refresh', async () => {
  const cache = createDataCacheHandler(1024 * 1024);
  await cache.set('expired', Promise.resolve(entry('old', 'tag:expired')));
  await cache.set('stale', Promise.resolve(entry('old', 'tag:stale')));
  await sleep(5);
  await cache.updateTags(['tag:expired']);
  await cache.updateTags(['tag:stale'], { expire: 3600 });
  assert.equal(await cache.get('expired', []), undefined);
  const stale = await cache.get('stale', []);
  assert.equal(stale?.revalidate, -1);
  assert.equal(await textOf(stale), 'old');
  assert.ok((await cache.getExpiration(['tag:expired'])) > 0);
});

test('while the database is down, an entry an edit expired is served as stale; after the outage it is dropped', async () => {
  const cache = createDataCacheHandler(1024 * 1024);
  await cache.set('claim', Promise.resolve(entry('before the edit', 'tag:outage')));
  await sleep(5);
  await cache.updateTags(['tag:outage']);
  noteDatabaseUnavailable();
  const during = await cache.get('claim', []);
  assert.equal(during?.revalidate, -1, 'refreshed in the background, where the database is tried again');
  assert.equal(await textOf(during), 'before the edit');

  noteDatabaseUnavailable(Date.now() - OUTAGE_REMEMBERED_MS);
  assert.equal(await cache.get('claim', []), undefined);
});

test('a read that must not be kept, or that failed while streaming, is not kept, and reading it is a miss', async () => {
  const cache = createDataCacheHandler(1024 * 1024);
  await cache.set('per-request', Promise.resolve(entry('x', 'tag:a', 0, 0)));
  assert.equal(await cache.get('per-request', []), undefined);
  const failing = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.error(new Error('render failed'));
    },
  });
  const writing = cache.set('failed', Promise.resolve({ ...entry('', 'tag:a'), value: failing }));
  assert.equal(await cache.get('failed', []), undefined, 'a read during the write waits for it');
  await writing;
});

test('the store holds at most its size, dropping what was read least recently', async () => {
  const cache = createDataCacheHandler(2_100);
  for (const key of ['a', 'b']) await cache.set(key, Promise.resolve(entry('x'.repeat(1_000), `tag:${key}`)));
  await cache.get('a', []);
  await cache.set('c', Promise.resolve(entry('x'.repeat(1_000), 'tag:c')));
  assert.equal(await cache.get('b', []), undefined);
  assert.ok(await cache.get('a', []));
  assert.ok(await cache.get('c', []));
});

// Two instances sharing a Redis server, each with its own tag manifest as separate processes have.
const instance = (redis: CacheRedis, prefix: string) =>
  createDataCacheHandler(1024 * 1024, { redis, prefix, manifest: new Map() });

test('through Redis, one instance reads what another cached, and an edit on one expires it on the other', async (t) => {
  const prefix = testPrefix();
  const [redisA, redisB] = [await redisOrSkip(t, prefix), await redisOrSkip(t)];
  if (!redisA || !redisB) return;
  const [a, b] = [instance(redisA, prefix), instance(redisB, prefix)];
  await sleep(100); // both subscribed
  await a.set('claim', Promise.resolve(entry('the claim', 'claim:1')));
  assert.equal(await textOf(await b.get('claim', [])), 'the claim', 'B reads what A cached');

  await sleep(5);
  await a.updateTags(['claim:1']);
  assert.ok(await until(async () => (await b.get('claim', [])) === undefined), 'B drops it within 2 s');
  assert.equal(await a.get('claim', []), undefined);
});

test('a message on the channel that is no invalidation is ignored, and the next real one still applies', async (t) => {
  const prefix = testPrefix();
  const [redisA, redisB] = [await redisOrSkip(t, prefix), await redisOrSkip(t)];
  if (!redisA || !redisB) return;
  const [a, b] = [instance(redisA, prefix), instance(redisB, prefix)];
  await sleep(100); // both subscribed
  await a.set('claim', Promise.resolve(entry('the claim', 'claim:2')));
  for (const junk of ['not json', '{"tags":5}', '{"tags":"claim:2"}', '{"tags":[null,7]}', 'null'])
    await redisA.commands.publish(`${prefix}tags`, junk);
  await sleep(100);
  assert.equal(await textOf(await b.get('claim', [])), 'the claim', 'B still serves it');

  await sleep(5);
  await a.updateTags(['claim:2']);
  assert.ok(await until(async () => (await b.get('claim', [])) === undefined), 'B drops it within 2 s');
});

test("an edit heard from another instance applies once this instance's replicas show it", async (t) => {
  const prefix = testPrefix();
  const [redisA, redisB] = [await redisOrSkip(t, prefix), await redisOrSkip(t)];
  if (!redisA || !redisB) return;
  // The wait lib/db.ts registers, held until the test says the replicas have replayed the edit.
  let replayed = () => {};
  const replicasShowIt = new Promise<void>((resolve) => (replayed = resolve));
  setReplicaCatchUp(() => replicasShowIt);
  t.after(() => setReplicaCatchUp(async () => {}));
  const [a, b] = [instance(redisA, prefix), instance(redisB, prefix)];
  await sleep(100); // both subscribed
  await a.set('claim', Promise.resolve(entry('the claim', 'claim:3')));
  await sleep(5);
  await a.updateTags(['claim:3']);
  assert.equal(await a.get('claim', []), undefined, 'A, which saved, expires it at once');
  await sleep(200); // the message has reached B
  // A refill now could come from a replica without the edit: B keeps serving what it had.
  assert.equal(await textOf(await b.get('claim', [])), 'the claim');
  replayed();
  assert.ok(await until(async () => (await b.get('claim', [])) === undefined), 'then B drops it');
});

test('with Redis unreachable, an instance serves from its memory, refreshing every few seconds, and nothing throws', async () => {
  const unreachable = connectCacheRedis('redis://127.0.0.1:1', { onChange: () => {} });
  try {
    const cache = instance(unreachable, 'countercheck:test:');
    await cache.set('claims', Promise.resolve(entry('the claims', 'tag:down')));
    const found = await cache.get('claims', []);
    assert.equal(found?.revalidate, LIFETIME_WITHOUT_REDIS_SECONDS);
    assert.equal(await textOf(found), 'the claims');
    await sleep(5); // an expiry counts for entries stored before it: not in the same millisecond
    await cache.updateTags(['tag:down']);
    assert.equal(await cache.get('claims', []), undefined, 'its own edits still expire its copies');
  } finally {
    unreachable.disconnect();
  }
});
