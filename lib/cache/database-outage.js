// When this process last found its database unavailable (lib/db.ts notes each outage the DAL
// meets). The caches read it to serve their last copy of something an edit had expired, rather
// than fail: during an outage that copy is the best answer there is, and a reader asked for a page,
// not for an error. JavaScript, and kept on globalThis, because Next.js loads the cache handlers
// outside the bundle that holds the DAL: the two must see one value in the process.
//
// It is this process's own observation, not shared state: each instance notes what its own
// connections met.

const NOTED_AT = Symbol.for('countercheck.databaseUnavailableAt');

/** How long after the last failure the caches keep serving expired copies (their refresh keeps trying). */
export const OUTAGE_REMEMBERED_MS = 10_000;

/** Records that a query found the database unavailable just now. */
export function noteDatabaseUnavailable(now = Date.now()) {
  globalThis[NOTED_AT] = now;
}

/** Whether a query found the database unavailable within the last OUTAGE_REMEMBERED_MS. */
export function databaseRecentlyUnavailable(now = Date.now()) {
  const notedAt = globalThis[NOTED_AT];
  return typeof notedAt === 'number' && now - notedAt < OUTAGE_REMEMBERED_MS;
}
