import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { hashRecoveryCode } from '../auth/recovery-codes';
import { sessionIdFromToken } from '../auth/session-token';
import { totpCodeAt, TOTP_PERIOD_SECONDS } from '../auth/totp';
import { db, disconnectDb } from '../db';
import { env } from '../env';
import { ConflictError, ForbiddenError, InvalidError, RateLimitedError, UnauthenticatedError } from '../errors';
import { makeUser, signInWithPassword } from '../testing/factories';
import { refusalOf } from '../testing/refusals';
import { completeSignIn, signIn, validateSessionToken, type SessionUser } from './sessions';
import { listOwnSubmissions } from './submissions';
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  getTwoFactorStatus,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
} from './two-factor';
import { changeOwnPassword, listUsers, requirePasswordChange } from './users';

// Two-factor sign-in against a real database: enrolment, the second step of a sign-in, replayed
// codes, single-use recovery codes, turning it off, and the steps an account must take first
// (an admin's enrolment, a new password an admin asked for).

after(() => disconnectDb());

const request = { ip: '198.51.100.20', userAgent: 'test' };
const step = TOTP_PERIOD_SECONDS * 1000;
/** `n` time steps after `from`. */
const stepsLater = (from: Date, n: number) => new Date(from.getTime() + n * step);

async function sessionUserOf(token: string): Promise<SessionUser> {
  const user = await validateSessionToken(token);
  assert.ok(user, 'the session is valid');
  return user;
}

/** The secret of the account's pending enrolment, as its page shows it. */
async function pendingSecret(actor: SessionUser): Promise<string> {
  const status = await getTwoFactorStatus(actor);
  assert.ok(status.enrolment, 'enrolment is pending');
  return status.enrolment.secret;
}

/** An account with two-factor sign-in on: its secret, recovery codes and a signed-in actor. */
async function enrolledUser(role: 'EDITOR' | 'ADMIN' = 'EDITOR', now = new Date()) {
  const user = await makeUser({ role });
  const { token } = await signInWithPassword({ email: user.email, password: user.password }, request);
  const enrolling = await sessionUserOf(token);
  await startTwoFactorEnrolment(enrolling);
  const secret = await pendingSecret(enrolling);
  const recoveryCodes = await confirmTwoFactorEnrolment({ code: totpCodeAt(secret, now) }, enrolling, request, now);
  // The session as the next request reads it: an admin's pending enrolment is done.
  return { user, actor: await sessionUserOf(token), secret, recoveryCodes, enrolledAt: now };
}

/** A password sign-in that must stop halfway: the pending sign-in's token. */
async function passwordStep(user: { email: string; password: string }, now = new Date()): Promise<string> {
  const result = await signIn({ email: user.email, password: user.password }, request, now);
  assert.equal(result.step, 'second_factor', 'no session without the second factor');
  return result.step === 'second_factor' ? result.pendingToken : '';
}

test('enrolment: the secret is shown until a first code confirms it, then never; ten recovery codes, stored hashed', async () => {
  const user = await makeUser({ role: 'EDITOR' });
  const actor = await sessionUserOf(
    (await signInWithPassword({ email: user.email, password: user.password }, request)).token,
  );
  assert.deepEqual(await getTwoFactorStatus(actor), { enabledAt: null, enrolment: null, recoveryCodesLeft: 0 });

  await startTwoFactorEnrolment(actor);
  const status = await getTwoFactorStatus(actor);
  assert.ok(status.enrolment);
  const { secret } = status.enrolment;
  assert.match(status.enrolment.uri, new RegExp(`^otpauth://totp/Countercheck:.*secret=${secret}`));
  // Not yet on: a sign-in still takes the password alone.
  assert.equal((await signIn({ email: user.email, password: user.password }, request)).step, 'signed_in');

  const now = new Date();
  const wrong = await refusalOf(
    confirmTwoFactorEnrolment({ code: totpCodeAt(secret, stepsLater(now, 5)) }, actor, request, now),
    InvalidError,
  );
  assert.equal(wrong.field, 'code');
  const failure = await db.auditEvent.findFirstOrThrow({
    where: { kind: 'TWO_FACTOR_FAILURE', subjectUserId: user.id },
  });
  assert.deepEqual(failure.detail, { reason: 'wrong_code', stage: 'enrolment' });

  const codes = await confirmTwoFactorEnrolment({ code: totpCodeAt(secret, now) }, actor, request, now);
  assert.equal(codes.length, 10);
  const after = await getTwoFactorStatus(actor);
  assert.equal(after.enrolment, null, 'the secret is no longer shown');
  assert.equal(after.recoveryCodesLeft, 10);
  assert.ok(after.enabledAt);
  const stored = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
  assert.deepEqual(new Set(stored.map((row) => row.codeHash)), new Set(codes.map(hashRecoveryCode)));
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  assert.equal('totpSecret' in row, false, 'no query returns the secret unless it asks for it by name');
  await assert.rejects(startTwoFactorEnrolment(actor), ConflictError);
  assert.ok(await db.auditEvent.findFirst({ where: { kind: 'TWO_FACTOR_ENABLED', subjectUserId: user.id } }));
});

