import 'server-only';
import { hashPassword, verifyPassword } from '../auth/password';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { ConflictError, InvalidError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../errors';
import { tooManyRequestsMessage } from '../domain/rate-limits';
import { Prisma } from '../generated/prisma/client';
import type { UserRole } from '../generated/prisma/enums';
import { consumeRateLimit } from '../rate-limit/limiters';
import type { CreateUserInput } from '../validation/accounts';
import { recordAuditEvent } from './audit';
import type { RequestMetadata } from './sessions';

// Accounts: who may sign in, with which role. Managing them takes 'user.manage' (admins); every
// change writes its audit row in the same transaction. Accounts are disabled, never deleted: the
// audit log keeps pointing at them.

const userSummarySelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  createdAt: true,
  mustChangePassword: true,
  totpEnabledAt: true,
} as const;

export type UserSummary = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabledAt: Date | null;
  createdAt: Date;
  /** An admin asked for a new password, not chosen yet. */
  mustChangePassword: boolean;
  /** When two-factor sign-in was turned on; null when it is off. */
  totpEnabledAt: Date | null;
};

/** Every account, enabled ones first, then by name. Admins only. */
export async function listUsers(actor: Actor | null): Promise<UserSummary[]> {
  assertCan(actor, 'user.manage');
  return db.user.findMany({
    select: userSummarySelect,
    orderBy: [{ disabledAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }, { id: 'asc' }],
  });
}

type Creator = { actorId: string | null; ip: string | null; via: 'admin' | 'command_line' };

async function insertUser(input: CreateUserInput, creator: Creator): Promise<UserSummary> {
  // Hashed before the transaction opens: it takes tens of milliseconds that need no lock.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: userSummarySelect,
      });
      await recordAuditEvent(tx, {
        kind: 'USER_CREATED',
        actorId: creator.actorId,
        subjectUserId: user.id,
        ip: creator.ip,
        detail: { role: input.role, via: creator.via },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new ConflictError('An account with this email address exists already.');
    }
    throw error;
  }
}

/** An admin creates an account with its role and first password. */
export async function createUser(
  input: CreateUserInput,
  actor: Actor | null,
  request: RequestMetadata,
): Promise<UserSummary> {
  assertCan(actor, 'user.manage');
  return insertUser(input, { actorId: actor.id, ip: request.ip, via: 'admin' });
}

/**
 * For `npm run user:create` only: whoever can run it on the server can read the database anyway,
 * and the first admin has to come from somewhere. Audited with no actor, "via command line".
 */
export async function createUserFromCommandLine(input: CreateUserInput): Promise<UserSummary> {
  return insertUser(input, { actorId: null, ip: null, via: 'command_line' });
}

/** Locks the acting admin out of changing their own account, so the last admin cannot lock everyone out. */
function assertNotSelf(actor: Actor, userId: string, what: string) {
  if (actor.id === userId) throw new ConflictError(`You cannot ${what} your own account: ask another admin.`);
}

async function findUserOrThrow(tx: Transaction, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: userSummarySelect });
  if (!user) throw new NotFoundError('This account does not exist.');
  return user;
}

export async function changeUserRole(
  { userId, role }: { userId: string; role: UserRole },
  actor: Actor | null,
  request: RequestMetadata,
): Promise<void> {
  assertCan(actor, 'user.manage');
  assertNotSelf(actor, userId, 'change the role of');
  await db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, userId);
    if (user.role === role) return;
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAuditEvent(tx, {
      kind: 'ROLE_CHANGED',
      actorId: actor.id,
      subjectUserId: userId,
      ip: request.ip,
      detail: { from: user.role, to: role },
    });
  });
}

/** Disables an account and ends its sessions at once. */
export async function disableUser(
  { userId }: { userId: string },
  actor: Actor | null,
  request: RequestMetadata,
): Promise<void> {
  assertCan(actor, 'user.manage');
  assertNotSelf(actor, userId, 'disable');
  await db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, userId);
    if (user.disabledAt) return;
    await tx.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAuditEvent(tx, { kind: 'USER_DISABLED', actorId: actor.id, subjectUserId: userId, ip: request.ip });
  });
}

