import { NextResponse, type NextRequest } from 'next/server';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { parseAsOf } from '../validation/as-of';

// A topic timeline's later pages are linked as /topics/<slug>/timeline?cursor=<c>, and the timeline
// as of a day as ?asOf=YYYY-MM-DD (with its own ?cursor= on later pages). Each is served from a path,
// /topics/<slug>/timeline/<c> (app/(public)/topics/[slug]/timeline/[[...cursor]]) or
// /topics/<slug>/timeline/-as-of/<day>/<c>, so that it is cached whole like the first page; this
// moves them there. An ?asOf= that names no day (not one, after today) is dropped, as is any other
// query parameter: they name nothing on this page.

const TIMELINE = /^\/topics\/[^/]+\/timeline$/;

/** The rewrite of a timeline page's ?cursor= and ?asOf= into its path, or null for any other request. */
export function timelineCursorRewrite(request: NextRequest, now = new Date()): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  if (!TIMELINE.test(pathname)) return null;
  const cursor = searchParams.get('cursor');
  const asOf = searchParams.getAll('asOf');
  const day = asOf.length ? parseAsOf(asOf.length === 1 ? asOf[0] : asOf, parseIsoDay(toIsoDay(now))) : null;
  if (!cursor && !day) return null;
  const segments = [pathname, ...(day ? ['-as-of', day] : []), ...(cursor ? [encodeURIComponent(cursor)] : [])];
  return NextResponse.rewrite(new URL(segments.join('/'), request.nextUrl));
}
