import 'server-only';
import { verifyPassword } from '../auth/password';
import type { Actor } from '../auth/permissions';
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode } from '../auth/recovery-codes';
import { generateTotpSecret, isTotpCodeShaped, matchTotpStep, totpUri } from '../auth/totp';
import { db, type Transaction } from '../db';
import { tooManyRequestsMessage } from '../domain/rate-limits';
import { ConflictError, InvalidError, RateLimitedError, UnauthenticatedError } from '../errors';
import { consumeRateLimit } from '../rate-limit/limiters';
import { recordAuditEvent } from './audit';
import type { RequestMetadata } from './sessions';

// Two-factor sign-in (TOTP, RFC 6238) and its recovery codes: turning it on with a first code,
// checking a code (at sign-in: lib/dal/sessions.ts), new recovery codes, turning it off. The secret
// is shown to its owner only while enrolment waits for the first code; afterwards no query returns
// it but the checks here (lib/db.ts omits it by default). Every code attempt counts against the
// account's `secondFactor` limit, and every refusal is audited.

export type SecondFactorMethod = 'totp' | 'recovery_code';

type Failure = 'wrong_code' | 'reused_code' | 'not_enabled';

const FAILURE_MESSAGES: Record<Failure, string> = {
  wrong_code:
    'This code is not right. Check that the clock of the device with your app is correct, or use a recovery code.',
  reused_code: 'This code has been used already: wait for the next one from your app.',
  not_enabled: 'Two-factor sign-in is not on for this account.',
};

/** Who a refused attempt is audited against, and at which stage (sign_in, enrolment, …). */
type AuditContext = {
  /** The signed-in account on its own page; null at sign-in, where no one is signed in yet. */
  actorId?: string | null;
  subjectUserId: string;
  email?: string | null;
  ip: string | null;
  stage: string;
};

function auditFailure(audit: AuditContext, reason: string) {
  const { stage, ...who } = audit;
  return db.$transaction((tx) =>
    recordAuditEvent(tx, { kind: 'TWO_FACTOR_FAILURE', ...who, detail: { reason, stage } }),
  );
}

/** Counts one code attempt against the account's limit; over it, audits and throws a RateLimitedError. */
export async function secondFactorRateLimit(userId: string, audit: AuditContext): Promise<void> {
  const limit = await consumeRateLimit('secondFactor', userId);
  if (limit.allowed) return;
  await auditFailure(audit, 'rate_limited');
  throw new RateLimitedError(
    tooManyRequestsMessage(limit.retryAfterSeconds),
    new Date(Date.now() + limit.retryAfterSeconds * 1000),
  );
}

/**
 * Uses up `code` for the account, in the caller's transaction: a TOTP code of a time step later than
 * the last one accepted (an earlier or equal step is a replay), or, when `recoveryCodes`, an unused
 * recovery code. Each check is one conditional UPDATE, so two requests racing with the same code
 * cannot both pass. Writes nothing on failure.
 */
async function consumeCode(
  tx: Transaction,
  { userId, code, now, recoveryCodes }: { userId: string; code: string; now: Date; recoveryCodes: boolean },
): Promise<{ ok: true; method: SecondFactorMethod } | { ok: false; reason: Failure }> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (!user.totpEnabledAt || !user.totpSecret) return { ok: false, reason: 'not_enabled' };
  if (isTotpCodeShaped(code)) {
    const step = matchTotpStep(user.totpSecret, code, now);
    if (step === null) return { ok: false, reason: 'wrong_code' };
    const accepted = await tx.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return accepted.count === 1 ? { ok: true, method: 'totp' } : { ok: false, reason: 'reused_code' };
  }
  const recoveryCode = recoveryCodes ? normalizeRecoveryCode(code) : null;
  if (!recoveryCode) return { ok: false, reason: 'wrong_code' };
  const used = await tx.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(recoveryCode), usedAt: null },
    data: { usedAt: now },
  });
  return used.count === 1 ? { ok: true, method: 'recovery_code' } : { ok: false, reason: 'wrong_code' };
}

/**
 * Checks a second-factor code (TOTP or recovery code) and, if it is right, runs `then` in the same
 * transaction as its use. A wrong or reused code is audited and thrown as an InvalidError on `code`.
 * The caller has counted the attempt (secondFactorRateLimit).
 */
export async function checkSecondFactor<T>(
  { userId, code, now, audit }: { userId: string; code: string; now: Date; audit: AuditContext },
  then: (tx: Transaction, method: SecondFactorMethod) => Promise<T>,
): Promise<T> {
  const outcome = await db.$transaction(async (tx) => {
    const used = await consumeCode(tx, { userId, code, now, recoveryCodes: true });
    return used.ok ? { ok: true as const, value: await then(tx, used.method) } : used;
  });
  if (outcome.ok) return outcome.value;
  await auditFailure(audit, outcome.reason);
  throw new InvalidError('code', FAILURE_MESSAGES[outcome.reason]);
}

export type TwoFactorStatus = {
  enabledAt: Date | null;
  /** While enrolment waits for its first code: the secret to show, as text and as a QR code's URI. */
  enrolment: { secret: string; uri: string } | null;
  recoveryCodesLeft: number;
};

type AccountActor = Actor & { email: string };

