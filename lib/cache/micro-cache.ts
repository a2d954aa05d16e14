import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { LRUCache } from 'next/dist/server/lib/lru-cache.js';
import { underNextJs } from './entry';
import { latestInvalidation } from './tag-manifest.js';

// The answers of the public route handlers (the API's, the feeds', the embeds') kept for a second
// in this process, in front of their 'use cache' entries. Those entries are what keeps an answer
// right; this only saves reading one per request. Reading a 'use cache' entry costs Next.js a key
// serialization and a decoding of the stored React data: a quarter of a route handler's throughput
// here, where a page comes whole from the page cache (docs/benchmarks.md, "The route handlers'
// micro-cache, and ratios paired by round"). Under a crowd, one request a second per answer reads
// the entry and every other one is answered from here.
//
// Nothing kept here outlives an edit: any invalidation of any tag, in this process or heard from
// another instance (lib/cache/shared-tags.js), empties it in effect, since an answer kept before the
// latest invalidation is not served. So it holds no state of its own: it is never more than a
// second behind the shared cache.

/** How long an answer is served from here before its 'use cache' entry is read again. */
export const MICRO_CACHE_MS = 1_000;

/** How many answers are kept (the least read go first): those of one second's traffic. */
const MAX_ANSWERS = 256;

type Manifest = Map<string, { stale?: number; expired?: number }>;
type Kept = { keptAt: number; answer: Promise<unknown> };

/**
 * A micro-cache whose answers are good for `keptForMs` and until `manifest` records an
 * invalidation. Concurrent requests for an answer not yet kept share one read; a read that fails is
 * not kept.
 */
export function createMicroCache({
  manifest,
  keptForMs = MICRO_CACHE_MS,
  maxAnswers = MAX_ANSWERS,
  now = Date.now,
}: {
  manifest: Manifest;
  keptForMs?: number;
  maxAnswers?: number;
  now?: () => number;
}) {
  const answers = new LRUCache<Kept>(maxAnswers, () => 1);

  return function microCached<T>(key: string, read: () => Promise<T>): Promise<T> {
    const time = now();
    const kept = answers.get(key);
    // Strictly after: an answer kept in the same millisecond as an invalidation may predate it.
    if (kept && time - kept.keptAt < keptForMs && kept.keptAt > latestInvalidation(manifest)) {
      return kept.answer as Promise<T>;
    }
    const answer = read();
    const entry = { keptAt: time, answer };
    answers.set(key, entry);
    answer.catch(() => {
      if (answers.get(key) === entry) answers.remove(key);
    });
    return answer;
  };
}

/**
 * `read()`'s answer for `key`, which names everything the answer depends on (a route's path, and
 * its query where the route reads one). Outside Next.js (the node tests that call route handlers
 * directly) there is no cache in front of which to keep anything, and every call reads.
 */
export const microCached: <T>(key: string, read: () => Promise<T>) => Promise<T> = underNextJs
  ? createMicroCache({ manifest: tagsManifest })
  : (_key, read) => read();
