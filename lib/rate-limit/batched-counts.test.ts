import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { Pool } from 'pg';
import { isLocalDatabase } from '../database';
import { env } from '../env';
import { BatchedCounts } from './batched-counts';

// The proxy's read counts against the configured PostgreSQL server, each test with addresses of its
// own. Each test writes a batch by calling flush() rather than waiting for the timer.

if (!isLocalDatabase()) throw new Error('Refusing to run tests against a non-local database.');

const onPostgres = { skip: env.DATABASE_URL ? false : 'needs DATABASE_URL (PostgreSQL)' };
const pools: Pool[] = [];
/** A pool of its own, as a separate instance of the app would have. */
const instancePool = (connectionString = env.DATABASE_URL) => {
  const pool = new Pool({ connectionString, max: 1, connectionTimeoutMillis: 500 });
  pools.push(pool);
  return pool;
};
after(() => Promise.all(pools.map((pool) => pool.end())));

const limit = { points: 3, durationSeconds: 60 };
const address = () => `test-${randomUUID()}`;
const storedPoints = async (pool: Pool, key: string) =>
  (await pool.query<{ points: number }>('select points from rate_limits where key = $1', [key])).rows[0]?.points;

test('a process refuses past the limit on its own count, before any write', onPostgres, () => {
  const counts = new BatchedCounts('api', limit, instancePool());
  const client = address();
  for (let i = 0; i < limit.points; i++) assert.deepEqual(counts.consume(client), { allowed: true });
  const refused = counts.consume(client);
  assert.ok(!refused.allowed && refused.retryAfterSeconds > 59 && refused.retryAfterSeconds <= 60);
  assert.deepEqual(counts.consume(address()), { allowed: true }, 'another address has its own count');
});

test(
  'counts reach the table a batch at a time, and the other instances with their next write',
  onPostgres,
  async () => {
    const [first, second] = [instancePool(), instancePool()];
    const [one, other] = [new BatchedCounts('api', limit, first), new BatchedCounts('api', limit, second)];
    const client = address();
    for (let i = 0; i < limit.points; i++) one.consume(client);
    assert.equal(await storedPoints(first, `api:${client}`), undefined, 'nothing written before the batch');
    await one.flush();
    assert.equal(await storedPoints(first, `api:${client}`), 3, 'in the rate_limits table the migration made');
    // The other instance has not heard yet: one more request, at most a batch's worth, then it knows.
    assert.deepEqual(other.consume(client), { allowed: true });
    await other.flush();
    assert.equal(await storedPoints(second, `api:${client}`), 4);
    assert.equal(other.consume(client).allowed, false, 'the table’s count, not only its own');
  },
);

test('a window that has ended begins again, in the process and in the table', onPostgres, async () => {
  let now = Date.now();
  const pool = instancePool();
  const counts = new BatchedCounts('feeds', { points: 1, durationSeconds: 60 }, pool, () => now);
  const client = address();
  assert.equal(counts.consume(client).allowed, true);
  assert.equal(counts.consume(client).allowed, false);
  await counts.flush();
  now += 61_000;
  assert.equal(counts.consume(client).allowed, true);
  await counts.flush();
  assert.equal(await storedPoints(pool, `feeds:${client}`), 1);
});

test('while PostgreSQL cannot be reached, the process goes on limiting with its own count', async () => {
  const counts = new BatchedCounts(
    'api',
    { points: 2, durationSeconds: 60 },
    instancePool('postgresql://postgres@127.0.0.1:1/none'),
  );
  const client = address();
  assert.equal(counts.consume(client).allowed, true);
  await counts.flush();
  assert.equal(counts.consume(client).allowed, true);
  await counts.flush();
  assert.equal(counts.consume(client).allowed, false);
});
