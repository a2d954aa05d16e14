// GET /api/v1/claims/:slug - one published claim with its counter-statements, their sources, how fast each party answered, who of those expected to has not, and its related claims
import { readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
import { toApiClaimDetail } from '@/lib/api/serialize';
import { noQuery, slugPath } from '@/lib/validation/api';
import {
  getPublishedClaimBySlugOrNull,
  getPublishedClaimTimelineOrNull,
  getPublishedExpectedParties,
  getPublishedRelatedClaims,
} from '@/lib/cache/public-record';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>(
  async (request, context) => {
    parseQuery(request, noQuery);
    // All of its counter-statements: the page shows the first 50, an API client asked for the claim.
    const claim = await getPublishedClaimBySlugOrNull((await parsePath(context, slugPath)).slug, 'all');
    if (!claim) return null;
    const [timeline, relatedClaims, expectedParties] = await Promise.all([
      getPublishedClaimTimelineOrNull(claim.id),
      getPublishedRelatedClaims(claim.id),
      getPublishedExpectedParties(claim.id),
    ]);
    // Published a moment ago, unpublished now: answer as for a claim never published.
    return timeline && { data: toApiClaimDetail(claim, timeline, relatedClaims, expectedParties) };
  },
);
