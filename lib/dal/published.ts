import 'server-only';
import type { Prisma } from '../generated/prisma/client';

// What readers may see: published rows only (claims, rebuttals, and the people, roles and sources
// a submission brings, which wait for review with it). The one definition for Prisma queries. The
// raw-SQL reads (search, public-speakers, who-answered-whom) write `status = 'published'` in SQL:
// grep for it alongside this file when that rule changes. Soft-deleted claims need no condition of
// their own: a CHECK keeps them out of 'published' (see the revisions migration).
export const published = { status: 'PUBLISHED' } as const;

/** A statement readers may see: the statement of a published claim, or a published answer to one. */
export const publicStatement = {
  OR: [{ claim: published }, { rebuttals: { some: { ...published, claim: published } } }],
} satisfies Prisma.StatementWhereInput;
