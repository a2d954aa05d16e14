import type { UserRole } from '../generated/prisma/enums';

// What a signed-in account must do before anything else: choose a new password (an admin asked
// for it), or, for an admin, turn on two-factor sign-in. Until then its session opens that one
// page and nothing else: can() (lib/auth/permissions.ts) grants such an account no permission, so
// the DAL refuses every read of a draft and every write, and the page guards send it to the step
// (./pending-step-page.ts). No import of lib/routes here: permissions.ts imports this module, and
// the browser's account menu imports permissions.ts, so routes would bring zod into every page's JavaScript.

export type PendingStep = 'change_password' | 'enrol_two_factor';

/** Admins must sign in with a second factor: they can change every account. */
export const TWO_FACTOR_REQUIRED_ROLES: readonly UserRole[] = ['ADMIN'];

export function pendingStepOf(account: {
  role: UserRole;
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
}): PendingStep | null {
  // The password first: a forced change usually means the old one may be known to someone else.
  if (account.mustChangePassword) return 'change_password';
  if (TWO_FACTOR_REQUIRED_ROLES.includes(account.role) && !account.twoFactorEnabled) return 'enrol_two_factor';
  return null;
}

/** Why the DAL refuses an account with a pending step, and what to do. */
export function pendingStepMessage(step: PendingStep): string {
  return step === 'change_password'
    ? 'Choose a new password first: an admin asked for it.'
    : 'Turn on two-factor sign-in first: admins must have it.';
}
