import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from '../auth/session-policy';
import { SIGN_IN_THROTTLE } from '../auth/sign-in-throttle';
import { sessionIdFromToken } from '../auth/session-token';
import { db, disconnectDb } from '../db';
import { RateLimitedError, UnauthenticatedError } from '../errors';
import { makeUser } from '../testing/factories';
import { recordAuditEvent } from './audit';
import { signIn as signInOrThrow, signOut, validateSessionToken, type SignedIn } from './sessions';

after(() => disconnectDb());

/**
 * A sign-in's outcome as a value, so that each test can compare outcomes: the session, or how it
 * was refused (the DAL throws its refusals: an UnauthenticatedError or a RateLimitedError).
 */
async function signIn(...args: Parameters<typeof signInOrThrow>) {
  try {
    const result = await signInOrThrow(...args);
    // These accounts have no second factor (lib/dal/two-factor.test.ts tests those that do).
    if (result.step !== 'signed_in') throw new Error('A password-only account was asked for a second factor.');
    return { ok: true as const, ...result } satisfies SignedIn & { ok: true };
  } catch (error) {
    if (error instanceof RateLimitedError)
      return { ok: false as const, reason: 'throttled' as const, retryAt: error.retryAt };
    if (error instanceof UnauthenticatedError) return { ok: false as const, reason: 'invalid' as const };
    throw error;
  }
}

const request = { ip: '203.0.113.7', userAgent: 'test' };
const minutes = (n: number) => n * 60 * 1000;

async function signedIn(role: 'CONTRIBUTOR' | 'EDITOR' | 'ADMIN' = 'CONTRIBUTOR') {
  const user = await makeUser({ role });
  const result = await signIn({ email: user.email, password: user.password }, request);
  assert.ok(result.ok);
  const session = await db.session.findUniqueOrThrow({ where: { id: sessionIdFromToken(result.token) } });
  return { user, token: result.token, session };
}

const auditOf = (
  kind: 'SIGN_IN_SUCCESS' | 'SIGN_IN_FAILURE' | 'SIGN_OUT',
  where: { subjectUserId?: string; email?: string },
) => db.auditEvent.findMany({ where: { kind, ...where } });

test('signing in stores the hash of the token, never the token, and records the sign-in', async () => {
  const { user, token, session } = await signedIn();
  assert.equal(session.userId, user.id);
  assert.equal(await db.session.count({ where: { id: token } }), 0);
  assert.equal(session.ip, '203.0.113.7');
  const [event] = await auditOf('SIGN_IN_SUCCESS', { subjectUserId: user.id });
  assert.equal(event?.actorId, user.id);

  const current = await validateSessionToken(token);
  assert.deepEqual(current, {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionId: session.id,
    pendingStep: null,
  });
});

test('an unknown email, a wrong password and a disabled account all fail the same way, with the reason only in the audit log', async () => {
  const user = await makeUser();
  const disabled = await makeUser({ disabled: true });
  const unknownEmail = `nobody-${Date.now()}@example.test`;
  const attempts = [
    { email: unknownEmail, password: 'whatever password' },
    { email: user.email, password: `${user.password}x` },
    { email: disabled.email, password: disabled.password },
  ];
  for (const attempt of attempts) assert.deepEqual(await signIn(attempt, request), { ok: false, reason: 'invalid' });

  assert.equal(await db.session.count({ where: { userId: { in: [user.id, disabled.id] } } }), 0);
  const reasons = await Promise.all(
    attempts.map(async ({ email }) => (await auditOf('SIGN_IN_FAILURE', { email }))[0]?.detail),
  );
  assert.deepEqual(reasons, [
    { reason: 'unknown_email' },
    { reason: 'wrong_password' },
    { reason: 'account_disabled' },
  ]);
});

test('a forged or unknown token is no session', async () => {
  assert.equal(await validateSessionToken('not-a-token'), null);
});

test('a session ends after 30 idle minutes and its row is removed', async () => {
  const { token, session } = await signedIn();
  assert.ok(await validateSessionToken(token, new Date(session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS - 1000)));
  const afterIdle = new Date(session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS - 1000 + IDLE_TIMEOUT_MS);
  assert.equal(await validateSessionToken(token, afterIdle), null);
  assert.equal(await db.session.count({ where: { id: session.id } }), 0);
});

