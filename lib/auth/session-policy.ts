// How long a session lives. Pure, so the rules are unit-tested with any clock.

/** Signed out after this long without a request. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** Signed out this long after signing in, however active. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often: not one write per request. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionTimes = { lastSeenAt: Date; expiresAt: Date };

export function sessionExpiresAt(signedInAt: Date): Date {
  return new Date(signedInAt.getTime() + ABSOLUTE_TIMEOUT_MS);
}

export function isSessionExpired(session: SessionTimes, now: Date): boolean {
  return now >= session.expiresAt || now.getTime() - session.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS;
}

/** Whether this request should record the session's activity (its idle clock restarts). */
export function shouldTouchSession(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
