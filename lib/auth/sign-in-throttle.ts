import { countOf } from '../domain/plural';

// The sign-in rate limit's policy: pure, so it is unit-tested with any clock. The DAL
// (signIn in lib/dal/sessions.ts) reads the recent failures from the audit log in PostgreSQL, so
// every instance of the app counts the same attempts, and asks decideSignInThrottle.
//
// Why these numbers: a person who mistypes gets five tries, then waits at most a quarter of an
// hour; a guesser gets 20 passwords an hour per account, hopeless against passwords of 12
// characters or more. The IP limit stops one address from trying a few passwords on every account
// in turn (each account staying under its own limit); it is higher, since an office or a
// newsroom's editors may sign in from one address. A successful sign-in resets the account's count
// (only someone who knows the password can do that) but not the address's, which an attacker with
// an account of their own could otherwise reset at will.

export const SIGN_IN_THROTTLE = {
  /** Failures older than this no longer count. */
  windowMs: 15 * 60 * 1000,
  /** Failed sign-ins per email address (known or not) within the window. */
  maxFailuresPerEmail: 5,
  /** Failed sign-ins per client IP address, whatever the email, within the window. */
  maxFailuresPerIp: 30,
} as const;

/** What the audit log says about recent attempts; each list newest first, within the window. */
export type SignInHistory = {
  /** Failures for this email, at most maxFailuresPerEmail of them. */
  emailFailures: Date[];
  /** This email's latest successful sign-in within the window, if any. */
  emailLastSuccess: Date | null;
  /** Failures from this IP address, at most maxFailuresPerIp of them; none when the IP is unknown. */
  ipFailures: Date[];
};

export type SignInThrottleDecision = { allowed: true } | { allowed: false; limitedBy: 'email' | 'ip'; retryAt: Date };

/** The oldest moment whose failures still count at `now`. */
export function throttleWindowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_THROTTLE.windowMs);
}

/** When the count of `failures` (newest first) drops below `max` again, or null when it is below now. */
function blockedUntil(failures: Date[], max: number, windowStart: Date): Date | null {
  const counted = failures.filter((at) => at > windowStart);
  // The max-th newest failure is the one whose leaving the window lets the next attempt through.
  const deciding = counted.length >= max ? counted[max - 1] : undefined;
  return deciding ? new Date(deciding.getTime() + SIGN_IN_THROTTLE.windowMs) : null;
}

export function decideSignInThrottle(history: SignInHistory, now: Date): SignInThrottleDecision {
  const windowStart = throttleWindowStart(now);
  const emailWindowStart =
    history.emailLastSuccess && history.emailLastSuccess > windowStart ? history.emailLastSuccess : windowStart;
  const byEmail = blockedUntil(history.emailFailures, SIGN_IN_THROTTLE.maxFailuresPerEmail, emailWindowStart);
  const byIp = blockedUntil(history.ipFailures, SIGN_IN_THROTTLE.maxFailuresPerIp, windowStart);
  if (byIp && (!byEmail || byIp >= byEmail)) return { allowed: false, limitedBy: 'ip', retryAt: byIp };
  if (byEmail) return { allowed: false, limitedBy: 'email', retryAt: byEmail };
  return { allowed: true };
}

/**
 * What the sign-in form says to a throttled attempt: the same words whether or not the email has
 * an account, and when to try again, rounded up to the minute.
 */
export function throttledMessage(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-in attempts. Try again in ${countOf(minutes, 'minute', 'minutes')}.`;
}
