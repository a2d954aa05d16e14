import 'server-only';
import { verifyAgainstDummy, verifyPassword } from '../auth/password';
import { pendingStepOf, type PendingStep } from '../auth/pending-step';
import { isSessionExpired, sessionExpiresAt, shouldTouchSession } from '../auth/session-policy';
import { generateSessionToken, sessionIdFromToken } from '../auth/session-token';
import {
  decideSignInThrottle,
  EMAIL_FAILURES_COUNTED,
  emailWindowStart,
  SIGN_IN_THROTTLE,
  throttledMessage,
  throttleWindowStart,
  type SignInHistory,
} from '../auth/sign-in-throttle';
import { db, type Transaction } from '../db';
import { RateLimitedError, UnauthenticatedError } from '../errors';
import type { UserRole } from '../generated/prisma/enums';
import { recordAuditEvent } from './audit';
import { checkSecondFactor, secondFactorRateLimit, type SecondFactorMethod } from './two-factor';

// Server-side sessions: the browser holds a random token, the database its SHA-256 with the
// session's clocks. Signing in, checking a session on each request, and signing out.

/** Where a request came from, as far as the app can tell; for the audit log and the session list. */
export type RequestMetadata = { ip: string | null; userAgent: string | null };

/**
 * The signed-in person, as pages and the DAL see them. `pendingStep`: what the account must do
 * before anything else (lib/auth/pending-step.ts); until then can() grants it nothing.
 */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  sessionId: string;
  pendingStep: PendingStep | null;
};

/** A session just opened: the token for the browser's cookie, and when it ends. */
export type SignedIn = {
  token: string;
  expiresAt: Date;
  user: { id: string; role: UserRole };
  /** A new known-device token for the browser's cookie, when it presented none valid for this account. */
  knownDeviceToken?: string;
};

// One message for every failed sign-in: saying which half was wrong would tell a stranger which
// emails have accounts.
const SIGN_IN_FAILED = 'Email or password is incorrect.';

/**
 * A password accepted for an account that signs in with a second factor: no session yet, only the
 * token of the pending sign-in (lib/auth/pending-sign-in-cookie.ts) that the code form sends back.
 */
export type SecondFactorRequired = { pendingToken: string; expiresAt: Date };

export type SignInResult = ({ step: 'signed_in' } & SignedIn) | ({ step: 'second_factor' } & SecondFactorRequired);

/** Long enough to open an app and type a code; short, as the password has been checked. */
const PENDING_SIGN_IN_LIFETIME_MS = 5 * 60 * 1000;

const PENDING_SIGN_IN_EXPIRED = 'Your sign-in has expired: enter your email and password again.';

/** A known device is forgotten after a year without a sign-in from it. */
const KNOWN_DEVICE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The recent sign-in attempts the rate limit weighs, from the audit log: no process keeps a count,
 * so every instance of the app sees the same. Each is a range scan of an (email or ip, kind,
 * created_at) index, reading at most the limit's number of rows.
 */
async function findSignInHistory(
  { email, ip, knownDeviceToken }: { email: string; ip: string | null; knownDeviceToken?: string | null },
  now: Date,
): Promise<SignInHistory> {
  const recent = { gt: throttleWindowStart(now) };
  const today = { gt: emailWindowStart(now) };
  const newestFirst = { createdAt: 'desc' } as const;
  const select = { createdAt: true } as const;
  const [pairFailures, emailFailures, emailLastSuccess, ipFailures, knownDevice] = await Promise.all([
    db.auditEvent.findMany({
      where: { email, ip, kind: 'SIGN_IN_FAILURE', createdAt: recent },
      orderBy: newestFirst,
      take: SIGN_IN_THROTTLE.maxFailuresPerPair,
      select,
    }),
    db.auditEvent.findMany({
      where: { email, kind: 'SIGN_IN_FAILURE', createdAt: today },
      orderBy: newestFirst,
      take: EMAIL_FAILURES_COUNTED,
      select,
    }),
    db.auditEvent.findFirst({
      where: { email, kind: 'SIGN_IN_SUCCESS', createdAt: today },
      orderBy: newestFirst,
      select,
    }),
    // Without an address there is no per-address count: lumping every such attempt together would
    // let a few strangers lock everyone out.
    ip
      ? db.auditEvent.findMany({
          where: { ip, kind: 'SIGN_IN_FAILURE', createdAt: recent },
          orderBy: newestFirst,
          take: SIGN_IN_THROTTLE.maxFailuresPerIp,
          select,
        })
      : [],
    knownDeviceToken
      ? db.knownDevice.findFirst({
          where: { id: sessionIdFromToken(knownDeviceToken), user: { email } },
          select: { id: true },
        })
      : null,
  ]);
  const dates = (rows: { createdAt: Date }[]) => rows.map((row) => row.createdAt);
  return {
    pairFailures: dates(pairFailures),
    emailFailures: dates(emailFailures),
    emailLastSuccess: emailLastSuccess?.createdAt ?? null,
    ipFailures: dates(ipFailures),
    knownDevice: Boolean(knownDevice),
  };
}

