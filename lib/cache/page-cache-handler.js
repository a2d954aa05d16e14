// Next.js's page cache (the `cacheHandler` of next.config.js): its own file-system store (pages
// in this process's memory, the build's own also on disk), plus
// - a Content-Security-Policy kept with every cached page, whose script-src allows the page's
//   inline scripts by hash (lib/security/page-script-policy.js). The header is computed once, when
//   a page enters the cache, and Next.js sends a cached entry's headers with every response it makes
//   from it: the first render, fresh and stale hits (docs/security.md, "Content-Security-Policy");
// - with REDIS_URL, every page it keeps written to Redis too (lib/cache/shared-pages.js), where the
//   other instances find it instead of rendering it again (docs/scale-out.md).
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { areTagsExpired } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { pageScriptPolicy } from '../security/page-script-policy.js';
import { databaseRecentlyUnavailable } from './database-outage.js';
import { CACHE_KEY_PREFIX, cacheRedis, LIFETIME_WITHOUT_REDIS_SECONDS } from './redis-connection.js';
import { sharedPages } from './shared-pages.js';

// A CommonJS module compiled from ESM. Node (next build loads this file itself) hands over its
// exports object as the default import; the server's bundle, where Turbopack compiles this file
// into each page, hands over the class.
const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;

const POLICY_HEADER = 'content-security-policy';
const TAGS_HEADER = 'x-next-cache-tags';
/** How many keys' render starts are remembered (about 2 MB of keys at most). */
const RENDERS_TRACKED = 10_000;
/** How often a copy served during an outage is rendered again, in the background. */
const OUTAGE_COPY_REVALIDATE_SECONDS = 1;
/**
 * A copy from Redis is taken only if it was stored at least this long after the last expiry of its
 * tags that this instance knows of. Each instance dates an invalidation by its own clock, when it
 * hears of it: an instance that had not heard of a save yet could render a page from its cached
 * reads, older than the save, and store it later than the save's time here, so that it would look
 * newer than the save. The margin covers how long an invalidation takes to reach every instance
 * (milliseconds; `npm run test:cluster` checks that an edit shows within 2 s) and clocks that
 * disagree by as much. The cost: for that long after a save, each instance renders the pages the
 * save expired itself, as it did without Redis.
 */
export const SHARED_COPY_MARGIN_MS = 2_000;

/**
 * Adds the script policy to a cached page's headers, in place: Next.js sends the headers of the
 * very object it stored, so the render that fills the entry gets the header too. Build-time pages
 * read from disk lack it and get it on their first read. Other kinds (route handlers, fetches)
 * are not documents and are left as they are, and so is a page with postponed parts: its cached
 * HTML is only a shell, and the rest, scripts included, is rendered for each request (such pages
 * get a nonce from proxy.ts instead).
 */
export function withPageScriptPolicy(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || typeof value.postponed === 'string') return value;
  value.headers ??= {};
  value.headers[POLICY_HEADER] ??= pageScriptPolicy(value.html);
  return value;
}

/**
 * The tags a cached page or route answer was rendered from (Next.js keeps them in its headers).
 */
function cacheTagsOf(value) {
  const tags = value?.headers?.[TAGS_HEADER];
  return typeof tags === 'string' && tags ? tags.split(',') : [];
}

/**
 * While Redis is unreachable this instance no longer hears the others' invalidations (they reach
 * its tag manifest through lib/cache/data-cache-handler.js): a page it cached is refreshed in the
 * background once it is a few seconds old, and shared caches are told to keep it no longer.
 */
function withLifetimeWithoutRedis(entry) {
  const revalidate = entry?.cacheControl?.revalidate;
  if (typeof revalidate !== 'number' || revalidate <= LIFETIME_WITHOUT_REDIS_SECONDS) return entry;
  return { ...entry, cacheControl: { ...entry.cacheControl, revalidate: LIFETIME_WITHOUT_REDIS_SECONDS } };
}