function signedIn<A extends Actor>(actor: A | null): A {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** The signed-in account's own two-factor state. Every account may turn it on; admins must. */
export async function getTwoFactorStatus(actor: AccountActor | null): Promise<TwoFactorStatus> {
  const { id, email } = signedIn(actor);
  const user = await db.user.findUniqueOrThrow({
    where: { id },
    select: {
      totpEnabledAt: true,
      totpSecret: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  const pending = !user.totpEnabledAt && user.totpSecret;
  return {
    enabledAt: user.totpEnabledAt,
    enrolment: pending ? { secret: pending, uri: totpUri(pending, email) } : null,
    recoveryCodesLeft: user._count.recoveryCodes,
  };
}

/**
 * Begins enrolment: a new secret for the account, not in use until a first code confirms it
 * (confirmTwoFactorEnrolment). Starting again replaces a secret that was never confirmed.
 */
export async function startTwoFactorEnrolment(actor: Actor | null): Promise<void> {
  const { id } = signedIn(actor);
  const started = await db.user.updateMany({
    where: { id, totpEnabledAt: null },
    data: { totpSecret: generateTotpSecret(), totpLastStep: null },
  });
  if (started.count === 0) throw new ConflictError('Two-factor sign-in is on already.');
}

/** Replaces the account's recovery codes with new ones, in the caller's transaction; returns them to show once. */
async function replaceRecoveryCodes(tx: Transaction, userId: string, now: Date): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code), createdAt: now })),
  });
  return codes;
}

/**
 * Turns two-factor sign-in on, once the first code from the app matches the pending secret (so a
 * mis-scanned secret cannot lock the account out). Returns the recovery codes, which are shown this
 * once and kept only hashed.
 */
export async function confirmTwoFactorEnrolment(
  { code }: { code: string },
  actor: Actor | null,
  request: RequestMetadata,
  now = new Date(),
): Promise<string[]> {
  const { id } = signedIn(actor);
  const audit = { actorId: id, subjectUserId: id, ip: request.ip, stage: 'enrolment' };
  await secondFactorRateLimit(id, audit);
  const { totpSecret, totpEnabledAt } = await db.user.findUniqueOrThrow({
    where: { id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (totpEnabledAt) throw new ConflictError('Two-factor sign-in is on already.');
  if (!totpSecret) throw new ConflictError('Start the set-up first.');
  const step = matchTotpStep(totpSecret, code, now);
  if (step === null) {
    await auditFailure(audit, 'wrong_code');
    throw new InvalidError('code', FAILURE_MESSAGES.wrong_code);
  }
  return db.$transaction(async (tx) => {
    // Only the secret that was shown: a set-up started again meanwhile in another tab wins.
    const enabled = await tx.user.updateMany({
      where: { id, totpEnabledAt: null, totpSecret },
      data: { totpEnabledAt: now, totpLastStep: step },
    });
    if (enabled.count === 0) throw new ConflictError('The set-up was started again elsewhere: scan the new code.');
    const codes = await replaceRecoveryCodes(tx, id, now);
    await recordAuditEvent(tx, { kind: 'TWO_FACTOR_ENABLED', actorId: id, subjectUserId: id, ip: request.ip });
    return codes;
  });
}

/**
 * Runs `change` once the signed-in account has proven it is its owner, not only a session: a
 * current code from the app, or the password. A wrong one is audited and thrown as an InvalidError
 * on `confirmation`; attempts count against the `secondFactor` limit.
 */
async function withOwnerProof<T>(
  { confirmation, stage }: { confirmation: string; stage: string },
  actor: Actor,
  request: RequestMetadata,
  now: Date,
  change: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const audit = { actorId: actor.id, subjectUserId: actor.id, ip: request.ip, stage };
  await secondFactorRateLimit(actor.id, audit);
  if (isTotpCodeShaped(confirmation)) {
    const outcome = await db.$transaction(async (tx) => {
      const used = await consumeCode(tx, { userId: actor.id, code: confirmation, now, recoveryCodes: false });
      return used.ok ? { ok: true as const, value: await change(tx) } : used;
    });
    if (outcome.ok) return outcome.value;
    await auditFailure(audit, outcome.reason);
    throw new InvalidError('confirmation', FAILURE_MESSAGES[outcome.reason]);
  }
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(passwordHash, confirmation))) {
    await auditFailure(audit, 'wrong_password');
    throw new InvalidError('confirmation', 'This is neither a current code from your app nor your password.');
  }
  return db.$transaction(change);
}

/** New recovery codes, the old ones void; returned to show once. Needs a current code or the password. */
export async function regenerateRecoveryCodes(
  { confirmation }: { confirmation: string },
  actor: Actor | null,
  request: RequestMetadata,
  now = new Date(),
): Promise<string[]> {
  const account = signedIn(actor);
  const { id } = account;
  return withOwnerProof({ confirmation, stage: 'recovery_codes' }, account, request, now, async (tx) => {
    const enabled = await tx.user.count({ where: { id, totpEnabledAt: { not: null } } });
    if (!enabled) throw new ConflictError(FAILURE_MESSAGES.not_enabled);
    const codes = await replaceRecoveryCodes(tx, id, now);
    await recordAuditEvent(tx, { kind: 'RECOVERY_CODES_REGENERATED', actorId: id, subjectUserId: id, ip: request.ip });
    return codes;
  });
}

/**
 * Turns two-factor sign-in off: the secret and the recovery codes are deleted. Needs a current code
 * or the password. An admin is then sent to turn it on again before anything else.
 */
export async function disableTwoFactor(
  { confirmation }: { confirmation: string },
  actor: Actor | null,
  request: RequestMetadata,
  now = new Date(),
): Promise<void> {
  const account = signedIn(actor);
  const { id } = account;
  await withOwnerProof({ confirmation, stage: 'disable' }, account, request, now, async (tx) => {
    const disabled = await tx.user.updateMany({
      where: { id, totpEnabledAt: { not: null } },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    if (disabled.count === 0) throw new ConflictError(FAILURE_MESSAGES.not_enabled);
    await tx.recoveryCode.deleteMany({ where: { userId: id } });
    await recordAuditEvent(tx, { kind: 'TWO_FACTOR_DISABLED', actorId: id, subjectUserId: id, ip: request.ip });
  });
}
