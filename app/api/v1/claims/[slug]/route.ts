// GET /api/v1/claims/:slug - one published claim with its counter-statements and their sources
import { readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
import { toApiClaimDetail } from '@/lib/api/serialize';
import { getPublishedClaimBySlug } from '@/lib/dal/claims';
import { noQuery, slugPath } from '@/lib/validation/api';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>(async (request, context) => {
  parseQuery(request, noQuery);
  const claim = await getPublishedClaimBySlug((await parsePath(context, slugPath)).slug);
  return claim && { data: toApiClaimDetail(claim) };
});
