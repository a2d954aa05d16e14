import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { Pool } from 'pg';
import { connectCacheRedis } from '../cache/redis-connection.js';
import { isLocalDatabase } from '../database';
import { env } from '../env';
import { consumeFrom, createRateLimiter } from './limiters';

// The counters against the configured PostgreSQL server (skipped on the embedded database, which
// counts in memory). No waiting: each test uses keys of its own and checks the points and the
// Retry-After the limiter reports.

if (!isLocalDatabase()) throw new Error('Refusing to run tests against a non-local database.');

const onPostgres = { skip: env.DATABASE_URL ? false : 'needs DATABASE_URL (PostgreSQL)' };
const pools: Pool[] = [];
/** A pool of its own, as a separate instance of the app would have. */
const instancePool = () => {
  const pool = new Pool({ connectionString: env.DATABASE_URL, max: 1 });
  pools.push(pool);
  return pool;
};
after(() => Promise.all(pools.map((pool) => pool.end())));

const limit = { points: 3, durationSeconds: 60 };
const key = () => `test-${randomUUID()}`;

test('two instances of the app share one count in PostgreSQL', onPostgres, async () => {
  const first = createRateLimiter('search', limit, instancePool());
  const second = createRateLimiter('search', limit, instancePool());
  const address = key();
  assert.deepEqual(await consumeFrom(first, address), { allowed: true });
  assert.deepEqual(await consumeFrom(second, address), { allowed: true });
  assert.deepEqual(await consumeFrom(first, address), { allowed: true });
  const refused = await consumeFrom(second, address);
  assert.equal(refused.allowed, false);
  assert.ok(!refused.allowed && refused.retryAfterSeconds > 0 && refused.retryAfterSeconds <= 60);
  assert.equal((await consumeFrom(first, address)).allowed, false, 'the other instance refuses too');
});

test('addresses and families are counted apart', onPostgres, async () => {
  const pool = instancePool();
  const search = createRateLimiter('search', { points: 1, durationSeconds: 60 }, pool);
  const feeds = createRateLimiter('feeds', { points: 1, durationSeconds: 60 }, pool);
  const [one, other] = [key(), key()];
  assert.equal((await consumeFrom(search, one)).allowed, true);
  assert.equal((await consumeFrom(search, one)).allowed, false);
  assert.equal((await consumeFrom(search, other)).allowed, true, 'another address has its own count');
  assert.equal((await consumeFrom(feeds, one)).allowed, true, 'another family has its own count');
  const stored = await pool.query('select key, points from rate_limits where key = $1', [`search:${one}`]);
  assert.equal(stored.rows[0]?.points, 2, 'the counter lives in the rate_limits table the migration made');
});

test('when PostgreSQL cannot be reached, the process counts in memory instead of failing', async () => {
  const unreachable = new Pool({
    connectionString: 'postgresql://postgres@127.0.0.1:1/none',
    connectionTimeoutMillis: 500,
  });
  pools.push(unreachable);
  const limiter = createRateLimiter('api', { points: 2, durationSeconds: 60 }, unreachable);
  const address = key();
  assert.deepEqual(await consumeFrom(limiter, address), { allowed: true });
  assert.deepEqual(await consumeFrom(limiter, address), { allowed: true });
  assert.equal((await consumeFrom(limiter, address)).allowed, false);
});

test('through Redis, two instances share one count; while it is unreachable each counts in memory', async (t) => {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const connections = [connectCacheRedis(url, { onChange: () => {} }), connectCacheRedis(url, { onChange: () => {} })];
  const unreachable = connectCacheRedis('redis://127.0.0.1:1', { onChange: () => {} });
  t.after(() => [...connections, unreachable].forEach((connection) => connection.disconnect()));
  for (let waited = 0; !connections.every((c) => c.isUp()) && waited < 2_000; waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
  if (!connections.every((c) => c.isUp())) return t.skip(`no Redis at ${url}`);

  const [first, second] = connections.map((c) => createRateLimiter('search', limit, { redis: c.commands }));
  const address = key();
  for (const limiter of [first, second, first])
    assert.deepEqual(await consumeFrom(limiter!, address), { allowed: true });
  assert.equal((await consumeFrom(second!, address)).allowed, false, 'the fourth request, on either instance');

  const cutOff = createRateLimiter('api', { points: 1, durationSeconds: 60 }, { redis: unreachable.commands });
  assert.deepEqual(await consumeFrom(cutOff, address), { allowed: true });
  assert.equal((await consumeFrom(cutOff, address)).allowed, false);
});

test('the embedded mode counts in this process, with the same refusals', async () => {
  const limiter = createRateLimiter('exports', { points: 1, durationSeconds: 600 }, 'memory');
  const address = key();
  assert.deepEqual(await consumeFrom(limiter, address), { allowed: true });
  const refused = await consumeFrom(limiter, address);
  assert.ok(!refused.allowed && refused.retryAfterSeconds > 590 && refused.retryAfterSeconds <= 600);
});
