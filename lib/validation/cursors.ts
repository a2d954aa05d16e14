import { z } from 'zod';
import { calendarDay, isoMoment, storableCount, storableText } from './storable';

// What each paged list's cursor holds: the last row's sort key, which comes back in the reader's
// URL. Every part is checked against what the database can compare before it reaches a query
// (a count past int4, the year 0000 or a NUL in a name would fail the query, not name a row), and
// against what the list itself writes, so that encoding a row's key and decoding it is the identity.

/** A cursor as it travels in a URL: base64url (lib/domain/cursor.ts), of a bounded length. */
export const cursorText = z
  .string()
  .max(500)
  .regex(/^[A-Za-z0-9_-]*$/);

/** /claims and the API's claims, sorted by date or by counter-statements: (claimedOn, counterStatementCount, id). */
export const claimKeysetCursor = z.strictObject({
  claimedOn: calendarDay(),
  counterStatementCount: storableCount(),
  id: z.uuid(),
});

/** /claims sorted by relevance: the last claim shown. */
export const relevanceCursor = z.strictObject({ id: z.uuid() });

/** Alphabetical lists (people, organizations, topics): (name, id). Names are at most 200 characters. */
export const nameCursor = z.strictObject({ name: storableText(200), id: z.uuid() });

/** A topic's timeline: (saidOn, id), undated statements last. */
export const timelineCursor = z.strictObject({ saidOn: calendarDay().nullable(), id: z.uuid() });

/** Newest-first logs (corrections, the audit log): (createdAt, id). */
export const momentCursor = z.strictObject({ createdAt: isoMoment(), id: z.uuid() });
