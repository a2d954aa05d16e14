// GET /api/v1/claims/:slug - one published claim with its counter-statements, their sources, how fast each party answered, who of those expected to has not, and its related claims; with ?asOf=YYYY-MM-DD, as it stood on that day
import { ApiProblem, readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
import { toApiClaimAsOf, toApiClaimDetail } from '@/lib/api/serialize';
import { displayDate, parseIsoDay, toIsoDay } from '@/lib/domain/dates';
import { claimQuery, slugPath } from '@/lib/validation/api';
import { afterTodayMessage, isAfter } from '@/lib/validation/as-of';
import {
  getPublishedClaimAsOfOrNull,
  getPublishedClaimBySlugOrNull,
  getPublishedClaimTimelineOrNull,
  getPublishedExpectedParties,
  getPublishedRelatedClaims,
} from '@/lib/cache/public-record';

/** The claim as it stood at the end of `day`; null when no published claim has this slug. */
async function claimAsOf(slug: string, day: string) {
  if (isAfter(day, parseIsoDay(toIsoDay(new Date())))) {
    throw new ApiProblem(400, `Bad query parameter. asOf: ${afterTodayMessage}`, [
      { path: ['asOf'], message: afterTodayMessage },
    ]);
  }
  const record = await getPublishedClaimAsOfOrNull(slug, day);
  if (!record) return null;
  if (!record.said) {
    throw new ApiProblem(404, `This claim is not on record as made by ${displayDate(parseIsoDay(day)).label}.`);
  }
  return { data: toApiClaimAsOf(record, await getPublishedRelatedClaims(record.claim.id)) };
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>(
  async (request, context) => {
    const { asOf } = parseQuery(request, claimQuery);
    const { slug } = await parsePath(context, slugPath);
    if (asOf) return claimAsOf(slug, asOf);
    // All of its counter-statements: the page shows the first 50, an API client asked for the claim.
    const claim = await getPublishedClaimBySlugOrNull(slug, 'all');
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
