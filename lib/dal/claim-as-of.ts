import 'server-only';
import type { Verdict } from '../generated/prisma/enums';
import { countByAffiliation } from '../domain/affiliation';
import { isOnOrBefore, isSaidBy, revisionInForce } from '../domain/as-of';
import { claimSnapshotSchema, type ClaimSnapshot } from '../domain/claim-revisions';
import { buildClaimTimeline, type ClaimTimeline } from '../domain/claim-timeline';
import { appearanceDateOf, appearanceSpan } from '../domain/appearances';
import { parseIsoDay, storedDateOf } from '../domain/dates';
import type { ExpectedParties } from '../domain/expected-parties';
import { getPublishedDatedStatementsOrNull } from './claim-timeline';
import { getPublishedClaimBySlugOrNull, type ClaimDetail } from './claims';
import { getPublishedExpectedPartiesOrNull } from './expected-parties';
import { db } from '../db';

// A published claim as it stood at the end of a day (lib/domain/as-of.ts says what that means):
// the answers said by then, and the timeline, response times and expected parties' silence of those
// alone; the corrections published by then; and the verdict in force then, read from the claim's
// revisions. The claim's summary, topics and quotes, and the list of parties expected to answer, are
// today's: the record of what was said is the question, not how we worded it then (the claim's
// history page has every earlier wording).

/** Our verdict as it stood that day, and when the revision that held it was saved. */
export type RatingInForce = { verdict: Verdict; verdictExplanation: string; savedAt: Date };

/** The claim page's claim, limited to the day; its verdict is `rating`, never today's. */
export type ClaimDetailAsOf = Omit<ClaimDetail, 'verdict' | 'verdictExplanation'>;

export type ClaimAsOf =
  /** The claim had not certainly been made by that day (or its date is not known): nothing to show. */
  | { said: false; day: string; claim: Pick<ClaimDetail, 'id' | 'slug' | 'summary' | 'claim' | 'topics'> }
  | {
      said: true;
      day: string;
      claim: ClaimDetailAsOf;
      /** Null when the claim had not been rated here yet (or was not published then). */
      rating: RatingInForce | null;
      timeline: ClaimTimeline;
      /** Who of the parties expected to answer had by then, and how long the others had been silent. */
      expectedParties: ExpectedParties | null;
    };

/** A published claim as of `day` (YYYY-MM-DD, validated by the caller); null when no published claim has this slug. */
export async function getPublishedClaimAsOfOrNull(slug: string, day: string): Promise<ClaimAsOf | null> {
  const claim = await getPublishedClaimBySlugOrNull(slug, 'all');
  if (!claim) return null;
  const end = parseIsoDay(day);
  const [dated, ratings] = await Promise.all([
    getPublishedDatedStatementsOrNull(claim.id),
    ratingsInForce([claim], end),
  ]);
  // Unpublished between the two reads: answer as for a claim never published.
  if (!dated) return null;
  if (!isSaidBy(dated.claim, end)) {
    const { id, summary, topics } = claim;
    return { said: false, day, claim: { id, slug, summary, topics, claim: claim.claim } };
  }
  const answers = dated.answers.filter((answer) => isSaidBy(answer, end));
  const kept = new Set(answers.map((answer) => answer.id));
  const groups = claim.counterStatementGroups
    .map((group) => ({ ...group, items: group.items.filter((item) => kept.has(item.id)) }))
    .filter((group) => group.items.length > 0);
  const shown = groups.reduce((count, group) => count + group.items.length, 0);
  const timeline = buildClaimTimeline(dated.claim, answers);
  // Its repetitions by the same rule: an undated one never counts in the day's record.
  const repetitions = claim.repetitions.filter(
    ({ statement }) => statement.saidOn && isSaidBy(storedDateOf(statement.saidOn), end),
  );
  const expectedParties = await getPublishedExpectedPartiesOrNull(claim.id, end, timeline);
  // Destructured out, so that no caller can show today's verdict on the day's page.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { verdict, verdictExplanation, ...rest } = claim;
  return {
    said: true,
    day,
    claim: {
      ...rest,
      counterStatementGroups: groups,
      counterStatementCount: shown,
      counterStatementsShown: shown,
      counterStatementsByAffiliation: countByAffiliation(
        groups.flatMap((group) => group.items.map((item) => ({ organization: item.statement.organization, count: 1 }))),
      ),
      corrections: claim.corrections.filter((correction) => isOnOrBefore(correction.createdAt, end)),
      repetitions,
      appearances: appearanceSpan(
        [dated.claim, ...repetitions.map(({ statement }) => storedDateOf(statement.saidOn!))].map(appearanceDateOf),
      ),
    },
    rating: ratings.get(claim.id) ?? null,
    timeline,
    expectedParties,
  };
}

/** A claim as its verdict in force needs it: today's verdict, and since when it has been published. */
type RatedClaim = Pick<ClaimDetail, 'id' | 'verdict' | 'verdictExplanation' | 'publishedAt'>;

type RatingRevision = {
  createdAt: Date;
  snapshot: Pick<ClaimSnapshot, 'verdict' | 'verdictExplanation' | 'status' | 'deleted'>;
};

/**
 * The verdict in force at the end of the day for each claim, in one query: the claim's last revision
 * saved by then, when it was published. A claim never edited since revisions began has none: its
 * current state stands since it was published (what its first edit would record as its baseline,
 * lib/dal/versioned-records.ts).
 */
export async function ratingsInForce(
  claims: readonly RatedClaim[],
  end: Date,
): Promise<Map<string, RatingInForce | null>> {
  const rows = claims.length
    ? await db.revision.findMany({
        where: { entityType: 'CLAIM', entityId: { in: claims.map((claim) => claim.id) } },
        select: { entityId: true, createdAt: true, snapshot: true },
        // Oldest first: of two saved in one moment (one transaction), the later version is in force.
        orderBy: { version: 'asc' },
      })
    : [];
  const revisionsByClaim = new Map<string, RatingRevision[]>();
  for (const row of rows) {
    const revision = { createdAt: row.createdAt, snapshot: claimSnapshotSchema.parse(row.snapshot) };
    revisionsByClaim.set(row.entityId, [...(revisionsByClaim.get(row.entityId) ?? []), revision]);
  }
  return new Map(
    claims.map((claim) => {
      const revisions = revisionsByClaim.get(claim.id) ?? [];
      if (!revisions.length && claim.publishedAt) {
        revisions.push({ createdAt: claim.publishedAt, snapshot: { ...claim, status: 'PUBLISHED', deleted: false } });
      }
      return [claim.id, ratingOf(revisionInForce(revisions, end))];
    }),
  );
}

function ratingOf(inForce: RatingRevision | null): RatingInForce | null {
  if (!inForce || inForce.snapshot.status !== 'PUBLISHED' || inForce.snapshot.deleted) return null;
  return {
    verdict: inForce.snapshot.verdict,
    verdictExplanation: inForce.snapshot.verdictExplanation,
    savedAt: inForce.createdAt,
  };
}
