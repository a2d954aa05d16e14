// The Redis connection through which the app's instances share their cache (REDIS_URL,
// docs/scale-out.md): one for commands and one subscribed to the others' tag invalidations. Without
// REDIS_URL (one instance, the embedded database) there is none and each cache stays in memory.
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';

/**
 * How long an instance serves what it cached while Redis is unreachable before refreshing it: it
 * no longer hears the other instances' invalidations, so its copies may be out of date.
 */
export const LIFETIME_WITHOUT_REDIS_SECONDS = 5;

/** What every key the caches write begins with: `data:` entries, `page:` entries, `tags`. */
export const CACHE_KEY_PREFIX = 'countercheck:cache:';

/**
 * Every command fails at once while Redis is unreachable (no queue to replay later) and within
 * half a second when it hangs: the cache then works from this process's memory, never waits on it.
 */
const COMMAND_OPTIONS = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: 500,
  connectTimeout: 1000,
  // Reconnects for ever, a quarter of a second more between tries, at most every 2 s.
  retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
};

/**
 * Connects to `url`. `onChange(up)` hears when both connections are ready, and when either is
 * lost; the subscriber's subscriptions are queued until it is connected, and renewed on reconnection.
 */
export function connectCacheRedis(url, { onChange = logChange } = {}) {
  const commands = new Redis(url, COMMAND_OPTIONS);
  const subscriber = new Redis(url, { ...COMMAND_OPTIONS, enableOfflineQueue: true });
  let up = false;
  const whenUp = [];
  const update = () => {
    const now = commands.status === 'ready' && subscriber.status === 'ready';
    if (now === up) return;
    onChange((up = now), url);
    if (up) for (const listener of whenUp) listener();
  };
  for (const connection of [commands, subscriber]) {
    connection.on('ready', update);
    connection.on('close', update);
    // ioredis reports each failed attempt as an 'error' event: `close` already says it is down.
    connection.on('error', () => {});
  }
  return {
    /** Names this connection's own messages, which it does not apply twice. */
    id: randomUUID(),
    commands,
    subscriber,
    isUp: () => up,
    /** Calls `listener` each time the connection comes (back) up. */
    onUp: (listener) => whenUp.push(listener),
    disconnect: () => {
      commands.disconnect();
      subscriber.disconnect();
    },
  };
}

function logChange(up, url) {
  const where = new URL(url).host;
  if (up) console.info(`Cache: Redis at ${where} reachable; the cache is shared with the other instances.`);
  else
    console.warn(
      `Cache: Redis at ${where} unreachable; caching in this process only, with ${LIFETIME_WITHOUT_REDIS_SECONDS}-second lifetimes, until it is back.`,
    );
}

const SHARED = Symbol.for('countercheck.cacheRedis');

/**
 * The process's connection, made on first use, or null without REDIS_URL. Kept on globalThis: the
 * bundler may give each route its own copy of the cache handlers' modules, and they must share one
 * connection and hear the same invalidations.
 */
export function cacheRedis() {
  const url = process.env.REDIS_URL;
  // The build's prerenders stay in the build's memory: they are its pages, not the cluster's.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return null;
  globalThis[SHARED] ??= connectCacheRedis(url);
  return globalThis[SHARED];
}
