import 'server-only';

// What readers may see: published rows only (claims, rebuttals, and the people, roles and sources
// a submission brings, which wait for review with it). The one definition for Prisma queries. The
// raw-SQL reads (search, public-speakers, who-answered-whom) write `status = 'published'` in SQL:
// grep for it alongside this file when that rule changes.
export const published = { status: 'PUBLISHED' } as const;
