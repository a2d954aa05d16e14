import 'server-only';
import { assertCan, can, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { FieldError, NotFoundError } from '../errors';
import type { PublicationStatus } from '../generated/prisma/enums';
import type { CounterStatementField, CounterStatementInput } from '../validation/counter-statements';
import { recordAuditEvent } from './audit';
import { counterStatementEntity } from './counter-statement-edits';
import { recordCreated } from './versioned-records';
import type { RequestMetadata } from './sessions';
import { publishedClaim } from './published';
import {
  assertMayQuote,
  decideQuotedStatement,
  proposalWriteError,
  writeQuotedStatement,
  type ResolvedArchive,
} from './quoted-statements';
import { claimsChanged, type CacheTag } from '../cache/tags';

// Proposing a counter-statement to a claim: the quoted statement (speaker, source on record or new,
// quote; see quoted-statements.ts) and the counter-statement, all written in one transaction. A contributor's proposal
// waits for review (SUBMITTED), and so does every row it brings; an editor's is published at once.

export type CounterStatementFormOptions = { claim: { id: string; slug: string; summary: string } };

/** The claim the proposal form answers. People, organizations and sources are looked up as the editor types. */
export async function getCounterStatementFormOptionsOrNull(
  claimSlug: string,
  actor: Actor | null,
): Promise<CounterStatementFormOptions | null> {
  assertCan(actor, 'counterStatement.propose');
  const claim = await db.claim.findUnique({
    where: { slug: claimSlug, ...publishedClaim },
    select: { id: true, slug: true, summary: true },
  });
  return claim ? { claim } : null;
}

export type ProposalResult = {
  counterStatementId: string;
  status: PublicationStatus;
  /** The cache tags of what readers see that this write changed (lib/cache/tags.ts): the caller expires them. */
  invalidates: CacheTag[];
};

/**
 * Writes a proposed counter-statement to the published claim `claimSlug`. A quote not found
 * verbatim in the source text is refused unless the actor may save unverified quotes and gives a
 * reason. Every row is written in one transaction: a failure anywhere leaves nothing behind.
 */
export async function proposeCounterStatement(
  { claimSlug, input }: { claimSlug: string; input: CounterStatementInput },
  actor: Actor | null,
  request: RequestMetadata,
): Promise<ProposalResult> {
  assertCan(actor, 'counterStatement.propose');
  assertMayQuote(input, actor);
  const status: PublicationStatus = can(actor, 'counterStatement.publish') ? 'PUBLISHED' : 'SUBMITTED';
  try {
    return await db.$transaction((tx) => writeCounterStatement(tx, { claimSlug, input }, { actor, status, request }));
  } catch (error) {
    throw proposalWriteError(error);
  }
}

/**
 * The counter-statement's rows, inside the caller's transaction: proposeCounterStatement's, or
 * article intake's, which writes all the quotes of one article in one. The caller has checked
 * 'counterStatement.propose' and assertMayQuote; `status` is PUBLISHED when the actor may publish.
 * `archive` is a source the caller found or wrote in the same transaction.
 */
export async function writeCounterStatement(
  tx: Transaction,
  { claimSlug, input, archive }: { claimSlug: string; input: CounterStatementInput; archive?: ResolvedArchive },
  { actor, status, request }: { actor: Actor; status: PublicationStatus; request: RequestMetadata },
): Promise<ProposalResult> {
  const publishNow = status === 'PUBLISHED';
  const claim = await tx.claim.findUnique({
    where: { slug: claimSlug, ...publishedClaim },
    select: { id: true, slug: true, statementId: true },
  });
  if (!claim) throw new NotFoundError('This claim does not exist or is not published.');
  const { statementId } = await writeQuotedStatement(tx, { input, status, actor, archive });
  if (statementId === claim.statementId)
    throw new FieldError<CounterStatementField>(
      'quote',
      'conflict',
      'This passage is the claim itself: it cannot answer itself.',
    );
  // A statement answers a claim once (counter-statements are unique on the pair), whatever became of the first proposal.
  if (
    await tx.counterStatement.findUnique({
      where: { claimId_statementId: { claimId: claim.id, statementId } },
      select: { id: true },
    })
  ) {
    throw new FieldError<CounterStatementField>(
      'quote',
      'conflict',
      'This passage of the source has been proposed as an answer to this claim already.',
    );
  }
  const reviewed = publishNow ? { reviewedById: actor.id, reviewedAt: new Date() } : {};
  const counterStatement = await tx.counterStatement.create({
    data: {
      claimId: claim.id,
      statementId,
      stance: input.stance,
      note: input.note ?? null,
      status,
      proposedById: actor.id,
      ...reviewed,
    },
    select: { id: true, status: true },
  });
  await recordCreated(tx, counterStatementEntity, { id: counterStatement.id, actor });
  if (publishNow) {
    // A source, person or role on record that still awaits review is published with the answer that uses it.
    await decideQuotedStatement(tx, statementId, 'PUBLISHED');
    await recordAuditEvent(tx, {
      kind: 'PUBLICATION',
      actorId: actor.id,
      ip: request.ip,
      detail: { counterStatementId: counterStatement.id, claimSlug: claim.slug, via: 'editor' },
    });
  }
  // A submission changes nothing readers see until it is approved.
  const invalidates = counterStatement.status === 'PUBLISHED' ? claimsChanged([claim.id]) : [];
  return { counterStatementId: counterStatement.id, status: counterStatement.status, invalidates };
}
