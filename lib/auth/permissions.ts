import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { UserRole } from '../generated/prisma/enums';
import { pendingStepMessage, type PendingStep } from './pending-step';

// The one permission map: what each role may do. Pure, so it is unit-tested without a database,
// and every check in the data access layer goes through can()/assertCan() below.

const CONTRIBUTOR = [
  'claim.propose',
  'counterStatement.propose',
  'source.create',
  'person.create',
  'organization.create',
  /** See the drafts and submissions one made oneself. */
  'draft.readOwn',
] as const;

const EDITOR = [
  ...CONTRIBUTOR,
  'claim.publish',
  'counterStatement.publish',
  'source.edit',
  'person.edit',
  'organization.edit',
  'review.decide',
  /** Save a quote that is not found verbatim in its source, with a stated reason. */
  'statement.saveUnverified',
  /** Change a quote's words, language, translation, attribution or date. */
  'statement.edit',
  /** Change a counter-statement's stance or note, or withdraw it. */
  'counterStatement.edit',
  'revision.restore',
  'correction.write',
  /** See anyone's drafts and submissions (the review queue). */
  'draft.readAny',
] as const;

const ADMIN = [...EDITOR, 'user.manage', 'audit.read'] as const;

export type Permission = (typeof ADMIN)[number];

const PERMISSIONS: Record<UserRole, ReadonlySet<Permission>> = {
  CONTRIBUTOR: new Set(CONTRIBUTOR),
  EDITOR: new Set(EDITOR),
  ADMIN: new Set(ADMIN),
};

/**
 * Who is acting, as far as permissions care. A disabled account may do nothing; nor may one with a
 * step to take first (a new password, an admin's two-factor enrolment: lib/auth/pending-step.ts).
 */
export type Actor = { id: string; role: UserRole; disabledAt?: Date | null; pendingStep?: PendingStep | null };

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor || actor.disabledAt || actor.pendingStep) return false;
  return PERMISSIONS[actor.role].has(permission);
}

/**
 * Throws 'unauthenticated' for a visitor and 'forbidden' for a role without the permission, or for
 * an account that has a step to take first (saying which).
 */
export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (actor.pendingStep && !actor.disabledAt) throw new ForbiddenError(pendingStepMessage(actor.pendingStep));
  if (!can(actor, permission)) throw new ForbiddenError();
}

export function permissionsOf(role: UserRole): Permission[] {
  return [...PERMISSIONS[role]];
}
