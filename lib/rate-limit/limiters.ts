import type Redis from 'ioredis';
import type { Pool } from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { cacheRedis } from '../cache/redis-connection.js';
import { isReadFamily, retryAfterSeconds, type RateLimit, type RateLimitFamily } from '../domain/rate-limits';
import { env } from '../env';
import { openSidePool } from '../side-pool';
import { BatchedCounts } from './batched-counts';

// The counters behind every rate limit (lib/domain/rate-limits.ts says which and how much), kept
// where every instance of the app counts the same requests: in Redis when REDIS_URL is set (one INCR
// per request, on the cache's connection, by rate-limiter-flexible), else on PostgreSQL in the
// rate_limits table (a migration makes it): the limited reads a batch at a time
// (./batched-counts.ts), the accounts' writes and tries by rate-limiter-flexible, one atomic
// INSERT … ON CONFLICT per request. The embedded database serves one process, whose memory then
// holds them.
//
// No 'server-only' here: proxy.ts imports this module, and the proxy is bundled apart from the app.
// For the same reason the counters get a small pool of their own rather than the Prisma client's
// (PrismaPg keeps its pool private, and the proxy would otherwise load the whole client).

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Where counters are kept: a Redis connection, a PostgreSQL pool, or this process's memory. */
export type RateLimitStore = { redis: Redis } | Pool | 'memory';

const TABLE = 'rate_limits';

/** One family's limiter on `store`. Several limiters on one database share their counts. */
export function createRateLimiter(family: RateLimitFamily, limit: RateLimit, store: RateLimitStore) {
  const options = { keyPrefix: family, points: limit.points, duration: limit.durationSeconds };
  if (store === 'memory') return new RateLimiterMemory(options);
  // When the store cannot answer, the process counts on its own rather than failing reads that
  // caches could still serve.
  const insuranceLimiter = new RateLimiterMemory(options);
  if ('redis' in store) return new RateLimiterRedis({ ...options, storeClient: store.redis, insuranceLimiter });
  return new RateLimiterPostgres({
    ...options,
    storeClient: store,
    storeType: 'pool',
    tableName: TABLE,
    tableCreated: true,
    insuranceLimiter,
  });
}

/** Takes `points` from `key`'s allowance on `limiter`: allowed, or refused with when to retry. */
export async function consumeFrom(limiter: RateLimiterAbstract, key: string, points = 1): Promise<RateLimitVerdict> {
  try {
    await limiter.consume(key, points);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(rejection.msBeforeNext) };
    throw rejection;
  }
}

// Kept on globalThis: the proxy and the app are separate bundles in one process, and Next.js dev
// re-evaluates modules on every change; one pool and one limiter per family is enough for both.
const globalForLimits = globalThis as unknown as {
  rateLimitStore?: RateLimitStore;
  rateLimiters?: Map<RateLimitFamily, (key: string) => Promise<RateLimitVerdict>>;
};

function configuredStore(): RateLimitStore {
  const redis = env.REDIS_URL ? cacheRedis() : null;
  if (redis) return { redis: redis.commands };
  // A database that hangs rather than refuses answers nothing within the pool's second, and the
  // insurance limiter in memory answers instead.
  return (globalForLimits.rateLimitStore ??= env.DATABASE_URL ? openSidePool(env.DATABASE_URL) : 'memory');
}

/** The counter of `family` on the configured store: a function, as each bundle has its own classes. */
function counterOf(family: RateLimitFamily): (key: string) => Promise<RateLimitVerdict> {
  const store = configuredStore();
  const limit = env.RATE_LIMITS[family];
  if (store !== 'memory' && !('redis' in store) && isReadFamily(family)) {
    const counts = new BatchedCounts(family, limit, store);
    return async (key) => counts.consume(key);
  }
  const limiter = createRateLimiter(family, limit, store);
  return (key) => consumeFrom(limiter, key);
}

/** Counts one request of `family` for `key` (a client address or an account id). */
export function consumeRateLimit(family: RateLimitFamily, key: string): Promise<RateLimitVerdict> {
  const counters = (globalForLimits.rateLimiters ??= new Map());
  let counter = counters.get(family);
  if (!counter) {
    counter = counterOf(family);
    counters.set(family, counter);
  }
  return counter(key);
}
