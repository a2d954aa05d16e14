import { countOf } from '../domain/plural';

// The sign-in rate limit's policy: pure, so it is unit-tested with any clock. The DAL
// (signIn in lib/dal/sessions.ts) reads the recent failures from the audit log in PostgreSQL, so
// every instance of the app counts the same attempts, and asks decideSignInThrottle.
//
// Two goals pull apart: guessing an account's password must stay slow, and a stranger who knows an
// editor's email must not be able to keep the editor out. A limit per email alone serves the first
// and fails the second (anyone could lock any account, again and again). So there are three limits:
//
// - Per email and address pair: five failures in a quarter of an hour, then a wait. This is the
//   limit a person who mistypes meets, and it cuts off a guesser on one address: 20 passwords an
//   hour per account, hopeless against passwords of 12 characters or more.
// - Per address, whatever the email: 30 in a quarter of an hour, so one address cannot try a few
//   passwords on every account in turn. Higher, as a newsroom's editors may share one address.
//   A successful sign-in does not reset it (an attacker with an account could otherwise reset it).
// - Per email, from every address together: a much higher bar (10 failures in a day), then a
//   delay that doubles with each further failure, up to an hour. It holds a guesser spread over
//   many addresses to about 24 passwords a day per account. It is the limit an attacker could keep
//   closed, so a known device (a browser that signed in to this account before, shown by its
//   cookie) is not held by it: the owner keeps signing in from their own browser, while the pair
//   and address limits still apply to them.
//
// A successful sign-in resets its email's counts (only someone who knows the password can do that).

export const SIGN_IN_THROTTLE = {
  /** Pair and address failures older than this no longer count. */
  windowMs: 15 * 60 * 1000,
  /** Failed sign-ins per email and address pair within the window. */
  maxFailuresPerPair: 5,
  /** Failed sign-ins per client address, whatever the email, within the window. */
  maxFailuresPerIp: 30,
  /** Email failures older than this no longer count toward the per-email bar. */
  emailWindowMs: 24 * 60 * 60 * 1000,
  /** Failed sign-ins per email, from any address, before each further one waits. */
  freeFailuresPerEmail: 10,
  /** The wait after the first failure over the bar; it doubles with each further one. */
  firstEmailDelayMs: 60 * 1000,
  /** The longest wait the per-email bar imposes. */
  maxEmailDelayMs: 60 * 60 * 1000,
} as const;

/** How many of an email's newest failures the per-email bar needs to see: enough to reach the longest wait. */
export const EMAIL_FAILURES_COUNTED =
  SIGN_IN_THROTTLE.freeFailuresPerEmail +
  Math.ceil(Math.log2(SIGN_IN_THROTTLE.maxEmailDelayMs / SIGN_IN_THROTTLE.firstEmailDelayMs)) +
  1;

/** What the audit log says about recent attempts; each list newest first. */
export type SignInHistory = {
  /** Failures for this email from this address within the window, at most maxFailuresPerPair. */
  pairFailures: Date[];
  /** Failures for this email from any address within emailWindowMs, at most EMAIL_FAILURES_COUNTED. */
  emailFailures: Date[];
  /** This email's latest successful sign-in within emailWindowMs, if any. */
  emailLastSuccess: Date | null;
  /** Failures from this address within the window, at most maxFailuresPerIp; none when it is unknown. */
  ipFailures: Date[];
  /** Whether the attempt comes from a browser that signed in to this email's account before. */
  knownDevice: boolean;
};

export type SignInLimit = 'pair' | 'ip' | 'email';
export type SignInThrottleDecision = { allowed: true } | { allowed: false; limitedBy: SignInLimit; retryAt: Date };

/** The oldest moment whose pair and address failures still count at `now`. */
export function throttleWindowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_THROTTLE.windowMs);
}

/** The oldest moment whose email failures still count at `now`. */
export function emailWindowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_THROTTLE.emailWindowMs);
}

const later = (a: Date, b: Date | null) => (b && b > a ? b : a);

/** When the count of `failures` (newest first) drops below `max` again, or null when it is below now. */
function windowBlockedUntil(failures: Date[], max: number, since: Date): Date | null {
  const counted = failures.filter((at) => at > since);
  // The max-th newest failure is the one whose leaving the window lets the next attempt through.
  const deciding = counted.length >= max ? counted[max - 1] : undefined;
  return deciding ? new Date(deciding.getTime() + SIGN_IN_THROTTLE.windowMs) : null;
}

/** The wait the per-email bar imposes after `overBar` failures beyond the free ones (0 for none). */
export function emailDelayMs(overBar: number): number {
  if (overBar <= 0) return 0;
  const { firstEmailDelayMs, maxEmailDelayMs } = SIGN_IN_THROTTLE;
  return Math.min(firstEmailDelayMs * 2 ** Math.min(overBar - 1, 30), maxEmailDelayMs);
}

/** When the per-email bar lets the next attempt through, counted from the newest failure. */
function emailBlockedUntil(failures: Date[], since: Date): Date | null {
  const counted = failures.filter((at) => at > since);
  const newest = counted[0];
  const overBar = counted.length - SIGN_IN_THROTTLE.freeFailuresPerEmail + 1;
  return newest && overBar > 0 ? new Date(newest.getTime() + emailDelayMs(overBar)) : null;
}

export function decideSignInThrottle(history: SignInHistory, now: Date): SignInThrottleDecision {
  const sinceSuccess = (start: Date) => later(start, history.emailLastSuccess);
  const blocks: [SignInLimit, Date | null][] = [
    ['ip', windowBlockedUntil(history.ipFailures, SIGN_IN_THROTTLE.maxFailuresPerIp, throttleWindowStart(now))],
    [
      'pair',
      windowBlockedUntil(
        history.pairFailures,
        SIGN_IN_THROTTLE.maxFailuresPerPair,
        sinceSuccess(throttleWindowStart(now)),
      ),
    ],
    [
      'email',
      history.knownDevice ? null : emailBlockedUntil(history.emailFailures, sinceSuccess(emailWindowStart(now))),
    ],
  ];
  // Over several limits, the attempt waits for the latest of them.
  let decision: SignInThrottleDecision = { allowed: true };
  for (const [limitedBy, until] of blocks) {
    if (until && until > now && (decision.allowed || until > decision.retryAt))
      decision = { allowed: false, limitedBy, retryAt: until };
  }
  return decision;
}

/**
 * What the sign-in form says to a throttled attempt: the same words whether or not the email has
 * an account, and when to try again, rounded up to the minute.
 */
export function throttledMessage(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-in attempts. Try again in ${countOf(minutes, 'minute', 'minutes')}.`;
}
