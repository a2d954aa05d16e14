// GET /api/v1/claims - published claims, filtered as on /claims, a keyset page at a time
import { readOnlyRoute, parseQuery } from '@/lib/api/json-response';
import { claimList, toApiClaimSummary } from '@/lib/api/serialize';
import { claimListQuery } from '@/lib/validation/api';
import { findPublishedClaims } from '@/lib/cache/public-record';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  const filters = parseQuery(request, claimListQuery);
  const page = await findPublishedClaims(filters);
  return claimList(page.claims.map(toApiClaimSummary), filters, page.nextCursor);
});
