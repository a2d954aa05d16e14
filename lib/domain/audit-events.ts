import type { AuditEventKind } from '../generated/prisma/enums';

/** How the audit log names each kind of event. */
export const AUDIT_EVENT_LABELS: Record<AuditEventKind, string> = {
  SIGN_IN_SUCCESS: 'Signed in',
  SIGN_IN_FAILURE: 'Sign-in failed',
  SIGN_IN_THROTTLED: 'Sign-in refused: too many failures',
  SIGN_OUT: 'Signed out',
  PASSWORD_CHANGE: 'Password changed',
  PASSWORD_REFUSED: 'Password change refused',
  USER_CREATED: 'Account created',
  ROLE_CHANGED: 'Role changed',
  USER_DISABLED: 'Account disabled',
  USER_ENABLED: 'Account enabled',
  TWO_FACTOR_FAILURE: 'Two-factor code refused',
  TWO_FACTOR_ENABLED: 'Two-factor sign-in turned on',
  TWO_FACTOR_DISABLED: 'Two-factor sign-in turned off',
  RECOVERY_CODES_REGENERATED: 'New recovery codes made',
  PASSWORD_CHANGE_REQUIRED: 'New password required at next sign-in',
  PUBLICATION: 'Published (a claim, counter-statement or repetition)',
  REJECTION: 'Submission rejected',
  CLAIMS_LINKED: 'Claims linked as related',
  CLAIMS_UNLINKED: 'Related claims unlinked',
  EXPECTED_PARTY_ADDED: 'Party listed as expected to answer a claim',
  EXPECTED_PARTY_REMOVED: 'Expected party taken off a claim',
};

/** The event's detail (a JSON object) as "key: value" pairs for the log, in a stable order. */
export function describeAuditDetail(detail: unknown): string[] {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return [];
  return Object.entries(detail)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, value]) =>
        `${key.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${typeof value === 'string' ? value.replace(/_/g, ' ').toLowerCase() : JSON.stringify(value)}`,
    );
}
