import 'server-only';

// What readers may see: published rows only. The one definition for Prisma queries, so that the
// review states editors add later (submitted, rejected) change what readers see in one place. The
// raw-SQL reads (search, public-speakers, who-answered-whom) write `status = 'published'` in SQL:
// grep for it alongside this file when that rule changes. Soft-deleted claims need no condition of
// their own: a CHECK keeps them out of 'published' (see the revisions migration).
export const published = { status: 'PUBLISHED' } as const;
