import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { claimsChanged, type CacheTag } from '../cache/tags';
import { FieldError, NotFoundError } from '../errors';
import type { ClaimAppearanceField, ClaimAppearanceInput } from '../validation/claim-appearances';
import { publishedClaim } from './published';
import {
  assertMayQuote,
  proposalWriteError,
  publishQuotedStatementNow,
  writeQuotedStatement,
  type ResolvedArchive,
} from './quoted-statements';
import type { RequestMetadata } from './sessions';

// Repetitions of a claim: the claim said again, by its speaker or another, recorded as a further
// appearance. The quote is a statement like any other (quoted-statements.ts: the verbatim check,
// the speaker, the source on record or new), linked to the claim by a claim_appearances row. Only
// editors record them, published at once: the review queue knows claims and counter-statements
// only, and a repetition changes no verdict, so contributors suggest one to an editor instead.

export type ClaimAppearanceFormOptions = { claim: { id: string; slug: string; summary: string } };

/** The published claim the repetition form repeats, or null. Editors only. */
export async function getClaimAppearanceFormOptionsOrNull(
  claimSlug: string,
  actor: Actor | null,
): Promise<ClaimAppearanceFormOptions | null> {
  assertCan(actor, 'claim.publish');
  const claim = await db.claim.findUnique({
    where: { slug: claimSlug, ...publishedClaim },
    select: { id: true, slug: true, summary: true },
  });
  return claim ? { claim } : null;
}

export type ClaimAppearanceResult = {
  claimAppearanceId: string;
  /** The cache tags of what readers see that this write changed (lib/cache/tags.ts): the caller expires them. */
  invalidates: CacheTag[];
};

const quoteConflict = (message: string) => new FieldError<ClaimAppearanceField>('quote', 'conflict', message);

/**
 * Writes a repetition of the published claim `claimSlug`, published at once, with its statement
 * (and any new speaker or source it brings), their revisions and the audit event of its
 * publication, inside the caller's transaction: the repetition form's and the article intake's.
 * `archive` is the source the quote is checked against when the caller resolved it already.
 * The caller checks that the actor may publish claims.
 */
export async function writeClaimAppearance(
  tx: Transaction,
  { claimSlug, input, archive }: { claimSlug: string; input: ClaimAppearanceInput; archive?: ResolvedArchive },
  { actor, request }: { actor: Actor; request: RequestMetadata },
): Promise<ClaimAppearanceResult & { claimSlug: string }> {
  const claim = await tx.claim.findUnique({
    where: { slug: claimSlug, ...publishedClaim },
    select: { id: true, slug: true, statementId: true },
  });
  if (!claim) throw new NotFoundError('This claim does not exist or is not published.');
  const { statementId } = await writeQuotedStatement(tx, { input, status: 'PUBLISHED', actor, archive });
  if (statementId === claim.statementId)
    throw quoteConflict('This passage is the claim itself: quote where it was said again.');
  const pair = { claimId_statementId: { claimId: claim.id, statementId } };
  if (await tx.counterStatement.findUnique({ where: pair, select: { id: true } }))
    throw quoteConflict('This passage answers this claim: it cannot also repeat it.');
  // A statement appears once per claim, whatever became of the first time it was recorded.
  if (await tx.claimAppearance.findUnique({ where: pair, select: { id: true } }))
    throw quoteConflict('This passage is recorded as a repetition of this claim already.');
  const appearance = await tx.claimAppearance.create({
    data: {
      claimId: claim.id,
      statementId,
      status: 'PUBLISHED',
      proposedById: actor.id,
      reviewedById: actor.id,
      reviewedAt: new Date(),
    },
    select: { id: true },
  });
  await publishQuotedStatementNow(tx, statementId, {
    actor,
    request,
    detail: { claimAppearanceId: appearance.id, claimSlug: claim.slug },
  });
  // The claim's page and API entry list it; cards, profiles and feeds count it.
  return { claimAppearanceId: appearance.id, claimSlug: claim.slug, invalidates: claimsChanged([claim.id]) };
}

/**
 * Records a repetition of the published claim `claimSlug` in one transaction (writeClaimAppearance).
 * A quote not found verbatim in the source text is refused unless the editor gives a reason, as
 * for any quote.
 */
export async function recordClaimAppearance(
  { claimSlug, input }: { claimSlug: string; input: ClaimAppearanceInput },
  actor: Actor | null,
  request: RequestMetadata,
): Promise<ClaimAppearanceResult> {
  assertCan(actor, 'claim.publish');
  assertMayQuote(input, actor);
  try {
    return await db.$transaction(async (tx) => {
      const { claimAppearanceId, invalidates } = await writeClaimAppearance(
        tx,
        { claimSlug, input },
        { actor, request },
      );
      return { claimAppearanceId, invalidates };
    });
  } catch (error) {
    throw proposalWriteError(error);
  }
}
