// GET /api/v1/claims - published claims, filtered as on /claims, a keyset page at a time
import { prepareAnswer, readOnlyRoute, parseQuery } from '@/lib/api/json-response';
import { claimList, toApiClaimSummary } from '@/lib/api/serialize';
import { claimListQuery } from '@/lib/validation/api';
import type { ClaimFilters } from '@/lib/validation/claim-filters';
import { describeEntry } from '@/lib/cache/entry';
import { RECORD_LIFE, SEARCH_LIFE } from '@/lib/cache/life';
import { findPublishedClaims } from '@/lib/cache/public-record';

/** The answer kept whole per parsed query, under the tags of the read it is made of, as long as that read. */
async function claimsAnswer(filters: ClaimFilters) {
  'use cache';
  describeEntry(filters.q ? SEARCH_LIFE : RECORD_LIFE, []);
  return prepareAnswer(async () => {
    const page = await findPublishedClaims(filters);
    return claimList(page.claims.map(toApiClaimSummary), filters, page.nextCursor);
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) =>
  claimsAnswer(parseQuery(request, claimListQuery)),
);
