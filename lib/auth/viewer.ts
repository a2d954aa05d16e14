import type { UserRole } from '../generated/prisma/enums';
import type { PendingStep } from './pending-step';

/**
 * Who the browser is signed in as, as far as a public page's editor links care; null for a reader.
 * An account with a pending step is granted nothing by can() until it has taken it.
 */
export type Viewer = { id: string; name: string; role: UserRole; pendingStep: PendingStep | null } | null;