test('activity moves the idle clock at most once a minute, and never past the absolute expiry', async () => {
  const { token, session } = await signedIn();
  const start = session.lastSeenAt.getTime();
  await validateSessionToken(token, new Date(start + TOUCH_INTERVAL_MS / 2));
  assert.equal(
    (await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt.getTime(),
    start,
    'no write within the minute',
  );

  // Active every 20 minutes: still signed in after 11 hours, though that is far beyond the idle limit.
  let now = start;
  while (now + minutes(20) < session.expiresAt.getTime()) {
    now += minutes(20);
    assert.ok(await validateSessionToken(token, new Date(now)), `signed in at +${(now - start) / 60_000} min`);
  }
  assert.equal(await validateSessionToken(token, session.expiresAt), null, 'ended at the absolute expiry');
});

test('signing out removes the session and records it', async () => {
  const { user, token, session } = await signedIn();
  await signOut(token, request);
  assert.equal(await db.session.count({ where: { id: session.id } }), 0);
  assert.equal(await validateSessionToken(token), null);
  assert.equal((await auditOf('SIGN_OUT', { subjectUserId: user.id })).length, 1);
  await signOut(token, request); // twice, as a double click would: no error, no second record
  assert.equal((await auditOf('SIGN_OUT', { subjectUserId: user.id })).length, 1);
});

test('a session of an account that was disabled meanwhile is no longer valid', async () => {
  const { user, token } = await signedIn();
  await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  assert.equal(await validateSessionToken(token), null);
});

test('the client never returns a password hash unless a query names it', async () => {
  const { user } = await signedIn();
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  assert.equal('passwordHash' in row, false);
  const withSessions = await db.session.findFirstOrThrow({ where: { userId: user.id }, include: { user: true } });
  assert.equal('passwordHash' in withSessions.user, false);
});

// The rate limit counts rows of the audit log, so each test below signs in from an address of its
// own (IPv6 documentation prefix) and counts nothing of another test's.
const ownAddress = () => ({
  ip: `2001:db8:${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}::1`,
  userAgent: 'test',
});
const failTimes = async (times: number, email: string, from: { ip: string | null; userAgent: string }) => {
  for (let i = 0; i < times; i++)
    assert.deepEqual(
      await signIn({ email, password: 'not the password' }, from),
      { ok: false, reason: 'invalid' },
      `failure ${i + 1}`,
    );
};

test('after five failures the sixth attempt is refused, the right password unchecked, until the first failure is 15 minutes old', async () => {
  const user = await makeUser();
  const from = ownAddress();
  await failTimes(5, user.email, from);
  const [firstFailure] = await db.auditEvent.findMany({
    where: { email: user.email, kind: 'SIGN_IN_FAILURE' },
    orderBy: { createdAt: 'asc' },
  });
  assert.ok(firstFailure);

  const refused = await signIn({ email: user.email, password: user.password }, from);
  assert.deepEqual(refused, {
    ok: false,
    reason: 'throttled',
    retryAt: new Date(firstFailure.createdAt.getTime() + SIGN_IN_THROTTLE.windowMs),
  });
  assert.equal(await db.session.count({ where: { userId: user.id } }), 0);
  // A wrong password is not checked either: no failure is added, so the wait does not grow.
  assert.equal((await signIn({ email: user.email, password: 'another guess' }, from)).ok, false);
  assert.equal(await db.auditEvent.count({ where: { email: user.email, kind: 'SIGN_IN_FAILURE' } }), 5);
  const throttled = await db.auditEvent.findMany({ where: { email: user.email, kind: 'SIGN_IN_THROTTLED' } });
  assert.deepEqual(
    throttled.map((event) => [event.ip, event.detail]),
    [
      [from.ip, { limitedBy: 'pair' }],
      [from.ip, { limitedBy: 'pair' }],
    ],
  );

  assert.ok(!refused.ok && refused.reason === 'throttled');
  assert.equal(
    (await signIn({ email: user.email, password: user.password }, from, new Date(refused.retryAt.getTime() - 1))).ok,
    false,
    'a millisecond early',
  );
  assert.equal(
    (await signIn({ email: user.email, password: user.password }, from, refused.retryAt)).ok,
    true,
    'on time',
  );
});

test("five failures from one address do not keep the account's owner out from another", async () => {
  const user = await makeUser();
  await failTimes(5, user.email, ownAddress());
  assert.equal((await signIn({ email: user.email, password: user.password }, ownAddress())).ok, true);
});

test('an email without an account is refused after five failures in the same way', async () => {
  const emails = [(await makeUser()).email, `nobody-${randomUUID()}@example.test`];
  const results = [];
  for (const email of emails) {
    const from = ownAddress();
    await failTimes(5, email, from);
    results.push(await signIn({ email, password: 'whatever it is' }, from));
  }
  for (const result of results)
    assert.deepEqual(Object.keys(result).sort(), ['ok', 'reason', 'retryAt'], 'nothing tells the two apart');
  assert.deepEqual(
    results.map((result) => !result.ok && result.reason),
    ['throttled', 'throttled'],
  );
  const events = await db.auditEvent.findMany({ where: { email: { in: emails }, kind: 'SIGN_IN_THROTTLED' } });
  assert.deepEqual(
    events.map((event) => event.subjectUserId),
    [null, null],
    'the account is not even looked up',
  );
});

test("a successful sign-in resets its account's count", async () => {
  const user = await makeUser();
  const from = ownAddress();
  await failTimes(4, user.email, from);
  assert.equal((await signIn({ email: user.email, password: user.password }, from)).ok, true);
  await failTimes(5, user.email, from);
  const refused = await signIn({ email: user.email, password: user.password }, from);
  assert.equal(!refused.ok && refused.reason, 'throttled');
});

test('thirty failures from one address refuse every email from it; fewer, spread over emails, refuse none', async () => {
  const user = await makeUser();
  const from = ownAddress();
  // Another email's failures from the same address do not stop this account.
  await failTimes(5, `nobody-${randomUUID()}@example.test`, from);
  assert.equal((await signIn({ email: user.email, password: user.password }, from)).ok, true);
  // 24 more, each email under its own limit (written directly: 24 password checks add nothing).
  await db.$transaction(async (tx) => {
    for (let i = 0; i < 24; i++)
      await recordAuditEvent(tx, {
        kind: 'SIGN_IN_FAILURE',
        email: `spray-${i}-${randomUUID()}@example.test`,
        ip: from.ip,
        detail: { reason: 'unknown_email' },
      });
  });
  assert.equal((await signIn({ email: user.email, password: user.password }, from)).ok, true, '29 failures');
  await failTimes(1, `nobody-${randomUUID()}@example.test`, from);

  const refused = await signIn({ email: user.email, password: user.password }, from);
  assert.equal(!refused.ok && refused.reason, 'throttled', '30 failures');
  const event = await db.auditEvent.findFirstOrThrow({ where: { email: user.email, kind: 'SIGN_IN_THROTTLED' } });
  assert.deepEqual([event.ip, event.detail], [from.ip, { limitedBy: 'ip' }]);
  assert.equal(
    (await signIn({ email: user.email, password: user.password }, ownAddress())).ok,
    true,
    'from another address',
  );
});

test('attempts without a known address are not limited per address', async () => {
  const unknownAddress = { ip: null, userAgent: null };
  await db.$transaction(async (tx) => {
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailuresPerIp; i++)
      await recordAuditEvent(tx, {
        kind: 'SIGN_IN_FAILURE',
        email: `spray-${i}-${randomUUID()}@example.test`,
        detail: { reason: 'unknown_email' },
      });
  });
  const user = await makeUser();
  assert.equal((await signIn({ email: user.email, password: user.password }, unknownAddress)).ok, true);
});

