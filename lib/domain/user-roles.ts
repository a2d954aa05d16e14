import type { UserRole } from '../generated/prisma/enums';

// How roles are named and explained on screen, most limited first. What each may do is the
// permission map's business (lib/auth/permissions.ts).
export const USER_ROLES: { role: UserRole; label: string; description: string }[] = [
  {
    role: 'CONTRIBUTOR',
    label: 'Contributor',
    description: 'proposes claims, counter-statements and sources for review',
  },
  { role: 'EDITOR', label: 'Editor', description: 'also reviews, publishes and corrects' },
  { role: 'ADMIN', label: 'Admin', description: 'also manages accounts and reads the audit log' },
];

export function roleLabel(role: UserRole): string {
  return USER_ROLES.find((entry) => entry.role === role)?.label ?? role;
}
