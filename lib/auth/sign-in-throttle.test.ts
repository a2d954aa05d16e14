import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decideSignInThrottle,
  EMAIL_FAILURES_COUNTED,
  emailDelayMs,
  SIGN_IN_THROTTLE,
  throttledMessage,
  type SignInHistory,
} from './sign-in-throttle';

const now = new Date('2026-11-22T12:00:00Z');
const minutesAgo = (n: number) => new Date(now.getTime() - n * 60_000);
const minutesFromNow = (n: number) => new Date(now.getTime() + n * 60_000);
/** `count` failures `spacing` minutes apart, the newest `newest` minutes ago, newest first. */
const failures = (count: number, { newest = 1, spacing = 1 } = {}) =>
  Array.from({ length: count }, (_, i) => minutesAgo(newest + i * spacing));
const history = (overrides: Partial<SignInHistory> = {}): SignInHistory => ({
  pairFailures: [],
  emailFailures: [],
  emailLastSuccess: null,
  ipFailures: [],
  knownDevice: false,
  ...overrides,
});

test('five failures for an email from one address within 15 minutes refuse the next attempt from it until the oldest of them is 15 minutes old', () => {
  assert.equal(SIGN_IN_THROTTLE.maxFailuresPerPair, 5);
  assert.equal(SIGN_IN_THROTTLE.windowMs, 15 * 60_000);
  assert.deepEqual(decideSignInThrottle(history({ pairFailures: failures(4) }), now), { allowed: true });
  // Failures 1 to 5 minutes ago: the one 5 minutes ago leaves the window in 10 minutes.
  assert.deepEqual(decideSignInThrottle(history({ pairFailures: failures(5) }), now), {
    allowed: false,
    limitedBy: 'pair',
    retryAt: minutesFromNow(10),
  });
});

test('the pair limit holds a known device too: the owner mistyping waits like anyone', () => {
  assert.equal(decideSignInThrottle(history({ pairFailures: failures(5), knownDevice: true }), now).allowed, false);
});

test('failures older than the window do not count', () => {
  assert.deepEqual(
    decideSignInThrottle(history({ pairFailures: failures(5, { newest: 11 }) }), now),
    { allowed: true },
    '11 to 15 minutes ago: the oldest is out',
  );
  assert.deepEqual(decideSignInThrottle(history({ pairFailures: failures(5, { newest: 10 }) }), now), {
    allowed: false,
    limitedBy: 'pair',
    retryAt: minutesFromNow(1),
  });
});

test('a successful sign-in resets the counts of its email, not the count of its IP address', () => {
  assert.deepEqual(
    decideSignInThrottle(history({ pairFailures: failures(5, { newest: 3 }), emailLastSuccess: minutesAgo(2) }), now),
    { allowed: true },
  );
  const twoSinceSuccess = [minutesAgo(1), minutesAgo(2), ...failures(5, { newest: 4 })];
  assert.deepEqual(
    decideSignInThrottle(history({ pairFailures: twoSinceSuccess, emailLastSuccess: minutesAgo(3) }), now),
    { allowed: true },
  );
  assert.deepEqual(
    decideSignInThrottle(history({ emailFailures: failures(15, { newest: 3 }), emailLastSuccess: minutesAgo(2) }), now),
    { allowed: true },
  );
  const ipOver = decideSignInThrottle(
    history({ ipFailures: failures(30, { newest: 3, spacing: 0.25 }), emailLastSuccess: minutesAgo(2) }),
    now,
  );
  assert.equal(ipOver.allowed, false);
});

test('thirty failures from one IP address refuse every email from it; fewer do not', () => {
  assert.equal(SIGN_IN_THROTTLE.maxFailuresPerIp, 30);
  // Every 20 seconds, the newest a minute ago: the 30th newest is 10 minutes and 40 seconds old.
  assert.deepEqual(decideSignInThrottle(history({ ipFailures: failures(29, { spacing: 1 / 3 }) }), now), {
    allowed: true,
  });
  const decision = decideSignInThrottle(history({ ipFailures: failures(30, { spacing: 1 / 3 }) }), now);
  assert.deepEqual(decision, {
    allowed: false,
    limitedBy: 'ip',
    retryAt: new Date(minutesAgo(1 + 29 / 3).getTime() + 15 * 60_000),
  });
});

