// GET /api/v1/claims/:slug - one published claim with its counter-statements and their sources
import { readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
import { toApiClaimDetail } from '@/lib/api/serialize';
import { noQuery, slugPath } from '@/lib/validation/api';
import { getPublishedClaimBySlugOrNull } from '@/lib/cache/public-record';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>(
  async (request, context) => {
    parseQuery(request, noQuery);
    // All of its counter-statements: the page shows the first 50, an API client asked for the claim.
    const claim = await getPublishedClaimBySlugOrNull((await parsePath(context, slugPath)).slug, 'all');
    return claim && { data: toApiClaimDetail(claim) };
  },
);
