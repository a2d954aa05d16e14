import { answerFiltersOf, type AnswerFilters } from './validation/answer-filters';
import { claimFiltersToQuery, parseClaimFilters, type ClaimFilters } from './validation/claim-filters';

// Where a list whose content is its query string is served from: a path, so that each view is a
// page cached whole. proxy.ts rewrites the public URL (/claims?verdict=false, /people?cursor=c, and
// /claims or /people without a query) to these paths (lib/proxy/list-view.ts); the public URL, and
// every link, keep the query string.
//
// The internal segments start with a hyphen, which no slug does (lib/domain/slug.ts), so
// /claims/-query/… and /people/-page/… never shadow a record's page. (Not an underscore: such a
// folder is private in the App Router, and its %5F spelling lost the route's generateStaticParams in
// Next.js 16.4's build, leaving the pages rendered per request.)

/** The lists paged by ?cursor= alone: their later pages are at <list>/-page/<cursor>. */
export const CURSOR_PAGED_LISTS = ['/people', '/organizations', '/topics', '/corrections'] as const;
export type CursorPagedList = (typeof CURSOR_PAGED_LISTS)[number];

export const isCursorPagedList = (pathname: string): pathname is CursorPagedList =>
  (CURSOR_PAGED_LISTS as readonly string[]).includes(pathname);

/** A later page of a list. A cursor is base64url text (lib/validation/cursors.ts): safe in a path as it is. */
export const listPagePath = (list: CursorPagedList, cursor: string) => `${list}/-page/${cursor}`;

/**
 * A list asked for without a query (/claims, /people): its first page, unfiltered, served from its
 * own path like every other view. Not from /claims itself, which reads its query for the app's own
 * navigations (app/(public)/claims/page.tsx says why).
 */
export const listFirstPagePath = (list: '/claims' | CursorPagedList) => `${list}/-first`;

/** The query string as a page's searchParams give it: a repeated parameter becomes an array. */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

const querySegment = (filters: ClaimFilters) =>
  Buffer.from(claimFiltersToQuery(filters).replace(/^\?/, '')).toString('base64url');

/**
 * /claims with filters: its canonical query string, base64url-encoded into one segment (a search
 * may hold any character, a slash or a percent sign included, which a segment would not keep as is).
 */
export const claimsViewPath = (filters: ClaimFilters) => `/claims/-query/${querySegment(filters)}`;

/**
 * The filters a /claims/-query/<segment> path names, or null when the segment is not what
 * claimsViewPath writes for some filters (no filter, another encoding, a query in another form):
 * one view of the list is one path, so a junk path cannot add entries to the cache.
 */
export function claimFiltersOfSegment(segment: string): ClaimFilters | null {
  const query = new URLSearchParams(Buffer.from(segment, 'base64url').toString('utf8'));
  const filters = parseClaimFilters(searchParamsObject(query));
  return Object.keys(filters).length > 0 && querySegment(filters) === segment ? filters : null;
}

/** /who-answered-whom with filters (a topic, claim dates): one segment, encoded as /claims's views are. */
export const whoAnsweredWhomViewPath = (filters: AnswerFilters) => `/who-answered-whom/-query/${querySegment(filters)}`;

/** The filters a /who-answered-whom/-query/<segment> path names, or null when whoAnsweredWhomViewPath would not write it. */
export function answerFiltersOfSegment(segment: string): AnswerFilters | null {
  const filters = claimFiltersOfSegment(segment);
  if (!filters) return null;
  const answerFilters = answerFiltersOf(filters);
  return Object.keys(answerFilters).length === Object.keys(filters).length ? answerFilters : null;
}