test('over both limits, the attempt waits for the later of the two', () => {
  const pairFree = minutesFromNow(10); // 5th newest pair failure 5 minutes ago
  const ipFree = minutesFromNow(14); // 30th newest IP failure 1 minute ago
  assert.deepEqual(
    decideSignInThrottle(history({ pairFailures: failures(5), ipFailures: failures(30, { spacing: 0 }) }), now),
    { allowed: false, limitedBy: 'ip', retryAt: ipFree },
  );
  assert.deepEqual(
    decideSignInThrottle(
      history({ pairFailures: failures(5), ipFailures: failures(30, { newest: 14, spacing: 0 }) }),
      now,
    ),
    { allowed: false, limitedBy: 'pair', retryAt: pairFree },
  );
});

test('an email gets ten failures a day from all addresses together; then each further attempt waits', () => {
  assert.equal(SIGN_IN_THROTTLE.freeFailuresPerEmail, 10);
  // Nine failures spread over the day, from many addresses: no wait.
  assert.deepEqual(decideSignInThrottle(history({ emailFailures: failures(9, { spacing: 60 }) }), now), {
    allowed: true,
  });
  // The tenth, a minute ago: the next attempt waits a minute from it.
  assert.deepEqual(decideSignInThrottle(history({ emailFailures: failures(10, { newest: 0.5, spacing: 60 }) }), now), {
    allowed: false,
    limitedBy: 'email',
    retryAt: new Date(minutesAgo(0.5).getTime() + 60_000),
  });
  assert.deepEqual(decideSignInThrottle(history({ emailFailures: failures(10, { spacing: 60 }) }), now), {
    allowed: true,
  });
});

test('the per-email wait doubles with each failure over the bar, up to an hour', () => {
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 40].map(emailDelayMs),
    [0, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000],
  );
  // Fifteen failures, the newest 10 minutes ago: the sixth over the bar waits 32 minutes.
  assert.deepEqual(decideSignInThrottle(history({ emailFailures: failures(15, { newest: 10 }) }), now), {
    allowed: false,
    limitedBy: 'email',
    retryAt: minutesFromNow(22),
  });
  // The DAL reads enough rows to reach the longest wait.
  assert.equal(emailDelayMs(EMAIL_FAILURES_COUNTED - SIGN_IN_THROTTLE.freeFailuresPerEmail), 3_600_000);
});

test('a known device is not held by the per-email bar, so an attacker cannot keep the owner out', () => {
  const underAttack = { emailFailures: failures(EMAIL_FAILURES_COUNTED, { spacing: 0.1 }) };
  assert.equal(decideSignInThrottle(history(underAttack), now).allowed, false, 'a new device waits');
  assert.deepEqual(decideSignInThrottle(history({ ...underAttack, knownDevice: true }), now), { allowed: true });
});

test('email failures older than a day do not count', () => {
  assert.deepEqual(decideSignInThrottle(history({ emailFailures: failures(20, { newest: 24 * 60 + 1 }) }), now), {
    allowed: true,
  });
});

test('the message says when to try again, rounded up to the minute, and at least one minute', () => {
  assert.equal(
    throttledMessage(new Date(minutesFromNow(14).getTime() + 1), now),
    'Too many failed sign-in attempts. Try again in 15 minutes.',
  );
  assert.equal(
    throttledMessage(new Date(now.getTime() + 1000), now),
    'Too many failed sign-in attempts. Try again in 1 minute.',
  );
  assert.equal(throttledMessage(now, now), 'Too many failed sign-in attempts. Try again in 1 minute.');
});
