import type { z } from 'zod';

// Keyset pagination cursors: the last row's sort key, carried in the URL as opaque base64url JSON.
// A cursor comes from the reader's URL, so it is parsed with the list's own schema, and one that
// is missing, forged or from another list means the first page rather than an error.

export function encodeCursor(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The cursor's content, or undefined when it is missing or not one of ours (first page then). */
export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