/**
 * `count` failed sign-ins for `email`, each from an address of its own, `spacingMs` apart, the
 * newest at `newest` (never in the future: other tests read the audit log newest first).
 */
async function failuresFromManyAddresses(
  email: string,
  count: number,
  { newest = new Date(Date.now() - 1000), spacingMs = 1000 } = {},
) {
  await db.auditEvent.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      kind: 'SIGN_IN_FAILURE' as const,
      email,
      ip: ownAddress().ip,
      detail: { reason: 'wrong_password' },
      createdAt: new Date(newest.getTime() - i * spacingMs),
    })),
  });
  return newest;
}

test('an attacker failing from many addresses cannot keep the owner out of the browser they signed in from before', async () => {
  const user = await makeUser();
  const home = ownAddress();
  const first = await signIn({ email: user.email, password: user.password }, home);
  assert.ok(first.ok && first.knownDeviceToken, 'the first sign-in from a browser gives it a known-device token');
  const stored = await db.knownDevice.findMany({ where: { userId: user.id } });
  assert.deepEqual(
    stored.map((device) => device.id),
    [sessionIdFromToken(first.knownDeviceToken)],
    'only its hash is stored',
  );

  // Then forty failures, each from another address, all after that sign-in (which resets the
  // email's count): a millisecond after it, and the attempts below a millisecond later still.
  const signedInAt = (await db.auditEvent.findFirstOrThrow({ where: { email: user.email, kind: 'SIGN_IN_SUCCESS' } }))
    .createdAt;
  await failuresFromManyAddresses(user.email, 40, { newest: new Date(signedInAt.getTime() + 1), spacingMs: 0 });
  const later = new Date(Math.max(Date.now(), signedInAt.getTime() + 2));
  const newDevice = await signIn({ email: user.email, password: user.password }, ownAddress(), later);
  assert.equal(!newDevice.ok && newDevice.reason, 'throttled', 'a new browser waits, right password or not');
  const event = await db.auditEvent.findFirstOrThrow({ where: { email: user.email, kind: 'SIGN_IN_THROTTLED' } });
  assert.deepEqual(event.detail, { limitedBy: 'email' });

  const owner = await signIn(
    { email: user.email, password: user.password, knownDeviceToken: first.knownDeviceToken },
    home,
    later,
  );
  assert.ok(owner.ok, 'the known device signs in');
  assert.equal(owner.knownDeviceToken, undefined, 'and keeps its token');
  const success = await db.auditEvent.findFirstOrThrow({
    where: { email: user.email, kind: 'SIGN_IN_SUCCESS' },
    orderBy: { createdAt: 'desc' },
  });
  assert.deepEqual(success.detail, { knownDevice: true });
});

