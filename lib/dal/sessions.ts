import 'server-only';
import { verifyAgainstDummy, verifyPassword } from '../auth/password';
import { isSessionExpired, sessionExpiresAt, shouldTouchSession } from '../auth/session-policy';
import { generateSessionToken, sessionIdFromToken } from '../auth/session-token';
import { checkSignInAllowed } from '../auth/sign-in-throttle';
import { db } from '../db';
import type { UserRole } from '../generated/prisma/enums';
import { recordAuditEvent } from './audit';

// Server-side sessions: the browser holds a random token, the database its SHA-256 with the
// session's clocks. Signing in, checking a session on each request, and signing out.

/** Where a request came from, as far as the app can tell; for the audit log and the session list. */
export type RequestMetadata = { ip: string | null; userAgent: string | null };

/** The signed-in person, as pages and the DAL see them. */
export type SessionUser = { id: string; email: string; name: string; role: UserRole; sessionId: string };

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; user: { id: string; role: UserRole } }
  | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Checks an email and password and opens a session. Every failure looks the same to the caller
 * (unknown email, wrong password, disabled account) and takes about as long, so a sign-in form
 * cannot be used to learn which emails have accounts. The audit log records the real reason.
 */
export async function signIn({ email, password }: { email: string; password: string }, request: RequestMetadata): Promise<SignInResult> {
  if (!(await checkSignInAllowed({ email, ip: request.ip })).allowed) return { ok: false, reason: 'throttled' };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, disabledAt: true, passwordHash: true },
  });
  const passwordMatches = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !passwordMatches || user.disabledAt) {
    const reason = !user ? 'unknown_email' : !passwordMatches ? 'wrong_password' : 'account_disabled';
    await db.$transaction((tx) =>
      recordAuditEvent(tx, { kind: 'SIGN_IN_FAILURE', subjectUserId: user?.id ?? null, email, ip: request.ip, detail: { reason } }),
    );
    return { ok: false, reason: 'invalid' };
  }
  const token = generateSessionToken();
  const now = new Date();
  const expiresAt = sessionExpiresAt(now);
  await db.$transaction(async (tx) => {
    await tx.session.create({
      data: { id: sessionIdFromToken(token), userId: user.id, createdAt: now, lastSeenAt: now, expiresAt, ip: request.ip, userAgent: request.userAgent },
    });
    await recordAuditEvent(tx, { kind: 'SIGN_IN_SUCCESS', actorId: user.id, subjectUserId: user.id, email, ip: request.ip });
  });
  return { ok: true, token, expiresAt, user: { id: user.id, role: user.role } };
}

/**
 * The user a session token belongs to, or null when it is unknown, expired (idle or absolute) or
 * its account is disabled. Records activity at most once a minute, not on every request.
 */
export async function validateSessionToken(token: string, now = new Date()): Promise<SessionUser | null> {
  const id = sessionIdFromToken(token);
  const session = await db.session.findUnique({
    where: { id },
    select: { lastSeenAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
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
  const { disabledAt: _disabledAt, ...user } = session.user;
  return { ...user, sessionId: id };
}

/** Ends the session of this token, if it still exists, and records who signed out. */
export async function signOut(token: string, request: RequestMetadata): Promise<void> {
  const id = sessionIdFromToken(token);
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { id }, select: { userId: true } });
    if (!session) return;
    await tx.session.delete({ where: { id } });
    await recordAuditEvent(tx, { kind: 'SIGN_OUT', actorId: session.userId, subjectUserId: session.userId, ip: request.ip });
  });
}