/**
 * Lets a disabled account sign in again, with the password it had. Its sessions ended when it was
 * disabled, so it starts signed out.
 */
export async function enableUser(
  { userId }: { userId: string },
  actor: Actor | null,
  request: RequestMetadata,
): Promise<void> {
  assertCan(actor, 'user.manage');
  assertNotSelf(actor, userId, 'enable');
  await db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, userId);
    if (!user.disabledAt) return;
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
    await recordAuditEvent(tx, { kind: 'USER_ENABLED', actorId: actor.id, subjectUserId: userId, ip: request.ip });
  });
}

/**
 * Makes an account choose a new password before anything else at its next sign-in (an admin who
 * fears the password is known to someone else). Its sessions end now, so the next sign-in is soon;
 * the flag clears when the new password is set (changeOwnPassword).
 */
export async function requirePasswordChange(
  { userId }: { userId: string },
  actor: Actor | null,
  request: RequestMetadata,
): Promise<void> {
  assertCan(actor, 'user.manage');
  assertNotSelf(actor, userId, 'require a new password for');
  await db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, userId);
    if (user.mustChangePassword) return;
    await tx.user.update({ where: { id: userId }, data: { mustChangePassword: true } });
    const ended = await tx.session.deleteMany({ where: { userId } });
    await recordAuditEvent(tx, {
      kind: 'PASSWORD_CHANGE_REQUIRED',
      actorId: actor.id,
      subjectUserId: userId,
      ip: request.ip,
      detail: { sessionsEnded: ended.count },
    });
  });
}

/**
 * The signed-in user changes their own password. Every other session of theirs ends (a stolen
 * cookie stops working); the one they are using stays. A wrong current password is an InvalidError,
 * and so is the current password given as the new one. Clears an admin's demand for a new password.
 */
export async function changeOwnPassword(
  { currentPassword, newPassword }: { currentPassword: string; newPassword: string },
  actor: (Actor & { sessionId: string }) | null,
  request: RequestMetadata,
): Promise<void> {
  if (!actor) throw new UnauthenticatedError();
  const refused = (detail: Prisma.InputJsonObject) =>
    db.$transaction((tx) =>
      recordAuditEvent(tx, {
        kind: 'PASSWORD_REFUSED',
        actorId: actor.id,
        subjectUserId: actor.id,
        ip: request.ip,
        detail,
      }),
    );
  // Every attempt counts, before the current password is checked: a stolen session cannot use
  // this form to guess the password (lib/domain/rate-limits.ts).
  const limit = await consumeRateLimit('passwordChanges', actor.id);
  if (!limit.allowed) {
    await refused({ reason: 'rate_limited' });
    throw new RateLimitedError(
      tooManyRequestsMessage(limit.retryAfterSeconds),
      new Date(Date.now() + limit.retryAfterSeconds * 1000),
    );
  }
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(passwordHash, currentPassword))) {
    await refused({ reason: 'wrong_current_password' });
    throw new InvalidError('currentPassword', 'This is not your current password.');
  }
  // Checked after the current password, so it tells nothing to someone who does not know it.
  if (newPassword === currentPassword)
    throw new InvalidError('newPassword', 'Choose a password other than your current one.');
  const newHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash: newHash, passwordChangedAt: new Date(), mustChangePassword: false },
    });
    const revoked = await tx.session.deleteMany({ where: { userId: actor.id, id: { not: actor.sessionId } } });
    await recordAuditEvent(tx, {
      kind: 'PASSWORD_CHANGE',
      actorId: actor.id,
      subjectUserId: actor.id,
      ip: request.ip,
      detail: { sessionsEnded: revoked.count },
    });
  });
}
