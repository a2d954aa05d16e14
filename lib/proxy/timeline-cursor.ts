import { NextResponse, type NextRequest } from 'next/server';

// A topic timeline's later pages are linked as /topics/<slug>/timeline?cursor=<c>. The page is
// served from /topics/<slug>/timeline/<c> (app/(public)/topics/[slug]/timeline/[[...cursor]]), a
// path, so that it is cached whole like the first page; this moves the cursor there. Any other
// query parameter names nothing on this page and is dropped.

const TIMELINE = /^\/topics\/[^/]+\/timeline$/;

/** The rewrite of a timeline page's ?cursor= into its path, or null for any other request. */
export function timelineCursorRewrite(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  const cursor = searchParams.get('cursor');
  if (!cursor || !TIMELINE.test(pathname)) return null;
  const target = new URL(`${pathname}/${encodeURIComponent(cursor)}`, request.nextUrl);
  return NextResponse.rewrite(target);
}
