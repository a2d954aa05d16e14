// How long the public record's cache entries live (cacheLife, lib/cache/public-record.ts), in seconds.
// `revalidate` is also the s-maxage that shared caches (a CDN) are sent, and they hear of no edit: they
// may serve a copy that old. Next.js's own copy is expired by tag at once on every write; the time
// only bounds what a write made outside the server (a script) leaves stale, and how often a page
// read all the time is rendered again in the background. `stale` is how long a browser's router
// may reuse a page without asking.

/** The public record: a minute fresh, then refreshed in the background; kept a week, so that pages
 * already cached keep being served while the database is down. */
export const RECORD_LIFE = { stale: 30, revalidate: 60, expire: 7 * 24 * 3600 };

/** Search results: a query seldom repeats for long, so its entries go after ten minutes. */
export const SEARCH_LIFE = { stale: 30, revalidate: 60, expire: 600 };
