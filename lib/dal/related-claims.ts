import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { claimTag, type CacheTag } from '../cache/tags';
import { MAX_RELATED_CLAIMS, relatedClaimPair } from '../domain/related-claims';
import { displayDate, type DisplayDate } from '../domain/dates';
import { FieldError, InvalidError, NotFoundError } from '../errors';
import type { Prisma, PublicationStatus, Verdict } from '../generated/prisma/client';
import { recordAuditEvent } from './audit';
import { publishedClaim } from './published';
import { speakerNameOf } from './statement-view';

// Related claims: claims that make the same point in other words, linked by an editor. A link is
// one row per unordered pair (lib/domain/related-claims.ts), read from either side. Readers see a
// linked claim only while it is published; the link itself stays whatever becomes of either claim.

/** The claims linked with `claimId`, on either side of the pair. */
const linkedWith = (claimId: string) =>
  ({
    OR: [
      { relatedAsFirst: { some: { secondClaimId: claimId } } },
      { relatedAsSecond: { some: { firstClaimId: claimId } } },
    ],
  }) satisfies Prisma.ClaimWhereInput;

const linkOf = (claimId: string) =>
  ({ OR: [{ firstClaimId: claimId }, { secondClaimId: claimId }] }) satisfies Prisma.RelatedClaimWhereInput;

export type RelatedClaimView = {
  slug: string;
  summary: string;
  verdict: Verdict;
  claimantName: string;
  /** When the claim was said, as precisely as its source gives it; null when not known. */
  saidOn: DisplayDate | null;
};

export type PublishedRelatedClaims = {
  claims: RelatedClaimView[];
  /**
   * Every claim linked, published or not: the cached read carries their tags, so that one of them
   * being published, edited or withdrawn refreshes this claim's page too. Ids only, never shown.
   */
  linkedClaimIds: string[];
};

/** The published claims related to a claim, newest claim first (a claim has at most MAX_RELATED_CLAIMS). */
export async function getPublishedRelatedClaims(claimId: string): Promise<PublishedRelatedClaims> {
  const [links, claims] = await Promise.all([
    db.relatedClaim.findMany({ where: linkOf(claimId), select: { firstClaimId: true, secondClaimId: true } }),
    db.claim.findMany({
      where: { ...publishedClaim, ...linkedWith(claimId) },
      select: {
        slug: true,
        summary: true,
        verdict: true,
        statement: {
          select: {
            saidOn: true,
            saidOnPrecision: true,
            speakerPerson: { select: { name: true } },
            speakerOrganization: { select: { name: true } },
          },
        },
      },
      orderBy: [{ claimedOn: 'desc' }, { id: 'desc' }],
      take: MAX_RELATED_CLAIMS,
    }),
  ]);
  return {
    claims: claims.map(({ statement, ...claim }) => ({
      ...claim,
      claimantName: speakerNameOf(statement),
      saidOn: statement.saidOn ? displayDate(statement.saidOn, statement.saidOnPrecision) : null,
    })),
    linkedClaimIds: links.map((link) => (link.firstClaimId === claimId ? link.secondClaimId : link.firstClaimId)),
  };
}

export type RelatedClaimForEdit = { id: string; slug: string; summary: string; status: PublicationStatus };

/** Every claim linked with this one, whatever its status, for the edit page. Editors only. */
export async function getRelatedClaimsForEdit(claimId: string, actor: Actor | null): Promise<RelatedClaimForEdit[]> {
  assertCan(actor, 'claim.publish');
  return db.claim.findMany({
    where: { deletedAt: null, ...linkedWith(claimId) },
    select: { id: true, slug: true, summary: true, status: true },
    orderBy: [{ claimedOn: 'desc' }, { id: 'desc' }],
  });
}

export type RelatedClaimsInput = { claimId: string; relatedClaimSlug: string };
export type RelatedClaimsResult = {
  /** The cache tags of both claims' responses (lib/cache/tags.ts): the caller expires them. */
  invalidates: CacheTag[];
};

const claimRef = { id: true, slug: true } as const;

/** The claim being edited (any status, not deleted), or a refusal. */
async function findEditedClaim(tx: Transaction, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: claimRef });
  if (!claim) throw new NotFoundError('This claim no longer exists.');
  return claim;
}

/**
 * Links two claims as related, in one transaction with its audit event. Refused next to the picker
 * for the claim itself, a claim not published or unknown, a pair linked already, or a claim at its limit.
 */
export async function linkRelatedClaims(input: RelatedClaimsInput, actor: Actor | null): Promise<RelatedClaimsResult> {
  assertCan(actor, 'claim.publish');
  return db.$transaction(async (tx) => {
    const [claim, related] = await Promise.all([
      findEditedClaim(tx, input.claimId),
      tx.claim.findFirst({ where: { slug: input.relatedClaimSlug, ...publishedClaim }, select: claimRef }),
    ]);
    if (!related) {
      throw new FieldError(
        'relatedClaimSlug',
        'not_found',
        'No published claim has that address: choose one from the list.',
      );
    }
    if (related.id === claim.id) {
      throw new InvalidError('relatedClaimSlug', 'A claim cannot be related to itself: choose another claim.');
    }
    for (const { id, slug } of [claim, related]) {
      if ((await tx.relatedClaim.count({ where: linkOf(id) })) >= MAX_RELATED_CLAIMS) {
        throw new InvalidError(
          'relatedClaimSlug',
          `The claim ${slug} is related to ${MAX_RELATED_CLAIMS} claims already, the most a page lists: unlink one first.`,
        );
      }
    }
    // ON CONFLICT DO NOTHING: a pair linked already, even by a save a moment ago, inserts nothing.
    const pair = relatedClaimPair(claim.id, related.id);
    const { count } = await tx.relatedClaim.createMany({
      data: [{ ...pair, linkedById: actor.id }],
      skipDuplicates: true,
    });
    if (count === 0) throw new InvalidError('relatedClaimSlug', `This claim is already related to ${related.slug}.`);
    await recordAuditEvent(tx, {
      kind: 'CLAIMS_LINKED',
      actorId: actor.id,
      detail: { claim: claim.slug, relatedClaim: related.slug },
    });
    return { invalidates: [claimTag(claim.id), claimTag(related.id)] };
  });
}

/** Removes the link between two claims (whatever the other's status), with its audit event. Refused when they are not linked. */
export async function unlinkRelatedClaims(
  input: RelatedClaimsInput,
  actor: Actor | null,
): Promise<RelatedClaimsResult> {
  assertCan(actor, 'claim.publish');
  return db.$transaction(async (tx) => {
    const [claim, related] = await Promise.all([
      findEditedClaim(tx, input.claimId),
      tx.claim.findUnique({ where: { slug: input.relatedClaimSlug }, select: claimRef }),
    ]);
    const { count } = related
      ? await tx.relatedClaim.deleteMany({ where: relatedClaimPair(claim.id, related.id) })
      : { count: 0 };
    if (!related || count === 0) {
      throw new InvalidError(
        'relatedClaimSlug',
        'These claims are not related (someone may have unlinked them a moment ago).',
      );
    }
    await recordAuditEvent(tx, {
      kind: 'CLAIMS_UNLINKED',
      actorId: actor.id,
      detail: { claim: claim.slug, relatedClaim: related.slug },
    });
    return { invalidates: [claimTag(claim.id), claimTag(related.id)] };
  });
}
