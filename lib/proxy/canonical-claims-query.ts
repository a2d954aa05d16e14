import { NextResponse, type NextRequest } from 'next/server';
import { searchParamsObject } from '../list-views';
import { routes } from '../routes';
import { canonicalQueryIfDifferent, parseClaimFilters } from '../validation/claim-filters';

// /claims with its query in another form than the canonical one (empty form fields, dropped bad
// values, another order) is redirected to the canonical form, so that a shared link is clean and one
// view of the list is one URL. Here rather than in the page: with Cache Components the page's
// response has begun before it could redirect, and a browser without JavaScript would stay.

/** A 307 to the canonical /claims URL, or null when the request's is canonical already. */
export function canonicalClaimsRedirect(request: NextRequest): NextResponse | null {
  const given = searchParamsObject(request.nextUrl.searchParams);
  const filters = parseClaimFilters(given);
  if (canonicalQueryIfDifferent(given, filters) === null) return null;
  return NextResponse.redirect(new URL(routes.claims(filters), request.nextUrl), 307);
}
