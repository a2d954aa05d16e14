import 'server-only';
import { assertCan, can, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { claimSlug, firstFreeSlug } from '../domain/slug';
import { ConflictError, FieldError } from '../errors';
import { Prisma } from '../generated/prisma/client';
import type { PublicationStatus } from '../generated/prisma/enums';
import type { ClaimProposalField, ClaimProposalInput } from '../validation/claim-proposal';
import { recordAuditEvent } from './audit';
import { claimEntity } from './claim-edits';
import {
  assertMayQuote,
  decideQuotedStatement,
  proposalWriteError,
  writeQuotedStatement,
  type ResolvedArchive,
} from './quoted-statements';
import type { RequestMetadata } from './sessions';
import { recordCreated } from './versioned-records';
import { claimsChanged, type CacheTag } from '../cache/tags';

// Proposing a new claim: the quoted statement (speaker, new source, quote; see
// quoted-statements.ts), the claim with its summary, verdict and topics, and its first revision,
// all in one transaction. A contributor's claim waits for review (SUBMITTED), and so does every
// row it brings; an editor's is published at once. Reviewing it is in submissions.ts.

export type ClaimProposalFormOptions = { topics: { slug: string; name: string }[] };

/** What the new-claim form offers to choose from besides the lookups: the topics. */
export async function getClaimProposalFormOptions(actor: Actor | null): Promise<ClaimProposalFormOptions> {
  assertCan(actor, 'claim.propose');
  return { topics: await db.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }) };
}

export type ClaimProposalResult = {
  claimId: string;
  slug: string;
  status: PublicationStatus;
  /** The cache tags of what readers see that this write changed (lib/cache/tags.ts): the caller expires them. */
  invalidates: CacheTag[];
};

/**
 * Writes a proposed claim. Its slug comes from the speaker and the summary, numbered when another
 * claim has or had it. A quote not found verbatim is refused as for counter-statements. Every row
 * is written in one transaction: a failure anywhere leaves nothing behind.
 */
export async function proposeClaim(
  input: ClaimProposalInput,
  actor: Actor | null,
  request: RequestMetadata,
): Promise<ClaimProposalResult> {
  assertCan(actor, 'claim.propose');
  assertMayQuote(input, actor);
  const status: PublicationStatus = can(actor, 'claim.publish') ? 'PUBLISHED' : 'SUBMITTED';
  try {
    return await db.$transaction((tx) => writeClaimProposal(tx, { input }, { actor, status, request }));
  } catch (error) {
    // A claim saved a moment ago with the same slug (the numbering is read, then written).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new ConflictError(
        'Someone saved a claim, person or source like this one a moment ago. Submit again to see what changed.',
      );
    }
    throw proposalWriteError(error);
  }
}

/**
 * The claim's rows, inside the caller's transaction: proposeClaim's, or article intake's, which
 * writes all the quotes of one article in one. The caller has checked 'claim.propose' and
 * assertMayQuote; `status` is PUBLISHED when the actor may publish. `archive` is a source the
 * caller found or wrote in the same transaction.
 */
export async function writeClaimProposal(
  tx: Transaction,
  { input, archive }: { input: ClaimProposalInput; archive?: ResolvedArchive },
  { actor, status, request }: { actor: Actor; status: PublicationStatus; request: RequestMetadata },
): Promise<ClaimProposalResult> {
  const publishNow = status === 'PUBLISHED';
  const topics = await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true } });
  if (topics.length !== new Set(input.topics).size)
    throw new FieldError<ClaimProposalField>('topics', 'not_found', 'One of the chosen topics no longer exists.');
  const { statementId } = await writeQuotedStatement(tx, { input, status, actor, archive });
  // A recorded passage may answer claims, but be the subject of one claim only.
  if (await tx.claim.findUnique({ where: { statementId }, select: { id: true } })) {
    throw new FieldError<ClaimProposalField>(
      'quote',
      'conflict',
      'This passage of the source is a claim on record already.',
    );
  }
  const now = new Date();
  const reviewed = publishNow ? { publishedAt: now, reviewedById: actor.id, reviewedAt: now } : {};
  const claim = await tx.claim.create({
    data: {
      slug: await freeSlug(tx, statementId, input.summary),
      statementId,
      summary: input.summary,
      verdict: input.verdict,
      verdictExplanation: input.verdictExplanation,
      status,
      proposedById: actor.id,
      ...reviewed,
      topics: { create: topics.map((topic) => ({ topicId: topic.id })) },
    },
    select: { id: true, slug: true, status: true },
  });
  await recordCreated(tx, claimEntity, { id: claim.id, actor });
  if (publishNow) {
    // A source, person or role on record that still awaits review is published with the claim that uses it.
    await decideQuotedStatement(tx, statementId, 'PUBLISHED');
    await recordAuditEvent(tx, {
      kind: 'PUBLICATION',
      actorId: actor.id,
      ip: request.ip,
      detail: { claimId: claim.id, claimSlug: claim.slug, via: 'editor' },
    });
  }
  // A submission changes nothing readers see until it is approved.
  const invalidates = claim.status === 'PUBLISHED' ? claimsChanged([claim.id]) : [];
  return { claimId: claim.id, slug: claim.slug, status: claim.status, invalidates };
}

/** The claim's slug from its speaker and summary, free among current and old slugs (old links must keep their claim). */
async function freeSlug(tx: Transaction, statementId: string, summary: string): Promise<string> {
  const statement = await tx.statement.findUniqueOrThrow({
    where: { id: statementId },
    select: { speakerPerson: { select: { name: true } }, speakerOrganization: { select: { name: true } } },
  });
  const base = claimSlug(statement.speakerPerson?.name ?? statement.speakerOrganization?.name ?? '', summary);
  const startsWithBase = { slug: { startsWith: base } };
  const current = await tx.claim.findMany({ where: startsWithBase, select: { slug: true } });
  const old = await tx.claimSlugRedirect.findMany({ where: startsWithBase, select: { slug: true } });
  // /claims/new is the form's address, so no claim may be called "new".
  return firstFreeSlug(base, new Set(['new', ...[...current, ...old].map((row) => row.slug)]));
}
