// Whole pages shared by the instances through Redis (REDIS_URL, docs/scale-out.md): the page cache
// (lib/cache/page-cache-handler.js) writes each page it keeps beside its memory, and an instance
// that misses in memory looks here before rendering. Whether a copy is still valid is the page
// cache's to say, from the tag manifest, as for its own copies.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { decodePageEntry, encodePageEntry } from './page-entry-codec.js';

const compress = promisify(zlib.brotliCompress);
const decompress = promisify(zlib.brotliDecompress);
/**
 * Brotli at quality 4, in libuv's thread pool: a claim page of 325 KB (its HTML, its React payload,
 * and the same payload again among its segments) is stored in 20 KB, in about 2 ms, and read back in
 * under 1 ms. Gzip's 32 KB window misses the repeated payload: 74 KB at best.
 */
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };

const buildIds = new Map();

/**
 * The id of the build served from `serverDistDir` (`.next/server`), read once per process; null
 * where there is none to read.
 */
function buildIdOf(serverDistDir) {
  if (!buildIds.has(serverDistDir)) {
    let id = null;
    try {
      id = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() || null;
    } catch {
      // No build (a test of the memory store alone): nothing is shared.
    }
    buildIds.set(serverDistDir, id);
  }
  return buildIds.get(serverDistDir);
}

/**
 * How long a copy may be served from Redis: until Next.js would render it again before serving it
 * (`expire`, a week for the public record, lib/cache/life.ts), else its `revalidate` time. Null for
 * an entry kept as long as the build (neither is a number): it is left in memory.
 */
function lifetimeOf(cacheControl) {
  const { expire, revalidate } = cacheControl ?? {};
  if (typeof expire === 'number' && expire > 0) return expire;
  if (typeof revalidate === 'number' && revalidate > 0) return revalidate;
  return null;
}

/**
 * The store of the pages of the build in `serverDistDir`, through `redis`
 * (lib/cache/redis-connection.js), or null without Redis or a build. Keys hold the build's id: two
 * builds (during a deploy) never serve each other's pages, whose scripts and payloads differ. While
 * Redis is unreachable nothing is read or written, and no call throws.
 */
export function sharedPages(redis, prefix, serverDistDir) {
  const buildId = redis && serverDistDir ? buildIdOf(serverDistDir) : null;
  if (!buildId) return null;
  const redisKey = (key) => `${prefix}page:${buildId}:${createHash('sha256').update(key).digest('base64url')}`;
  return {
    /** The copy stored under Next.js's cache key `key`, or null. */
    async read(key) {
      if (!redis.isUp()) return null;
      const stored = await redis.commands.getBuffer(redisKey(key)).catch(() => null);
      return stored ? decodePageEntry(await decompress(stored).catch(() => null)) : null;
    },
    /** Stores `entry` ({ value, lastModified, cacheControl }) for the other instances. */
    async write(key, entry) {
      const seconds = lifetimeOf(entry.cacheControl);
      const bytes = seconds && redis.isUp() ? encodePageEntry(entry) : null;
      if (!bytes) return;
      await redis.commands.set(redisKey(key), await compress(bytes, BROTLI), 'PX', seconds * 1000).catch(() => {});
    },
  };
}
