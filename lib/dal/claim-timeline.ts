import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { buildClaimTimeline, type ClaimTimeline, type DatedStatement } from '../domain/claim-timeline';
import { publishedClaim, publishedCounterStatement } from './published';
import { affiliatedOrganizationOf, organizationSelect, speakerNameOf } from './statement-view';

// A published claim's timeline: when it and each of its published answers were said, by whom and
// for whom. Every answer, not only those the claim page shows: a party's first answer may be
// among the rest. Only the few columns a date needs, so a much-answered claim stays cheap.

const datedStatementSelect = {
  saidOn: true,
  saidOnPrecision: true,
  speakerPerson: { select: { name: true } },
  speakerOrganization: { select: organizationSelect },
  role: { select: { organization: { select: organizationSelect } } },
} satisfies Prisma.StatementSelect;

type DatedStatementRow = Prisma.StatementGetPayload<{ select: typeof datedStatementSelect }>;

function toDatedStatement(row: DatedStatementRow): DatedStatement {
  return {
    speakerName: speakerNameOf(row),
    organization: affiliatedOrganizationOf(row),
    saidOn: row.saidOn,
    saidOnPrecision: row.saidOnPrecision,
  };
}

/** A published claim's statement and its published answers' statements, as dated; null when no published claim has this id. */
export async function getPublishedDatedStatementsOrNull(
  claimId: string,
): Promise<{ claim: DatedStatement; answers: (DatedStatement & { id: string })[] } | null> {
  const row = await db.claim.findFirst({
    where: { id: claimId, ...publishedClaim },
    select: {
      statement: { select: datedStatementSelect },
      counterStatements: {
        where: publishedCounterStatement,
        select: { id: true, statement: { select: datedStatementSelect } },
        orderBy: { id: 'asc' },
      },
    },
  });
  if (!row) return null;
  return {
    claim: toDatedStatement(row.statement),
    answers: row.counterStatements.map(({ id, statement }) => ({ id, ...toDatedStatement(statement) })),
  };
}

/** Null when no published claim has this id. */
export async function getPublishedClaimTimelineOrNull(claimId: string): Promise<ClaimTimeline | null> {
  const dated = await getPublishedDatedStatementsOrNull(claimId);
  return dated && buildClaimTimeline(dated.claim, dated.answers);
}
