import { NextResponse, type NextRequest } from 'next/server';
import { asksForDocument } from './document-request';
import {
  claimsViewPath,
  isCursorPagedList,
  listFirstPagePath,
  listPagePath,
  searchParamsObject,
  whoAnsweredWhomViewPath,
} from '../list-views';
import { routes } from '../routes';
import { answerFiltersOf } from '../validation/answer-filters';
import { parseClaimFilters } from '../validation/claim-filters';
import { parsePageCursor } from '../validation/page-cursor';

// A list whose content is its query string is a page rendered per request, whatever the cache holds
// under it. This moves the query into a path (lib/list-views.ts), where each view is a page cached
// whole: /claims with filters, a search, a sort or a page, /who-answered-whom with filters, the later
// pages of the lists paged by ?cursor=, and the first page of /claims and of those lists, asked for
// without a query. What the query says is read as the pages read it, so bad values are dropped as
// before: /claims's query is in canonical form by now (lib/proxy/canonical-claims-query.ts answers
// any other first), and a cursor that is not one names the first page. /who-answered-whom without
// filters reads no query, so it is cached whole where it is.

/** The path that serves this list view, or null when the request is served where it asked. */
function listViewPath({ pathname, searchParams }: { pathname: string; searchParams: URLSearchParams }): string | null {
  if (pathname === routes.claims()) {
    const filters = parseClaimFilters(searchParamsObject(searchParams));
    return Object.keys(filters).length > 0 ? claimsViewPath(filters) : listFirstPagePath('/claims');
  }
  if (pathname === routes.whoAnsweredWhom()) {
    // Dropped values and other lists' filters name nothing here: the view of what is left.
    const filters = answerFiltersOf(parseClaimFilters(searchParamsObject(searchParams)));
    return Object.keys(filters).length > 0 ? whoAnsweredWhomViewPath(filters) : null;
  }
  if (isCursorPagedList(pathname)) {
    const cursor = parsePageCursor(searchParamsObject(searchParams));
    return cursor ? listPagePath(pathname, cursor) : listFirstPagePath(pathname);
  }
  return null;
}

/** The rewrite of a list's query into its path, or null for any other request. Reads only: a form's post stays where it was sent. */
export function listViewRewrite(request: NextRequest): NextResponse | null {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || !asksForDocument(request)) return null;
  const path = listViewPath(request.nextUrl);
  return path ? NextResponse.rewrite(new URL(path, request.nextUrl)) : null;
}