/** The later stored of two copies of an entry, either of which may be missing. */
const newer = (one, other) => (!other?.value || (one?.value && one.lastModified >= other.lastModified) ? one : other);

/**
 * The page cache's class, sharing pages through the Redis connection `connect()` returns (none
 * without REDIS_URL) under keys that begin with `prefix`. Next.js makes one instance per request.
 */
export function definePageCacheHandler({ connect = cacheRedis, prefix = CACHE_KEY_PREFIX } = {}) {
  return class PageCacheHandler extends FileSystemCache {
    /**
     * When this process began rendering each page it is about to store: the first read of the key
     * since its last store. Next.js dates an entry by when it was stored, so a render that read the
     * database before an editor's save and finished after the save's tags expired would be kept as
     * if it were newer than the save, and served until the page's next revalidation. Only this
     * process's renders are tracked here; the tags themselves live in Next.js's tag manifest.
     */
    #renderStartedAt = new Map();

    #redis = connect();

    #shared;

    constructor(context) {
      super(context);
      this.#shared = sharedPages(this.#redis, prefix, context.serverDistDir);
    }

    async get(key, context) {
      if (!this.#renderStartedAt.has(key)) {
        this.#renderStartedAt.set(key, Date.now());
        // Keys read and never stored again (a fresh entry, served) stay until their next render: the
        // oldest go first past a bound, so that a flood of new URLs cannot grow it without end. A
        // render whose start was dropped is dated by its store, as Next.js dates it.
        if (this.#renderStartedAt.size > RENDERS_TRACKED)
          this.#renderStartedAt.delete(this.#renderStartedAt.keys().next().value);
      }
      const entry = (await super.get(key, context)) ?? (await this.#copyFromElsewhere(key));
      withPageScriptPolicy(entry?.value);
      return this.#redis && !this.#redis.isUp() ? withLifetimeWithoutRedis(entry) : entry;
    }

    /**
     * On a miss in memory (or a copy there that an edit expired), the copy another instance stored
     * in Redis, if no tag of it expired since (with the margin above); it is kept in memory from then
     * on. Otherwise, while the database is down, the last copy there is.
     */
    async #copyFromElsewhere(key) {
      const shared = await this.#shared?.read(key);
      if (shared && !areTagsExpired(cacheTagsOf(shared.value), shared.lastModified - SHARED_COPY_MARGIN_MS)) {
        FileSystemCache.memoryCache?.set(key, shared);
        return shared;
      }
      return this.#lastCopyDuringOutage(newer(FileSystemCache.memoryCache?.get(key), shared));
    }

    /**
     * While the database is down, the copy an edit expired (which Next.js would render again, and
     * fail to) is the best answer there is: it is served as stale, so each request still tries a
     * render in the background, and the first that succeeds replaces it. Next.js keeps pages in its
     * memory store (isrFlushToDisk is off), where an expired entry stays until it is replaced; Redis
     * keeps them until their expire time.
     */
    #lastCopyDuringOutage(kept) {
      if (!databaseRecentlyUnavailable() || !kept?.value) return null;
      const revalidate = OUTAGE_COPY_REVALIDATE_SECONDS;
      return {
        ...kept,
        cacheControl: { ...kept.cacheControl, revalidate },
        lastModified: Date.now() - (revalidate + 1) * 1000,
      };
    }

    /**
     * A render that began before one of its tags expired is not stored, here or in Redis: the entry
     * it would replace is expired too, so the next request renders again, from the saved data. (A
     * read that served a fresh entry and rendered nothing can date a later render too early: the
     * cost is one render more after a save, never a stale page.)
     */
    async set(key, value, context) {
      const renderStartedAt = this.#renderStartedAt.get(key) ?? Date.now();
      this.#renderStartedAt.delete(key);
      if (areTagsExpired(cacheTagsOf(value), renderStartedAt)) return;
      withPageScriptPolicy(value);
      await super.set(key, value, context);
      await this.#shared?.write(key, { value, lastModified: Date.now(), cacheControl: context.cacheControl });
    }
  };
}

export default definePageCacheHandler();
