import 'server-only';
import { assertCan, can, type Actor } from '../auth/permissions';
import { db } from '../db';
import { AppError } from '../errors';
import type { PublicationStatus } from '../generated/prisma/enums';
import type { CounterStatementInput } from '../validation/counter-statements';
import { recordAuditEvent } from './audit';
import { rebuttalEntity } from './counter-statement-edits';
import { recordCreated } from './versioned-records';
import type { RequestMetadata } from './sessions';
import { published } from './published';
import { checkQuotedStatement, getSpeakerChoices, proposalWriteError, writeQuotedStatement, type SpeakerChoices } from './quoted-statements';

// Proposing a counter-statement to a claim: the quoted statement (speaker, new source, quote; see
// quoted-statements.ts) and the rebuttal, all written in one transaction. A contributor's proposal
// waits for review (SUBMITTED), and so does every row it brings; an editor's is published at once.

export type CounterStatementFormOptions = SpeakerChoices & { claim: { id: string; slug: string; summary: string } };

/** What the proposal form offers to choose from: published people, their roles, organizations. */
export async function getCounterStatementFormOptions(claimSlug: string, actor: Actor | null): Promise<CounterStatementFormOptions | null> {
  assertCan(actor, 'rebuttal.propose');
  const claim = await db.claim.findUnique({ where: { slug: claimSlug, ...published }, select: { id: true, slug: true, summary: true } });
  if (!claim) return null;
  return { claim, ...(await getSpeakerChoices()) };
}

export type ProposalResult = { rebuttalId: string; status: PublicationStatus };

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
  assertCan(actor, 'rebuttal.propose');
  const span = checkQuotedStatement(input, actor);
  const publishNow = can(actor, 'rebuttal.publish');
  const status: PublicationStatus = publishNow ? 'PUBLISHED' : 'SUBMITTED';
  try {
    return await db.$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { slug: claimSlug, ...published }, select: { id: true, slug: true } });
      if (!claim) throw new AppError('not_found', 'This claim does not exist or is not published.');
      const { statementId } = await writeQuotedStatement(tx, { input, span, status, actor });
      const reviewed = publishNow ? { reviewedById: actor.id, reviewedAt: new Date() } : {};
      const rebuttal = await tx.rebuttal.create({
        data: { claimId: claim.id, statementId, stance: input.stance, note: input.note ?? null, status, proposedById: actor.id, ...reviewed },
        select: { id: true, status: true },
      });
      await recordCreated(tx, rebuttalEntity, { id: rebuttal.id, actor });
      if (publishNow) {
        await recordAuditEvent(tx, { kind: 'PUBLICATION', actorId: actor.id, ip: request.ip, detail: { rebuttalId: rebuttal.id, claimSlug: claim.slug, via: 'editor' } });
      }
      return { rebuttalId: rebuttal.id, status: rebuttal.status };
    });
  } catch (error) {
    throw proposalWriteError(error);
  }
}
