// The machine's Redis for the cache tests (lib/cache/*.test.ts): Redis runs on the development and
// CI machines (README); without it those tests say so and skip. Each test writes under a prefix of
// its own and removes its keys, so that tests and other checkouts never see each other's.
import { randomUUID } from 'node:crypto';
import type { TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { type CacheRedis, connectCacheRedis } from '../cache/redis-connection.js';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A connection to the test Redis, or null (the test skipped) without one. After the test, the keys
 * under `prefix` are removed and the connection is closed.
 */
export async function redisOrSkip(t: TestContext, prefix?: string): Promise<CacheRedis | null> {
  const redis = connectCacheRedis(TEST_REDIS_URL, { onChange: () => {} });
  for (let waited = 0; !redis.isUp() && waited < 2_000; waited += 50) await sleep(50);
  if (!redis.isUp()) {
    redis.disconnect();
    t.skip(`no Redis at ${TEST_REDIS_URL}`);
    return null;
  }
  t.after(async () => {
    if (prefix) await removeKeys(redis, prefix);
    redis.disconnect();
  });
  return redis;
}

/** A key prefix of the test's own. */
export const testPrefix = () => `countercheck:test:${randomUUID()}:`;

export async function removeKeys(redis: CacheRedis, prefix: string): Promise<void> {
  const keys = await redis.commands.keys(`${prefix}*`);
  if (keys.length) await redis.commands.del(...keys);
}

/** Whether `check` came true within 2 s: what an invalidation takes to reach another instance. */
export async function until(check: () => Promise<boolean>): Promise<boolean> {
  for (let waited = 0; waited < 2_000; waited += 20) {
    if (await check()) return true;
    await sleep(20);
  }
  return false;
}