/**
 * Checks an email and password and opens a session. Every failure looks the same to the caller
 * (unknown email, wrong password, disabled account: one UnauthenticatedError) and takes about as
 * long, so a sign-in form cannot be used to learn which emails have accounts. The audit log
 * records the real reason.
 *
 * Too many recent failures for the email, from the address, or from both together
 * (lib/auth/sign-in-throttle.ts) refuse the attempt with a RateLimitedError before any account is
 * looked up or password checked, the same way for every email. A browser that signed in to the
 * account before presents its known-device token and is not held by the per-email bar; a
 * successful sign-in from any other browser gives it one.
 * Attempts sent at the very same moment all pass the check before their failures are written, so
 * a burst gets a few more tries than the limit; then the limit holds. `now` is for tests.
 *
 * An account with two-factor sign-in gets no session here but a pending sign-in, which
 * completeSignIn turns into one given a right code.
 */
export async function signIn(
  { email, password, knownDeviceToken }: { email: string; password: string; knownDeviceToken?: string | null },
  request: RequestMetadata,
  now = new Date(),
): Promise<SignInResult> {
  const history = await findSignInHistory({ email, ip: request.ip, knownDeviceToken }, now);
  const throttle = decideSignInThrottle(history, now);
  if (!throttle.allowed) {
    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        kind: 'SIGN_IN_THROTTLED',
        email,
        ip: request.ip,
        detail: { limitedBy: throttle.limitedBy },
      }),
    );
    throw new RateLimitedError(throttledMessage(throttle.retryAt, now), throttle.retryAt);
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, disabledAt: true, passwordHash: true, totpEnabledAt: true },
  });
  const passwordMatches = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !passwordMatches || user.disabledAt) {
    const reason = !user ? 'unknown_email' : !passwordMatches ? 'wrong_password' : 'account_disabled';
    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        kind: 'SIGN_IN_FAILURE',
        subjectUserId: user?.id ?? null,
        email,
        ip: request.ip,
        detail: { reason },
      }),
    );
    throw new UnauthenticatedError(SIGN_IN_FAILED);
  }
  if (user.totpEnabledAt) {
    // The password was right, but it opens nothing yet: a row that only the code form can use.
    // Nothing is audited until the code is checked, success or failure.
    const pendingToken = generateSessionToken();
    const expiresAt = new Date(now.getTime() + PENDING_SIGN_IN_LIFETIME_MS);
    await db.$transaction(async (tx) => {
      await tx.pendingSignIn.deleteMany({ where: { expiresAt: { lt: now } } });
      await tx.pendingSignIn.create({
        data: { id: sessionIdFromToken(pendingToken), userId: user.id, createdAt: now, expiresAt },
      });
    });
    return { step: 'second_factor', pendingToken, expiresAt };
  }
  const signedIn = await db.$transaction((tx) =>
    openSession(tx, { user, email, knownDevice: history.knownDevice, knownDeviceToken }, request, now, {
      knownDevice: history.knownDevice,
    }),
  );
  return { step: 'signed_in', ...signedIn };
}

/**
 * The second step of a sign-in: a code from the authenticator app, or one of the recovery codes,
 * for the pending sign-in of `pendingToken`. Opens the session and ends the pending sign-in. A wrong
 * code is an InvalidError on `code` (audited); a code of a time step already used is refused the
 * same way (replay); attempts per account are limited (`secondFactor`, lib/domain/rate-limits.ts). An
 * unknown or expired token is an UnauthenticatedError: the password must be entered again.
 */
