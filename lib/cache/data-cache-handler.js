// The store of the `'use cache'` reads (the `default` entry of next.config.js's `cacheHandlers`).
//
// - An entry past its `revalidate` time is still served while a fresh one is read in the
//   background, until its `expire` time (a week for the public record, lib/cache/life.ts). Next.js's
//   built-in handler drops it at `revalidate`; then, with the database down, every request that does
//   not come whole from the page cache (the API, feeds, lists rendered per request) failed a minute
//   into the outage instead of answering from what it had read (docs/failures.md). During an
//   outage, so is an entry an edit expired.
// - Each process keeps entries in an LRU of its memory. With REDIS_URL they are also written to
//   Redis, where the other instances find what one of them read, and invalidations are shared
//   (lib/cache/shared-tags.js); while Redis is unreachable an instance works from its memory alone
//   and refreshes what it serves every few seconds, since it no longer hears the others' edits.
// - Tag times live in Next.js's tag manifest, which the page cache (lib/cache/page-cache-handler.js)
//   reads too.
import { createHash } from 'node:crypto';
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { LRUCache } from 'next/dist/server/lib/lru-cache.js';
import { databaseRecentlyUnavailable } from './database-outage.js';
import { decodeEntry, encodeEntry } from './entry-codec.js';
import { CACHE_MEMORY_BYTES } from './memory-bound.js';
import { CACHE_KEY_PREFIX, cacheRedis, LIFETIME_WITHOUT_REDIS_SECONDS } from './redis-connection.js';
import { followTagInvalidations, shareTagInvalidation } from './shared-tags.js';
import { latestExpiry, recordTagInvalidation, tagsExpiredSince, tagsStaleSince } from './tag-manifest.js';

/** A fresh single-use stream over stored bytes: Next.js reads each entry's value once. */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * A `'use cache'` handler holding at most `maxBytes` of entries in this process's memory, and
 * sharing them and its invalidations through `redis` (lib/cache/redis-connection.js) when given.
 * `manifest` is where tag times are kept: Next.js's, unless a test simulates several instances.
 */
export function createDataCacheHandler(
  maxBytes,
  { redis = null, prefix = CACHE_KEY_PREFIX, manifest = tagsManifest } = {},
) {
  const entries = new LRUCache(maxBytes, (stored, key) => stored.value.byteLength + key.length);
  // A read waits for a write of the same key under way, as in Next.js's handler.
  const pendingSets = new Map();
  const redisKey = (cacheKey) => `${prefix}data:${createHash('sha256').update(cacheKey).digest('base64url')}`;
  if (redis) followTagInvalidations(redis, prefix, manifest);

  /** The entry from this process's memory, or else from Redis (then kept in memory too). */
  async function find(cacheKey) {
    const stored = entries.get(cacheKey);
    if (stored || !redis?.isUp()) return stored;
    const shared = decodeEntry(await redis.commands.getBuffer(redisKey(cacheKey)).catch(() => null));
    if (shared) entries.set(cacheKey, shared);
    return shared ?? undefined;
  }

  /** Keeps the entry's bytes, never its stream (which holds the request that made it). */
  async function store(cacheKey, pendingEntry) {
    const { value, ...entry } = await pendingEntry;
    const bytes = new Uint8Array(await new Response(value).arrayBuffer());
    // `expire: 0` marks a read that must not be kept (Next.js regenerates it on every request).
    if (!(entry.expire > 0)) return;
    entries.set(cacheKey, { entry, value: bytes });
    if (redis?.isUp())
      await redis.commands
        .set(redisKey(cacheKey), encodeEntry(entry, bytes), 'PX', entry.expire * 1000)
        .catch(() => {});
  }

  return {
    // Tags arrive as they are invalidated (followTagInvalidations): nothing to fetch per request.
    async refreshTags() {},

    async getExpiration(tags) {
      return latestExpiry(manifest, tags);
    },

    async updateTags(tags, durations) {
      recordTagInvalidation(manifest, tags, durations);
      // Next.js calls this for the page cache's tags too (both caches share the manifest), so the
      // other instances hear of every invalidation from here. Unreachable, they refresh on their own.
      if (redis?.isUp()) await shareTagInvalidation(redis, prefix, manifest, tags, durations).catch(() => {});
    },

    /**
     * The entry, unless a tag expired it (updateTag); a stale tag asks for a background refresh.
     * While the database is down an expired entry is served as stale too: reading it again would
     * fail (lib/cache/database-outage.js).
     */
    async get(cacheKey) {
      await pendingSets.get(cacheKey);
      const stored = await find(cacheKey);
      if (!stored) return undefined;
      const { tags, timestamp } = stored.entry;
      const expired = tagsExpiredSince(manifest, tags, timestamp);
      if (expired && !databaseRecentlyUnavailable()) return undefined;
      let revalidate = stored.entry.revalidate;
      if (expired || tagsStaleSince(manifest, tags, timestamp)) revalidate = -1;
      else if (redis && !redis.isUp()) revalidate = Math.min(revalidate, LIFETIME_WITHOUT_REDIS_SECONDS);
      return { ...stored.entry, revalidate, value: streamOf(stored.value) };
    },

    async set(cacheKey, pendingEntry) {
      // A value that failed while streaming is not kept: the next read computes it again.
      const stored = store(cacheKey, pendingEntry).catch(() => undefined);
      pendingSets.set(cacheKey, stored);
      await stored;
      if (pendingSets.get(cacheKey) === stored) pendingSets.delete(cacheKey);
    },
  };
}

export default createDataCacheHandler(CACHE_MEMORY_BYTES, { redis: cacheRedis() });
