// How much of a process's memory each of its caches may hold: the page cache (Next.js's LRU,
// `cacheMaxMemorySize` in next.config.js) and the `'use cache'` reads (lib/cache/data-cache-handler.js).
// Every view of a list and every search is an entry of both, so what readers and crawlers ask for
// decides how many there are; under a flood of new queries the entries read least are dropped, and
// a dropped page is rendered again from the data cache. 256 MB holds about 1,500 pages of 100-200 KB
// (HTML and React payloads), docs/caching.md.
export const CACHE_MEMORY_BYTES = 256 * 1024 * 1024;