export async function completeSignIn(
  { pendingToken, code, knownDeviceToken }: { pendingToken: string; code: string; knownDeviceToken?: string | null },
  request: RequestMetadata,
  now = new Date(),
): Promise<SignedIn> {
  const id = sessionIdFromToken(pendingToken);
  const pending = await db.pendingSignIn.findUnique({
    where: { id },
    select: { expiresAt: true, user: { select: { id: true, email: true, role: true, disabledAt: true } } },
  });
  if (!pending || pending.expiresAt <= now || pending.user.disabledAt) {
    if (pending) await db.pendingSignIn.deleteMany({ where: { id } });
    throw new UnauthenticatedError(PENDING_SIGN_IN_EXPIRED);
  }
  const { user } = pending;
  const audit = { subjectUserId: user.id, email: user.email, ip: request.ip, stage: 'sign_in' };
  await secondFactorRateLimit(user.id, audit);
  const knownDevice = knownDeviceToken
    ? Boolean(
        await db.knownDevice.findFirst({
          where: { id: sessionIdFromToken(knownDeviceToken), userId: user.id },
          select: { id: true },
        }),
      )
    : false;
  return checkSecondFactor({ userId: user.id, code, now, audit }, async (tx, method) => {
    // Deleted first and counted: two code forms sent at once for one pending sign-in open one session.
    const claimed = await tx.pendingSignIn.deleteMany({ where: { id } });
    if (claimed.count === 0) throw new UnauthenticatedError(PENDING_SIGN_IN_EXPIRED);
    return openSession(tx, { user, email: user.email, knownDevice, knownDeviceToken }, request, now, {
      knownDevice,
      secondFactor: method,
    });
  });
}

/**
 * Opens a session for `user`, in the caller's transaction: a known-device token for a browser that
 * had none valid for the account, old devices forgotten, the session row and its audit row.
 */
async function openSession(
  tx: Transaction,
  {
    user,
    email,
    knownDevice,
    knownDeviceToken,
  }: { user: { id: string; role: UserRole }; email: string; knownDevice: boolean; knownDeviceToken?: string | null },
  request: RequestMetadata,
  now: Date,
  detail: { knownDevice: boolean; secondFactor?: SecondFactorMethod },
): Promise<SignedIn> {
  const token = generateSessionToken();
  const expiresAt = sessionExpiresAt(now);
  const newDeviceToken = knownDevice ? undefined : generateSessionToken();
  if (newDeviceToken)
    await tx.knownDevice.create({
      data: { id: sessionIdFromToken(newDeviceToken), userId: user.id, createdAt: now, lastUsedAt: now },
    });
  else if (knownDeviceToken)
    await tx.knownDevice.updateMany({
      where: { id: sessionIdFromToken(knownDeviceToken) },
      data: { lastUsedAt: now },
    });
  await tx.knownDevice.deleteMany({
    where: { userId: user.id, lastUsedAt: { lt: new Date(now.getTime() - KNOWN_DEVICE_LIFETIME_MS) } },
  });
  await tx.session.create({
    data: {
      id: sessionIdFromToken(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: request.ip,
      userAgent: request.userAgent,
    },
  });
  await recordAuditEvent(tx, {
    kind: 'SIGN_IN_SUCCESS',
    actorId: user.id,
    subjectUserId: user.id,
    email,
    ip: request.ip,
    detail,
  });
  return { token, expiresAt, user: { id: user.id, role: user.role }, knownDeviceToken: newDeviceToken };
}

/**
 * The user a session token belongs to, or null when it is unknown, expired (idle or absolute) or
 * its account is disabled. Records activity at most once a minute, not on every request.
 */
export async function validateSessionToken(token: string, now = new Date()): Promise<SessionUser | null> {
  const id = sessionIdFromToken(token);
  const session = await db.session.findUnique({
    where: { id },
    select: {
      lastSeenAt: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          disabledAt: true,
          mustChangePassword: true,
          totpEnabledAt: true,
        },
      },
    },
  });
  if (!session) return null;
  if (isSessionExpired(session, now) || session.user.disabledAt) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (shouldTouchSession(session, now)) {
    // Conditional, so that two requests racing past the minute write once.
    await db.session.updateMany({ where: { id, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: now } });
  }
  const { disabledAt: _disabledAt, mustChangePassword, totpEnabledAt, ...user } = session.user;
  return {
    ...user,
    sessionId: id,
    pendingStep: pendingStepOf({ role: user.role, mustChangePassword, twoFactorEnabled: totpEnabledAt !== null }),
  };
}

/** Ends the session of this token, if it still exists, and records who signed out. */
export async function signOut(token: string, request: RequestMetadata): Promise<void> {
  const id = sessionIdFromToken(token);
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { id }, select: { userId: true } });
    if (!session) return;
    await tx.session.delete({ where: { id } });
    await recordAuditEvent(tx, {
      kind: 'SIGN_OUT',
      actorId: session.userId,
      subjectUserId: session.userId,
      ip: request.ip,
    });
  });
}
