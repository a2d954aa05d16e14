// When each cache tag last went stale or expired, as Next.js records it (its tags manifest, a Map of
// tag to `{ stale?, expired? }` in milliseconds), and the checks an entry's timestamp is put to.
// The same rules as Next.js's own handlers (node_modules/next/dist/server/lib/cache-handlers/default.js),
// written against any manifest so that a test can give each simulated instance one of its own.

// When each manifest last recorded an invalidation, for the micro-cache (./micro-cache.ts), which
// needs only to know whether anything changed since it kept an answer. Kept on globalThis, as
// ./database-outage.js is: Next.js loads the cache handlers, which record invalidations through
// this module, outside the bundle whose route handlers read it, so each has a copy of this module;
// the manifest is the one object both share.
const LAST_RECORDED = Symbol.for('countercheck.tagManifestLastRecorded');
const lastRecorded = (globalThis[LAST_RECORDED] ??= new WeakMap());

/** When `manifest` last recorded an invalidation of any tag (0: never, in this process). */
export function latestInvalidation(manifest) {
  return lastRecorded.get(manifest) ?? 0;
}

/**
 * Records an invalidation. Without `durations` (updateTag) the tags expire now; with them
 * (revalidateTag with a profile) they go stale now and expire `durations.expire` seconds later.
 */
export function recordTagInvalidation(manifest, tags, durations, now = Date.now()) {
  lastRecorded.set(manifest, now);
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
export function mergeTagRecord(manifest, tag, heard, now = Date.now()) {
  const record = { ...manifest.get(tag) };
  let changed = false;
  for (const field of ['stale', 'expired']) {
    if (typeof heard?.[field] === 'number' && !(record[field] >= heard[field])) {
      record[field] = heard[field];
      changed = true;
    }
  }
  manifest.set(tag, record);
  if (changed) lastRecorded.set(manifest, now);
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
