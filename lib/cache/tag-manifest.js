// When each cache tag last went stale or expired, as Next.js records it (its tags manifest, a Map of
// tag to `{ stale?, expired? }` in milliseconds), and the checks an entry's timestamp is put to.
// The same rules as Next.js's own handlers (node_modules/next/dist/server/lib/cache-handlers/default.js),
// written against any manifest so that a test can give each simulated instance one of its own.

/**
 * Records an invalidation. Without `durations` (updateTag) the tags expire now; with them
 * (revalidateTag with a profile) they go stale now and expire `durations.expire` seconds later.
 */
export function recordTagInvalidation(manifest, tags, durations, now = Date.now()) {
  for (const tag of tags) {
    const record = { ...manifest.get(tag) };
    if (durations) {
      record.stale = now;
      if (durations.expire !== undefined) record.expired = now + durations.expire * 1000;
    } else {
      record.expired = now;
    }
    manifest.set(tag, record);
  }
}

/** Keeps the later of each time: for records heard from elsewhere, in any order. */
export function mergeTagRecord(manifest, tag, heard) {
  const record = { ...manifest.get(tag) };
  for (const field of ['stale', 'expired']) {
    if (typeof heard?.[field] === 'number' && !(record[field] >= heard[field])) record[field] = heard[field];
  }
  manifest.set(tag, record);
}

/** Whether one of the tags expired after `timestamp` (and that expiry has come). */
export function tagsExpiredSince(manifest, tags, timestamp, now = Date.now()) {
  return tags.some((tag) => {
    const expired = manifest.get(tag)?.expired;
    return typeof expired === 'number' && expired > timestamp && expired <= now;
  });
}

/** Whether one of the tags went stale after `timestamp`. */
export function tagsStaleSince(manifest, tags, timestamp) {
  return tags.some((tag) => (manifest.get(tag)?.stale ?? 0) > timestamp);
}

/** The latest expiry of the tags, 0 if none expired (a cache handler's `getExpiration`). */
export function latestExpiry(manifest, tags) {
  return Math.max(0, ...tags.map((tag) => manifest.get(tag)?.expired ?? 0));
}
