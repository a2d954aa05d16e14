// GET /api/v1/claims/:slug - one published claim with its counter-statements, their sources, how fast each party answered, who of those expected to has not, and its related claims; with ?asOf=YYYY-MM-DD, as it stood on that day
import { ApiProblem, prepareAnswer, readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
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
import { describeEntry } from '@/lib/cache/entry';
import { RECORD_LIFE } from '@/lib/cache/life';

/** The claim as it stood at the end of `day`; null when no published claim has this slug. */
async function claimAsOf(slug: string, day: string) {
  const record = await getPublishedClaimAsOfOrNull(slug, day);
  if (!record) return null;
  if (!record.said) {
    throw new ApiProblem(404, `This claim is not on record as made by ${displayDate(parseIsoDay(day)).label}.`);
  }
  return { data: toApiClaimAsOf(record, await getPublishedRelatedClaims(record.claim.id)) };
}

/** The claim as it stands; null when no published claim has this slug. */
async function currentClaim(slug: string) {
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
}

/**
 * The answer kept whole, one entry per slug and day (or none): it carries the tags of every read it
 * is made of (Next.js passes a nested entry's tags to the one around it), so a write that expires
 * any of them expires the answer too.
 */
async function claimAnswer(slug: string, asOf: string | undefined) {
  'use cache';
  describeEntry(RECORD_LIFE, []);
  return prepareAnswer(() => (asOf ? claimAsOf(slug, asOf) : currentClaim(slug)));
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>(
  async (request, context) => {
    const { asOf } = parseQuery(request, claimQuery);
    const { slug } = await parsePath(context, slugPath);
    // Checked for each request, as today moves on under a kept answer.
    if (asOf && isAfter(asOf, parseIsoDay(toIsoDay(new Date())))) {
      throw new ApiProblem(400, `Bad query parameter. asOf: ${afterTodayMessage}`, [
        { path: ['asOf'], message: afterTodayMessage },
      ]);
    }
    return claimAnswer(slug, asOf);
  },
);
