// The store of the `'use cache'` reads (the `default` entry of next.config.js's `cacheHandlers`):
// Next.js's in-memory LRU, except that an entry past its `revalidate` time is still served while a
// fresh one is read in the background, until its `expire` time (a week for the public record,
// lib/cache/life.ts). Next.js's built-in handler drops an entry at `revalidate`; then, with the
// database down, every request that does not come whole from the page cache (the API, feeds, lists
// rendered per request) failed a minute into the outage instead of answering from what it had read
// (docs/failures.md). Tags are kept as Next.js keeps them, in its tag manifest, which the page cache
// (lib/cache/page-cache-handler.js) reads as well.
import { createDefaultCacheHandler } from 'next/dist/server/lib/cache-handlers/default.js';
import { areTagsExpired, areTagsStale } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { LRUCache } from 'next/dist/server/lib/lru-cache.js';
import { CACHE_MEMORY_BYTES } from './memory-bound.js';

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
 * A `'use cache'` handler holding at most `maxBytes` of entries in this process's memory. The tag
 * methods are Next.js's own (a built-in handler's, whose store goes unused).
 */
export function createDataCacheHandler(maxBytes) {
  const { refreshTags, getExpiration, updateTags } = createDefaultCacheHandler(1);
  const entries = new LRUCache(maxBytes, (stored, key) => stored.value.byteLength + key.length);
  // A read waits for a write of the same key under way, as in Next.js's handler.
  const pendingSets = new Map();

  /** Keeps the entry's bytes, never its stream (which holds the request that made it). */
  async function storeEntry(cacheKey, pendingEntry) {
    const { value, ...entry } = await pendingEntry;
    const bytes = new Uint8Array(await new Response(value).arrayBuffer());
    // `expire: 0` marks a read that must not be kept (Next.js regenerates it on every request).
    if (entry.expire > 0) entries.set(cacheKey, { entry, value: bytes });
  }

  return {
    refreshTags,
    getExpiration,
    updateTags,

    /** The entry, unless a tag expired it (updateTag); a stale tag asks for a background refresh. */
    async get(cacheKey) {
      await pendingSets.get(cacheKey);
      const stored = entries.get(cacheKey);
      if (!stored || areTagsExpired(stored.entry.tags, stored.entry.timestamp)) return undefined;
      const revalidate = areTagsStale(stored.entry.tags, stored.entry.timestamp) ? -1 : stored.entry.revalidate;
      return { ...stored.entry, revalidate, value: streamOf(stored.value) };
    },

    async set(cacheKey, pendingEntry) {
      // A value that failed while streaming is not kept: the next read computes it again.
      const stored = storeEntry(cacheKey, pendingEntry).catch(() => undefined);
      pendingSets.set(cacheKey, stored);
      await stored;
      if (pendingSets.get(cacheKey) === stored) pendingSets.delete(cacheKey);
    },
  };
}

export default createDataCacheHandler(CACHE_MEMORY_BYTES);