test('sign-in: the password opens no session, only a pending sign-in; the right code opens one', async () => {
  const { user, secret, enrolledAt } = await enrolledUser();
  const sessionsBefore = await db.session.count({ where: { userId: user.id } });
  const since = new Date(); // audit rows are stamped by the database's clock
  const now = stepsLater(enrolledAt, 1);
  const pendingToken = await passwordStep(user, now);
  assert.equal(await db.session.count({ where: { userId: user.id } }), sessionsBefore);
  assert.equal(await validateSessionToken(pendingToken), null, 'the pending token is no session token');
  const pendingRow = await db.pendingSignIn.findUniqueOrThrow({ where: { id: sessionIdFromToken(pendingToken) } });
  assert.ok(pendingRow.expiresAt.getTime() - now.getTime() <= 5 * 60 * 1000);

  const wrong = await refusalOf(
    completeSignIn({ pendingToken, code: totpCodeAt(secret, stepsLater(now, 10)) }, request, now),
    InvalidError,
  );
  assert.equal(wrong.field, 'code');
  const session = await completeSignIn({ pendingToken, code: totpCodeAt(secret, now) }, request, now);
  assert.equal((await sessionUserOf(session.token)).id, user.id);
  assert.equal(await db.pendingSignIn.count({ where: { id: sessionIdFromToken(pendingToken) } }), 0);
  await assert.rejects(
    completeSignIn({ pendingToken, code: totpCodeAt(secret, stepsLater(now, 1)) }, request, stepsLater(now, 1)),
    UnauthenticatedError,
    'a pending sign-in opens one session only',
  );
  const events = await db.auditEvent.findMany({
    where: {
      subjectUserId: user.id,
      kind: { in: ['SIGN_IN_SUCCESS', 'TWO_FACTOR_FAILURE'] },
      createdAt: { gte: since },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  assert.deepEqual(
    events.map((event) => [event.kind, event.detail]),
    [
      ['TWO_FACTOR_FAILURE', { reason: 'wrong_code', stage: 'sign_in' }],
      ['SIGN_IN_SUCCESS', { knownDevice: false, secondFactor: 'totp' }],
    ],
  );
});

test('a code is refused when its time step, or a later one, was used before (replay)', async () => {
  const { user, secret, enrolledAt } = await enrolledUser();
  // The enrolment used its step: the same code does not sign in.
  const sameStep = await refusalOf(
    completeSignIn(
      { pendingToken: await passwordStep(user), code: totpCodeAt(secret, enrolledAt) },
      request,
      enrolledAt,
    ),
    InvalidError,
  );
  assert.match(sameStep.message, /used already/);

  const now = stepsLater(enrolledAt, 2);
  await completeSignIn({ pendingToken: await passwordStep(user), code: totpCodeAt(secret, now) }, request, now);
  for (const used of [now, stepsLater(now, -1)]) {
    const replay = await refusalOf(
      completeSignIn({ pendingToken: await passwordStep(user), code: totpCodeAt(secret, used) }, request, now),
      InvalidError,
    );
    assert.match(replay.message, /used already/);
  }
  const replays = await db.auditEvent.count({
    where: {
      kind: 'TWO_FACTOR_FAILURE',
      subjectUserId: user.id,
      detail: { equals: { reason: 'reused_code', stage: 'sign_in' } },
    },
  });
  assert.equal(replays, 3);
  // The next step's code still works.
  const later = stepsLater(now, 1);
  await completeSignIn({ pendingToken: await passwordStep(user), code: totpCodeAt(secret, later) }, request, later);
});

test('each recovery code signs in once, in any spelling; new codes void the old ones', async () => {
  const { user, actor, secret, recoveryCodes, enrolledAt } = await enrolledUser();
  const [first, second] = recoveryCodes as [string, string];
  const session = await completeSignIn({ pendingToken: await passwordStep(user), code: first.toUpperCase() }, request);
  assert.equal((await sessionUserOf(session.token)).id, user.id);
  await assert.rejects(completeSignIn({ pendingToken: await passwordStep(user), code: first }, request), InvalidError);
  assert.equal((await getTwoFactorStatus(actor)).recoveryCodesLeft, 9);
  const success = await db.auditEvent.findFirstOrThrow({
    where: { kind: 'SIGN_IN_SUCCESS', subjectUserId: user.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  assert.deepEqual(success.detail, { knownDevice: false, secondFactor: 'recovery_code' });

  // New codes need a current code or the password; a wrong one is refused and audited.
  await assert.rejects(
    regenerateRecoveryCodes({ confirmation: 'not my password at all' }, actor, request),
    InvalidError,
  );
  const now = stepsLater(enrolledAt, 1);
  const fresh = await regenerateRecoveryCodes({ confirmation: totpCodeAt(secret, now) }, actor, request, now);
  assert.equal(fresh.length, 10);
  assert.equal((await getTwoFactorStatus(actor)).recoveryCodesLeft, 10);
  await assert.rejects(completeSignIn({ pendingToken: await passwordStep(user), code: second }, request), InvalidError);
  await completeSignIn({ pendingToken: await passwordStep(user), code: fresh[0]! }, request);
});

test('a pending sign-in expires after five minutes, and an unknown token opens nothing', async () => {
  const { user, secret } = await enrolledUser();
  const start = new Date();
  const pendingToken = await passwordStep(user, start);
  const late = new Date(start.getTime() + 5 * 60 * 1000 + 1);
  await assert.rejects(
    completeSignIn({ pendingToken, code: totpCodeAt(secret, late) }, request, late),
    UnauthenticatedError,
  );
  await assert.rejects(
    completeSignIn({ pendingToken: 'not-a-token', code: totpCodeAt(secret, start) }, request, start),
    UnauthenticatedError,
  );
});

test('code attempts are limited per account, and the refusals audited', async () => {
  const { user, secret } = await enrolledUser();
  const pendingToken = await passwordStep(user);
  const { points } = env.RATE_LIMITS.secondFactor;
  // Enrolment used one attempt.
  for (let i = 1; i < points; i++)
    await assert.rejects(completeSignIn({ pendingToken, code: '000000' }, request), InvalidError);
  const now = stepsLater(new Date(), 1);
  await assert.rejects(completeSignIn({ pendingToken, code: totpCodeAt(secret, now) }, request, now), RateLimitedError);
  const limited = await db.auditEvent.count({
    where: {
      kind: 'TWO_FACTOR_FAILURE',
      subjectUserId: user.id,
      detail: { equals: { reason: 'rate_limited', stage: 'sign_in' } },
    },
  });
  assert.equal(limited, 1);
});

test('turning two-factor sign-in off takes a current code or the password, and deletes the secret and codes', async () => {
  const { user, actor, enrolledAt, secret } = await enrolledUser();
  await assert.rejects(disableTwoFactor({ confirmation: 'a wrong password here' }, actor, request), InvalidError);
  await assert.rejects(
    disableTwoFactor({ confirmation: totpCodeAt(secret, enrolledAt) }, actor, request, enrolledAt),
    InvalidError,
    'not with a code already used',
  );
  await disableTwoFactor({ confirmation: user.password }, actor, request);
  assert.deepEqual(await getTwoFactorStatus(actor), { enabledAt: null, enrolment: null, recoveryCodesLeft: 0 });
  assert.equal(await db.recoveryCode.count({ where: { userId: user.id } }), 0);
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true } });
  assert.equal(row.totpSecret, null);
  assert.equal((await signIn({ email: user.email, password: user.password }, request)).step, 'signed_in');
  const audited = await db.auditEvent.findMany({
    where: { subjectUserId: user.id, kind: { in: ['TWO_FACTOR_FAILURE', 'TWO_FACTOR_DISABLED'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  assert.deepEqual(
    audited.map((event) => [event.kind, event.detail]),
    [
      ['TWO_FACTOR_FAILURE', { reason: 'wrong_password', stage: 'disable' }],
      ['TWO_FACTOR_FAILURE', { reason: 'reused_code', stage: 'disable' }],
      ['TWO_FACTOR_DISABLED', {}],
    ],
  );
});

test('an admin without two-factor sign-in may do nothing until it is on', async () => {
  const admin = await makeUser({ role: 'ADMIN' });
  const { token } = await signInWithPassword({ email: admin.email, password: admin.password }, request);
  const actor = await sessionUserOf(token);
  assert.equal(actor.pendingStep, 'enrol_two_factor');
  const refused = await refusalOf(listUsers(actor), ForbiddenError);
  assert.equal(refused.message, 'Turn on two-factor sign-in first: admins must have it.');
  await assert.rejects(listOwnSubmissions(actor), ForbiddenError);

  await startTwoFactorEnrolment(actor);
  const now = new Date();
  await confirmTwoFactorEnrolment({ code: totpCodeAt(await pendingSecret(actor), now) }, actor, request, now);
  // The same session, read again on the next request: nothing is pending any more.
  const enrolled = await sessionUserOf(token);
  assert.equal(enrolled.pendingStep, null);
  assert.ok((await listUsers(enrolled)).some((user) => user.id === admin.id));

  // Turned off again, the admin is held again.
  await disableTwoFactor({ confirmation: admin.password }, enrolled, request);
  assert.equal((await sessionUserOf(token)).pendingStep, 'enrol_two_factor');
});

test('an account an admin asks for a new password is signed out, may do nothing but choose one, then all again', async () => {
  const { actor: admin } = await enrolledUser('ADMIN');
  const editor = await makeUser({ role: 'EDITOR' });
  const before = await signInWithPassword({ email: editor.email, password: editor.password }, request);
  await requirePasswordChange({ userId: editor.id }, admin, request);
  assert.equal(await validateSessionToken(before.token), null, 'its sessions ended');
  await assert.rejects(requirePasswordChange({ userId: admin.id }, admin, request), ConflictError);
  const editorActor = await sessionUserOf(
    (await signInWithPassword({ email: editor.email, password: editor.password }, request)).token,
  );
  assert.equal(editorActor.pendingStep, 'change_password');
  assert.equal(
    (await refusalOf(listOwnSubmissions(editorActor), ForbiddenError)).message,
    'Choose a new password first: an admin asked for it.',
  );
  await assert.rejects(listOwnSubmissions({ ...editor, pendingStep: 'change_password' }), ForbiddenError);
  const same = await refusalOf(
    changeOwnPassword({ currentPassword: editor.password, newPassword: editor.password }, editorActor, request),
    InvalidError,
  );
  assert.equal(same.field, 'newPassword');
  await changeOwnPassword(
    { currentPassword: editor.password, newPassword: 'a new password of mine' },
    editorActor,
    request,
  );
  const after = await sessionUserOf(
    (await signInWithPassword({ email: editor.email, password: 'a new password of mine' }, request)).token,
  );
  assert.equal(after.pendingStep, null);
  assert.deepEqual(await listOwnSubmissions(after), []);
  const required = await db.auditEvent.findFirstOrThrow({
    where: { kind: 'PASSWORD_CHANGE_REQUIRED', subjectUserId: editor.id },
  });
  assert.equal(required.actorId, admin.id);
  assert.deepEqual(required.detail, { sessionsEnded: 1 });
});
