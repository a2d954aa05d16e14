import { databaseRecentlyUnavailable } from './database-outage';

/**
 * `read`, asked again once when it fails while the database is found unavailable.
 *
 * A cached read whose entry an edit had expired is read again from the database; if the database
 * stops under it (a render under way at that moment), it fails out of 'use cache' as an opaque
 * render error, not as the outage it was, and the page or response would be a 500. The failure
 * notes the outage (lib/db.ts), and from then on the cache serves its last copy of an entry
 * (lib/cache/data-cache-handler.js): asked again, the read is answered from it. A read the cache
 * has no copy of fails again, as the outage it is. Any other failure is thrown as it came.
 */
export function askAgainDuringOutage<Args extends unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    try {
      return await read(...args);
    } catch (error) {
      if (!databaseRecentlyUnavailable()) throw error;
      return read(...args);
    }
  };
}