test("a known device of another account does not open this account's per-email bar", async () => {
  const [user, other] = [await makeUser(), await makeUser()];
  const otherDevice = await signIn({ email: other.email, password: other.password }, ownAddress());
  assert.ok(otherDevice.ok && otherDevice.knownDeviceToken);
  await failuresFromManyAddresses(user.email, 20);
  const attempt = await signIn(
    { email: user.email, password: user.password, knownDeviceToken: otherDevice.knownDeviceToken },
    ownAddress(),
  );
  assert.equal(!attempt.ok && attempt.reason, 'throttled');
});

test('past ten failures in a day, each further one makes the next attempt wait twice as long', async () => {
  const user = await makeUser();
  const from = ownAddress();
  const waits: number[] = [];
  for (const count of [9, 10, 11, 12]) {
    const email = `delay-${count}-${randomUUID()}@example.test`;
    const newest = await failuresFromManyAddresses(email, count);
    const result = await signIn({ email, password: 'a guess' }, from);
    waits.push(!result.ok && result.reason === 'throttled' ? result.retryAt.getTime() - newest.getTime() : 0);
  }
  // Nine failures: the attempt is checked (and fails); then 1, 2 and 4 minutes after the newest.
  assert.deepEqual(waits, [0, 60_000, 120_000, 240_000]);
  assert.equal((await signIn({ email: user.email, password: user.password }, from)).ok, true, 'other emails are free');
});

test('a guesser on one address is cut off after five tries, and from any address after ten in a day', async () => {
  const user = await makeUser();
  const guesser = ownAddress();
  await failTimes(5, user.email, guesser);
  assert.equal((await signIn({ email: user.email, password: 'sixth guess' }, guesser)).ok, false);
  assert.equal(await db.auditEvent.count({ where: { email: user.email, kind: 'SIGN_IN_FAILURE' } }), 5);
  // Five more from elsewhere: ten in the day, so even a fresh address now waits.
  await failuresFromManyAddresses(user.email, 5);
  const fresh = await signIn({ email: user.email, password: 'eleventh guess' }, ownAddress());
  assert.equal(!fresh.ok && fresh.reason, 'throttled');
});
