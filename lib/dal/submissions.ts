import 'server-only';
import { z } from 'zod';
import { assertCan, can, type Actor } from '../auth/permissions';
import { db } from '../db';
import { quoteExcerpt, type QuoteExcerpt } from '../domain/quote-excerpt';
import { AppError } from '../errors';
import type { PublicationStatus, Stance } from '../generated/prisma/enums';
import { recordAuditEvent } from './audit';
import { settleProposedRows } from './proposed-rows';
import { statementSelect, toStatementView, type StatementView } from './statement-view';

// The review of proposed counter-statements: the queue editors decide on, and each contributor's
// own submissions with the editor's note. Reading a submission takes draft.readOwn for one's own
// and draft.readAny for anyone else's; deciding takes review.decide.

const submissionSelect = {
  id: true,
  status: true,
  stance: true,
  note: true,
  reviewNote: true,
  reviewedAt: true,
  createdAt: true,
  proposedById: true,
  proposedBy: { select: { name: true } },
  reviewedBy: { select: { name: true } },
  claim: { select: { slug: true, summary: true } },
  statement: { select: { ...statementSelect, quoteEnd: true, unverifiedReason: true, source: { select: { ...statementSelect.source.select, archiveText: true } } } },
} as const;

export type Submission = {
  id: string;
  status: PublicationStatus;
  stance: Stance;
  note: string | null;
  reviewNote: string | null;
  reviewedAt: Date | null;
  reviewerName: string | null;
  createdAt: Date;
  proposerName: string | null;
  claim: { slug: string; summary: string };
  statement: StatementView;
  /** Where the quote stands in the pasted source text, or null when it is not found there. */
  excerpt: QuoteExcerpt | null;
  unverifiedReason: string | null;
};

type SubmissionRow = Awaited<ReturnType<typeof findSubmissionRows>>[number];

function findSubmissionRows(where: { status?: PublicationStatus; proposedById?: string; id?: string }, order: 'asc' | 'desc', take: number) {
  return db.rebuttal.findMany({ where, orderBy: [{ createdAt: order }, { id: order }], take, select: submissionSelect });
}

function toSubmission(row: SubmissionRow): Submission {
  const { statement } = row;
  const span = statement.quoteStart !== null && statement.quoteEnd !== null ? { start: statement.quoteStart, end: statement.quoteEnd } : null;
  return {
    id: row.id,
    status: row.status,
    stance: row.stance,
    note: row.note,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt,
    reviewerName: row.reviewedBy?.name ?? null,
    createdAt: row.createdAt,
    proposerName: row.proposedBy?.name ?? null,
    claim: row.claim,
    statement: toStatementView(statement),
    excerpt: span ? quoteExcerpt(statement.source.archiveText, span) : null,
    unverifiedReason: statement.unverifiedReason,
  };
}

export const REVIEW_QUEUE_LENGTH = 50;

/** Submissions awaiting review, oldest first: the editors' queue. */
export async function listSubmissionsForReview(actor: Actor | null): Promise<Submission[]> {
  assertCan(actor, 'review.decide');
  return (await findSubmissionRows({ status: 'SUBMITTED' }, 'asc', REVIEW_QUEUE_LENGTH)).map(toSubmission);
}

/** What the actor proposed, newest first, with each decision and its note. */
export async function listOwnSubmissions(actor: Actor | null, limit = 100): Promise<Submission[]> {
  assertCan(actor, 'draft.readOwn');
  return (await findSubmissionRows({ proposedById: actor.id }, 'desc', limit)).map(toSubmission);
}

/** One submission: the proposer's own, or anyone's for those who may read any draft. */
export async function getSubmission(rebuttalId: string, actor: Actor | null): Promise<Submission> {
  assertCan(actor, 'draft.readOwn');
  // The id comes from the URL: anything that is not a UUID cannot name a submission.
  const [row] = z.uuid().safeParse(rebuttalId).success ? await findSubmissionRows({ id: rebuttalId }, 'asc', 1) : [];
  // Someone else's submission is refused the same way as a missing one: its existence is not the reader's business.
  if (!row || (row.proposedById !== actor.id && !can(actor, 'draft.readAny'))) {
    throw new AppError('not_found', 'There is no submission of yours with this address.');
  }
  return toSubmission(row);
}

/**
 * Publishes a submission: the rebuttal and whatever new person, role and source it brought, in
 * one transaction with its audit row. Refused when it is no longer awaiting review.
 */
export async function approveSubmission({ rebuttalId }: { rebuttalId: string }, actor: Actor | null): Promise<void> {
  assertCan(actor, 'review.decide');
  assertCan(actor, 'rebuttal.publish');
  await decide(rebuttalId, actor, 'PUBLISHED', null);
}

/** Rejects a submission with a note the contributor reads; the rows it brought stay unpublished. */
export async function rejectSubmission({ rebuttalId, note }: { rebuttalId: string; note: string }, actor: Actor | null): Promise<void> {
  assertCan(actor, 'review.decide');
  if (!note.trim()) throw new AppError('conflict', 'Write a note saying why the submission is rejected.');
  await decide(rebuttalId, actor, 'REJECTED', note.trim());
}

async function decide(rebuttalId: string, actor: Actor, status: 'PUBLISHED' | 'REJECTED', note: string | null) {
  await db.$transaction(async (tx) => {
    const rebuttal = await tx.rebuttal.findUnique({
      where: { id: rebuttalId },
      select: { status: true, claim: { select: { slug: true } }, statement: { select: { sourceId: true, speakerPersonId: true, roleId: true } } },
    });
    if (!rebuttal) throw new AppError('not_found', 'This submission does not exist.');
    // The status in the WHERE makes two editors deciding at once safe: the second updates nothing.
    const decided = await tx.rebuttal.updateMany({
      where: { id: rebuttalId, status: 'SUBMITTED' },
      data: { status, reviewNote: note, reviewedById: actor.id, reviewedAt: new Date() },
    });
    if (decided.count === 0) throw new AppError('conflict', 'This submission has been decided already.');
    await settleProposedRows(tx, rebuttal.statement, status);
    await recordAuditEvent(tx, {
      kind: status === 'PUBLISHED' ? 'PUBLICATION' : 'REJECTION',
      actorId: actor.id,
      detail: { rebuttalId, claimSlug: rebuttal.claim.slug, via: 'review' },
    });
  });
}
