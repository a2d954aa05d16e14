import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { claimTag, type CacheTag } from '../cache/tags';
import type { ClaimTimeline } from '../domain/claim-timeline';
import { expectedPartiesOf, type ExpectedParties } from '../domain/expected-parties';
import { FieldError, InvalidError, NotFoundError } from '../errors';
import type { ExpectedPartyInput } from '../validation/expected-parties';
import { recordAuditEvent } from './audit';
import { getPublishedClaimTimelineOrNull } from './claim-timeline';
import { publishedClaim } from './published';
import { organizationSelect } from './statement-view';

// The parties an editor expects to answer a claim (a coalition's members, say), and from them who
// has answered and who is still silent. The list is the editors' judgement, shown as it is; whether
// one has answered is read from the claim's published answers only (lib/domain/expected-parties.ts).

/** A claim has at most this many expected parties: the list reads as a sentence on its page. */
export const MAX_EXPECTED_PARTIES = 40;

/**
 * Who of a published claim's expected parties has answered, and how long the others have been silent
 * by `asOf` (midnight UTC of a day); null when the claim lists none (or is not published). `timeline`:
 * the claim's answers to count, when the caller has them already (the record as of a day, whose
 * answers said after it do not count); by default every published one.
 */
export async function getPublishedExpectedPartiesOrNull(
  claimId: string,
  asOf: Date,
  timeline?: ClaimTimeline,
): Promise<ExpectedParties | null> {
  const rows = await db.expectedParty.findMany({
    where: { claimId, claim: publishedClaim },
    select: { organization: { select: organizationSelect } },
    orderBy: { organization: { name: 'asc' } },
  });
  if (!rows.length) return null;
  // The claim's date and every published answer's party: the same read as the claim's timeline.
  const answers = timeline ?? (await getPublishedClaimTimelineOrNull(claimId));
  return (
    answers &&
    expectedPartiesOf(
      rows.map((row) => row.organization),
      answers,
      asOf,
    )
  );
}

export type ExpectedPartyForEdit = { id: string; name: string };

/** The organizations listed as expected to answer a claim, for its edit page. Editors only. */
export async function getExpectedPartiesForEdit(claimId: string, actor: Actor | null): Promise<ExpectedPartyForEdit[]> {
  assertCan(actor, 'claim.publish');
  const rows = await db.expectedParty.findMany({
    where: { claimId },
    select: { organization: { select: { id: true, name: true } } },
    orderBy: { organization: { name: 'asc' } },
  });
  return rows.map((row) => row.organization);
}

export type ExpectedPartyResult = {
  /** The claim's cache tag (lib/cache/tags.ts): the caller expires it. */
  invalidates: CacheTag[];
};

/** The claim being edited (any status, not deleted), or a refusal. */
async function findEditedClaim(tx: Transaction, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: { id: true, slug: true } });
  if (!claim) throw new NotFoundError('This claim no longer exists.');
  return claim;
}

/**
 * Lists an organization as expected to answer a claim, in one transaction with its audit event.
 * Refused next to the picker for an unknown organization, one listed already, or a full list.
 */
export async function addExpectedParty(input: ExpectedPartyInput, actor: Actor | null): Promise<ExpectedPartyResult> {
  assertCan(actor, 'claim.publish');
  return db.$transaction(async (tx) => {
    const [claim, organization, listed] = await Promise.all([
      findEditedClaim(tx, input.claimId),
      tx.organization.findUnique({ where: { id: input.organizationId }, select: { slug: true, name: true } }),
      tx.expectedParty.count({ where: { claimId: input.claimId } }),
    ]);
    if (!organization) {
      throw new FieldError('organizationId', 'not_found', 'No organization has that id: choose one from the list.');
    }
    if (listed >= MAX_EXPECTED_PARTIES) {
      throw new InvalidError(
        'organizationId',
        `This claim lists ${MAX_EXPECTED_PARTIES} expected parties already, the most its page states: remove one first.`,
      );
    }
    // ON CONFLICT DO NOTHING: listed already, even by a save a moment ago, inserts nothing.
    const { count } = await tx.expectedParty.createMany({
      data: [{ claimId: claim.id, organizationId: input.organizationId, addedById: actor.id }],
      skipDuplicates: true,
    });
    if (count === 0) throw new InvalidError('organizationId', `${organization.name} is listed already.`);
    await recordAuditEvent(tx, {
      kind: 'EXPECTED_PARTY_ADDED',
      actorId: actor.id,
      detail: { claim: claim.slug, organization: organization.slug },
    });
    return { invalidates: [claimTag(claim.id)] };
  });
}

/** Takes an organization off a claim's expected parties, with its audit event. Refused when it is not listed. */
export async function removeExpectedParty(
  input: ExpectedPartyInput,
  actor: Actor | null,
): Promise<ExpectedPartyResult> {
  assertCan(actor, 'claim.publish');
  return db.$transaction(async (tx) => {
    const claim = await findEditedClaim(tx, input.claimId);
    const removed = await tx.expectedParty.deleteMany({
      where: { claimId: claim.id, organizationId: input.organizationId },
    });
    if (removed.count === 0) {
      throw new InvalidError(
        'organizationId',
        'This organization is not listed (someone may have removed it a moment ago).',
      );
    }
    const organization = await tx.organization.findUniqueOrThrow({
      where: { id: input.organizationId },
      select: { slug: true },
    });
    await recordAuditEvent(tx, {
      kind: 'EXPECTED_PARTY_REMOVED',
      actorId: actor.id,
      detail: { claim: claim.slug, organization: organization.slug },
    });
    return { invalidates: [claimTag(claim.id)] };
  });
}
