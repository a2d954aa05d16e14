import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { nameCursor } from '../validation/cursors';

// Alphabetical lists (people, organizations, topics) are cut into pages by keyset on (name, id):
// the cursor is the last row shown, so page 50 costs what page 1 costs (no OFFSET), and the id
// breaks ties between people who share a name.

export type NamePage<T> = {
  items: T[];
  /** where the next page starts; absent on the last page */ nextCursor?: string;
};

/** The where, order and take of one page after `cursor`; one extra row tells whether more follow. */
export function nameKeyset(cursor: string | undefined, pageSize: number) {
  const after = decodeCursor(cursor, nameCursor);
  return {
    where: after ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] } : {},
    orderBy: [{ name: 'asc' as const }, { id: 'asc' as const }],
    take: pageSize + 1,
  };
}

/** The same condition for raw SQL, on a table with `name` and `id` columns. */
export function afterNameSql(cursor: string | undefined): Prisma.Sql {
  const after = decodeCursor(cursor, nameCursor);
  // A row comparison orders exactly as ORDER BY name, id does, collation included.
  return after ? Prisma.sql`(name, id) > (${after.name}, ${after.id}::uuid)` : Prisma.sql`TRUE`;
}

/** The page's rows, and the cursor of the next page when the extra row came back. */
export function toNamePage<Row extends { id: string; name: string }, T>(
  rows: Row[],
  pageSize: number,
  toItem: (row: Row) => T,
): NamePage<T> {
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > pageSize && last ? encodeCursor({ name: last.name, id: last.id }) : undefined,
  };
}
