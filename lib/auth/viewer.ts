import type { UserRole } from '../generated/prisma/enums';

/** Who the browser is signed in as, as far as a public page's editor links care; null for a reader. */
export type Viewer = { id: string; name: string; role: UserRole } | null;
