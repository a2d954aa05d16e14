import { NextResponse, type NextRequest } from 'next/server';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { parseAsOf } from '../validation/as-of';
import { slugSegment } from '../validation/url-segments';
import { asksForDocument } from './document-request';

// A claim's page as of a day is linked as /claims/<slug>?asOf=YYYY-MM-DD. It is served from
// /claims/<slug>/-as-of/<day> (app/(public)/claims/[slug]/-as-of/[day]), a path, so that each day's
// page is cached whole like the claim's own; this moves the day there, as lib/proxy/list-view.ts
// does for the lists (documents only, for the same reason). A value that names no day (not a date,
// out of range, after today, repeated) is left where it is: the claim's current page, which reads
// no query, is served. A day before the claim was made is valid: its page says so.

/** A claim's own page, not its /all or /history (/claims/new, an editor page, never gets here). */
const CLAIM_PAGE = /^\/claims\/([^/]+)$/;

/** The internal path that serves a claim's page as of a day. */
export const claimAsOfPath = (slug: string, day: string) => `/claims/${slug}/-as-of/${day}`;

/** The rewrite of a claim page's ?asOf= into its path, or null for any other request. */
export function claimAsOfRewrite(request: NextRequest, now = new Date()): NextResponse | null {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || !asksForDocument(request)) return null;
  const { pathname, searchParams } = request.nextUrl;
  const slug = CLAIM_PAGE.exec(pathname)?.[1];
  // A slug's own check: the internal -query/ and -as-of/ segments are no slug.
  if (!slug || !slugSegment.safeParse(slug).success) return null;
  const asOf = searchParams.getAll('asOf');
  const day = parseAsOf(asOf.length === 1 ? asOf[0] : asOf, parseIsoDay(toIsoDay(now)));
  return day ? NextResponse.rewrite(new URL(claimAsOfPath(slug, day), request.nextUrl)) : null;
}
