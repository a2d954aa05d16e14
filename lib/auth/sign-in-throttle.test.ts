import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideSignInThrottle, SIGN_IN_THROTTLE, throttledMessage, type SignInHistory } from './sign-in-throttle';

const now = new Date('2026-11-22T12:00:00Z');
const minutesAgo = (n: number) => new Date(now.getTime() - n * 60_000);
const minutesFromNow = (n: number) => new Date(now.getTime() + n * 60_000);
/** `count` failures `spacing` minutes apart, the newest `newest` minutes ago, newest first. */
const failures = (count: number, { newest = 1, spacing = 1 } = {}) =>
  Array.from({ length: count }, (_, i) => minutesAgo(newest + i * spacing));
const history = (overrides: Partial<SignInHistory> = {}): SignInHistory => ({
  emailFailures: [],
  emailLastSuccess: null,
  ipFailures: [],
  ...overrides,
});

test('five failures for an email within 15 minutes refuse the next attempt until the oldest of them is 15 minutes old', () => {
  assert.equal(SIGN_IN_THROTTLE.maxFailuresPerEmail, 5);
  assert.equal(SIGN_IN_THROTTLE.windowMs, 15 * 60_000);
  assert.deepEqual(decideSignInThrottle(history({ emailFailures: failures(4) }), now), { allowed: true });
  // Failures 1 to 5 minutes ago: the one 5 minutes ago leaves the window in 10 minutes.
  assert.deepEqual(decideSignInThrottle(history({ emailFailures: failures(5) }), now), {
    allowed: false,
    limitedBy: 'email',
    retryAt: minutesFromNow(10),
  });
});

test('failures older than the window do not count', () => {
  assert.deepEqual(
    decideSignInThrottle(history({ emailFailures: failures(5, { newest: 11 }) }), now),
    { allowed: true },
    '11 to 15 minutes ago: the oldest is out',
  );
  assert.deepEqual(decideSignInThrottle(history({ emailFailures: failures(5, { newest: 10 }) }), now), {
    allowed: false,
    limitedBy: 'email',
    retryAt: minutesFromNow(1),
  });
});

test('a successful sign-in resets the count of its email, not the count of its IP address', () => {
  assert.deepEqual(
    decideSignInThrottle(history({ emailFailures: failures(5, { newest: 3 }), emailLastSuccess: minutesAgo(2) }), now),
    { allowed: true },
  );
  const twoSinceSuccess = [minutesAgo(1), minutesAgo(2), ...failures(5, { newest: 4 })];
  assert.deepEqual(
    decideSignInThrottle(history({ emailFailures: twoSinceSuccess, emailLastSuccess: minutesAgo(3) }), now),
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
  const emailFree = minutesFromNow(10); // 5th newest email failure 5 minutes ago
  const ipFree = minutesFromNow(14); // 30th newest IP failure 1 minute ago
  assert.deepEqual(
    decideSignInThrottle(history({ emailFailures: failures(5), ipFailures: failures(30, { spacing: 0 }) }), now),
    { allowed: false, limitedBy: 'ip', retryAt: ipFree },
  );
  assert.deepEqual(
    decideSignInThrottle(
      history({ emailFailures: failures(5), ipFailures: failures(30, { newest: 14, spacing: 0 }) }),
      now,
    ),
    { allowed: false, limitedBy: 'email', retryAt: emailFree },
  );
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
