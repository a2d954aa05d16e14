import 'server-only';
import { z } from 'zod';
import { assertCan, can, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { quoteExcerpt, type QuoteExcerpt } from '../domain/quote-excerpt';
import { ConflictError, NotFoundError, StaleError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { PublicationStatus, Stance, Verdict } from '../generated/prisma/enums';
import type { SubmissionKind } from '../validation/review';
import { recordAuditEvent } from './audit';
import { claimEntity } from './claim-edits';
import { counterStatementEntity } from './counter-statement-edits';
import { decideQuotedStatement } from './quoted-statements';
import type { RequestMetadata } from './sessions';
import { statementSelect, toStatementView, type StatementView } from './statement-view';
import { writeVersion, type VersionedEntity, type VersionedRow } from './versioned-records';
import { claimsChanged, type CacheTag } from '../cache/tags';

// The review of proposed counter-statements and claims: the queue editors decide on, and each
// contributor's own submissions with the editor's note. Reading a submission takes draft.readOwn
// for one's own and draft.readAny for anyone else's; deciding takes review.decide.

const reviewSelect = {
  id: true,
  status: true,
  reviewNote: true,
  reviewedAt: true,
  createdAt: true,
  proposedById: true,
  proposedBy: { select: { name: true } },
  reviewedBy: { select: { name: true } },
  statement: {
    select: {
      ...statementSelect,
      quoteEnd: true,
      unverifiedReason: true,
      source: { select: { ...statementSelect.source.select, archiveText: true } },
    },
  },
} as const;

const counterStatementSelect = {
  ...reviewSelect,
  stance: true,
  note: true,
  claim: { select: { slug: true, summary: true } },
} as const;
const claimSelect = {
  ...reviewSelect,
  slug: true,
  summary: true,
  verdict: true,
  verdictExplanation: true,
  topics: { select: { topic: { select: { name: true } } } },
} as const;

type SubmissionCommon = {
  id: string;
  status: PublicationStatus;
  reviewNote: string | null;
  reviewedAt: Date | null;
  reviewerName: string | null;
  createdAt: Date;
  /** Who may read it besides editors. */
  proposedById: string | null;
  proposerName: string | null;
  statement: StatementView;
  /** Where the quote stands in the pasted source text, or null when it is not found there. */
  excerpt: QuoteExcerpt | null;
  unverifiedReason: string | null;
};

export type Submission = SubmissionCommon &
  (
    | { kind: 'counterStatement'; stance: Stance; note: string | null; claim: { slug: string; summary: string } }
    | { kind: 'claim'; slug: string; summary: string; verdict: Verdict; verdictExplanation: string; topics: string[] }
  );

type Where = { status?: PublicationStatus; proposedById?: string; id?: string };
type ReviewRow = Prisma.CounterStatementGetPayload<{ select: typeof reviewSelect }>;

function toCommon(row: ReviewRow): SubmissionCommon {
  const { statement } = row;
  const span =
    statement.quoteStart !== null && statement.quoteEnd !== null
      ? { start: statement.quoteStart, end: statement.quoteEnd }
      : null;
  return {
    id: row.id,
    status: row.status,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt,
    reviewerName: row.reviewedBy?.name ?? null,
    createdAt: row.createdAt,
    proposedById: row.proposedById,
    proposerName: row.proposedBy?.name ?? null,
    statement: toStatementView(statement),
    excerpt: span ? quoteExcerpt(statement.source.archiveText, span) : null,
    unverifiedReason: statement.unverifiedReason,
  };
}

/** Counter-statements and claims matching `where`, by creation date, at most `take` of them. */
async function findSubmissions(where: Where, order: 'asc' | 'desc', take: number): Promise<Submission[]> {
  const orderBy = [{ createdAt: order }, { id: order }];
  const [counterStatements, claims] = await Promise.all([
    db.counterStatement.findMany({ where, orderBy, take, select: counterStatementSelect }),
    db.claim.findMany({ where, orderBy, take, select: claimSelect }),
  ]);
  const submissions: Submission[] = [
    ...counterStatements.map((row) => ({
      ...toCommon(row),
      kind: 'counterStatement' as const,
      stance: row.stance,
      note: row.note,
      claim: row.claim,
    })),
    ...claims.map((row) => ({
      ...toCommon(row),
      kind: 'claim' as const,
      slug: row.slug,
      summary: row.summary,
      verdict: row.verdict,
      verdictExplanation: row.verdictExplanation,
      topics: row.topics.map(({ topic }) => topic.name),
    })),
  ];
  const sign = order === 'asc' ? 1 : -1;
  submissions.sort((a, b) => sign * (a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)));
  return submissions.slice(0, take);
}

export const REVIEW_QUEUE_LENGTH = 50;

/** Submissions awaiting review, oldest first: the editors' queue. */
export async function listSubmissionsForReview(actor: Actor | null): Promise<Submission[]> {
  assertCan(actor, 'review.decide');
  return findSubmissions({ status: 'SUBMITTED' }, 'asc', REVIEW_QUEUE_LENGTH);
}

/** What the actor proposed, newest first, with each decision and its note. */
export async function listOwnSubmissions(actor: Actor | null, limit = 100): Promise<Submission[]> {
  assertCan(actor, 'draft.readOwn');
  return findSubmissions({ proposedById: actor.id }, 'desc', limit);
}

/** One submission: the proposer's own, or anyone's for those who may read any draft. */
export async function getSubmissionOrThrow(id: string, actor: Actor | null): Promise<Submission> {
  assertCan(actor, 'draft.readOwn');
  // The id comes from the URL: anything that is not a UUID cannot name a submission.
  const [submission] = z.uuid().safeParse(id).success ? await findSubmissions({ id }, 'asc', 1) : [];
  // Someone else's submission is refused the same way as a missing one: its existence is not the reader's business.
  if (!submission || (submission.proposedById !== actor.id && !can(actor, 'draft.readAny'))) {
    throw new NotFoundError('There is no submission of yours with this address.');
  }
  return submission;
}

type Decision = { kind: SubmissionKind; id: string };

/**
 * Publishes a submission: the counter-statement or claim and whatever new person, role and source
 * it brought, in one transaction with its audit row. Refused when it is no longer awaiting review.
 */
export async function approveSubmission(
  { kind, id }: Decision,
  actor: Actor | null,
  request: RequestMetadata,
): Promise<{ invalidates: CacheTag[] }> {
  assertCan(actor, 'review.decide');
  assertCan(actor, kind === 'claim' ? 'claim.publish' : 'counterStatement.publish');
  const claimId = await (kind === 'claim' ? decideClaim : decideCounterStatement)(
    id,
    actor,
    request,
    'PUBLISHED',
    null,
  );
  // The claim (new, or answered anew) and whatever person, role or source came with it, which only
  // the claim's page and the lists show so far.
  return { invalidates: claimsChanged([claimId]) };
}

/** Rejects a submission with a note the contributor reads; the rows it brought stay unpublished. */
export async function rejectSubmission(
  { kind, id, note }: Decision & { note: string },
  actor: Actor | null,
  request: RequestMetadata,
): Promise<{ invalidates: CacheTag[] }> {
  assertCan(actor, 'review.decide');
  if (!note.trim()) throw new ConflictError('Write a note saying why the submission is rejected.');
  await (kind === 'claim' ? decideClaim : decideCounterStatement)(id, actor, request, 'REJECTED', note.trim());
  // Readers never saw the submission: nothing of theirs changes.
  return { invalidates: [] };
}

const DECIDED_ALREADY = 'This submission has been decided already.';

type Status = 'PUBLISHED' | 'REJECTED';

/**
 * A decision is a new version of the claim or counter-statement, with its revision, written by
 * compare-and-set on the version read: of two editors deciding at once, the second updates nothing
 * and is told the submission was decided. The rows its statement brought share its fate, and the
 * decision is audited, all in the caller's transaction.
 */
async function writeDecision<
  Row extends VersionedRow & { status: PublicationStatus; statementId: string },
  Snapshot extends Prisma.InputJsonObject,
  Data,
>(
  tx: Transaction,
  entity: VersionedEntity<Row, Snapshot, Data>,
  row: Row | null,
  decision: {
    after: (before: Snapshot) => Snapshot;
    data: Data;
    actor: Actor;
    request: RequestMetadata;
    status: Status;
    detail: (row: Row) => Prisma.InputJsonObject;
  },
) {
  if (!row) throw new NotFoundError('This submission does not exist.');
  if (row.status !== 'SUBMITTED') throw new ConflictError(DECIDED_ALREADY);
  const before = entity.snapshotOf(row);
  try {
    await writeVersion(tx, entity, row, {
      before,
      after: decision.after(before),
      seenVersion: row.version,
      actor: decision.actor,
      reason: decision.status === 'PUBLISHED' ? 'Approved in review.' : 'Rejected in review.',
      data: decision.data,
    });
  } catch (error) {
    // Another reviewer's decision won the compare-and-set.
    if (error instanceof StaleError)
      throw new ConflictError(`${DECIDED_ALREADY} Reload the page to see it as it is now.`);
    throw error;
  }
  await decideQuotedStatement(tx, row.statementId, decision.status);
  await recordAuditEvent(tx, {
    kind: decision.status === 'PUBLISHED' ? 'PUBLICATION' : 'REJECTION',
    actorId: decision.actor.id,
    ip: decision.request.ip,
    detail: { ...decision.detail(row), via: 'review' },
  });
}

/** Decides a proposed counter-statement; returns the id of the claim it answers. */
function decideCounterStatement(
  counterStatementId: string,
  actor: Actor,
  request: RequestMetadata,
  status: Status,
  note: string | null,
): Promise<string> {
  return db.$transaction(async (tx) => {
    const row = await counterStatementEntity.find(tx, counterStatementId);
    await writeDecision(tx, counterStatementEntity, row, {
      after: (before) => ({ ...before, status, reviewNote: note }),
      data: { status, reviewNote: note, reviewedById: actor.id, reviewedAt: new Date() },
      actor,
      request,
      status,
      detail: (counterStatement) => ({ counterStatementId, claimSlug: counterStatement.claim.slug }),
    });
    return row!.claim.id;
  });
}

/** Decides a proposed claim; returns its id. */
async function decideClaim(
  claimId: string,
  actor: Actor,
  request: RequestMetadata,
  status: Status,
  note: string | null,
): Promise<string> {
  const now = new Date();
  await db.$transaction(async (tx) =>
    writeDecision(tx, claimEntity, await claimEntity.find(tx, claimId), {
      after: (before) => ({ ...before, status }),
      data: {
        status,
        reviewNote: note,
        reviewedById: actor.id,
        reviewedAt: now,
        ...(status === 'PUBLISHED' ? { publishedAt: now } : {}),
      },
      actor,
      request,
      status,
      detail: (claim) => ({ claimId, claimSlug: claim.slug }),
    }),
  );
  return claimId;
}
