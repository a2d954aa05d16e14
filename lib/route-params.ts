import { z } from 'zod';
import { asOfDay } from './validation/as-of';
import { cursorText } from './validation/cursors';
import { idSegment, slugSegment, urlSegment } from './validation/url-segments';

// The dynamic segments of every route ([slug], [id], [code], ...), each checked by its schema
// before it reaches a query: a segment is what a reader typed, and one PostgreSQL cannot compare
// (a NUL byte, broken Unicode) would fail the query instead of naming nothing. A segment that
// cannot name a record is answered as an unknown one is: not found.

const SEGMENTS = {
  slug: slugSegment,
  id: idSegment,
  /** A country's ISO code, a share image's version, a download's file name: compared, never stored. */
  code: urlSegment,
  version: urlSegment,
  file: urlSegment,
  /** The segments of a catch-all route. */
  path: z.array(urlSegment),
  /** A page's cursor, moved from ?cursor= into the path by proxy.ts (an optional catch-all: one or none). */
  cursor: z.array(urlSegment).max(1),
  /** A list's page cursor, moved from ?cursor= into the path by proxy.ts (lib/list-views.ts). */
  page: cursorText.min(1),
  /** The day of a claim page as of a day, moved from ?asOf= into the path by proxy.ts (lib/proxy/claim-as-of.ts). */
  day: asOfDay,
} satisfies Record<string, z.ZodType>;

type SegmentName = keyof typeof SEGMENTS;
export type RouteParams = Partial<{ [Name in SegmentName]: z.input<(typeof SEGMENTS)[Name]> }>;

// One schema per route's set of segment names, made on its first request: a zod object schema
// compiles its parser the first time it parses (about 35 µs here, against 2 µs for a parse after),
// which a schema made afresh for each request paid every time.
const schemas = new Map<string, z.ZodType>();

function schemaOf(names: readonly string[]): z.ZodType {
  const key = names.join('/');
  let schema = schemas.get(key);
  if (!schema) {
    schema = z.strictObject(Object.fromEntries(names.map((name) => [name, SEGMENTS[name as SegmentName]])));
    schemas.set(key, schema);
  }
  return schema;
}

/** The route's params when each names something it could (else null): for route handlers. */
export async function routeParams<P extends RouteParams>(params: Promise<P>): Promise<P | null> {
  const given = await params;
  const parsed = schemaOf(Object.keys(given)).safeParse(given);
  return parsed.success ? (parsed.data as P) : null;
}
