import 'server-only';
import { db } from '../db';
import { publishedCounterStatement } from './published';
import type { Prisma } from '../generated/prisma/client';
import type { Answer, AnsweringStatement } from '../domain/answers';
import { statementSelect, toStatementView, type StatementView } from './statement-view';

// What someone said in answer to claims, read statement by statement (a statement can answer
// several claims): shared by the person, organization and country pages. Published answers to
// published claims only.

const answeringStatementSelect = {
  ...statementSelect,
  rebuttals: {
    where: publishedCounterStatement,
    select: { id: true, stance: true, claim: { select: { slug: true, summary: true, rebuttalCount: true } } },
    orderBy: { claim: { claimedOn: 'desc' } },
  },
} satisfies Prisma.StatementSelect;

type AnsweringStatementRow = Prisma.StatementGetPayload<{ select: typeof answeringStatementSelect }>;

export const toAnswer = (rebuttal: AnsweringStatementRow['rebuttals'][number]): Answer => ({
  rebuttalId: rebuttal.id,
  stance: rebuttal.stance,
  claim: rebuttal.claim,
});

function toAnsweringStatement(row: AnsweringStatementRow): AnsweringStatement<StatementView> {
  return { statement: toStatementView(row), answers: row.rebuttals.map(toAnswer) };
}

export type AnsweringStatementList = {
  items: AnsweringStatement<StatementView>[];
  /** true when older ones were left out */ hasMore: boolean;
};

/**
 * The most recent statements among `where` that answer a published claim, newest first, undated
 * ones last, at most `limit` of them: a page never loads all of a prolific speaker's statements.
 * Dated and undated statements are read apart (two queries, always both): ordered by date alone,
 * the dated ones follow the said_on index backwards, which a country's thousands of statements
 * need; "newest first, undated last" in one query would sort all of them.
 */
export async function findLatestAnsweringStatements(
  where: Prisma.StatementWhereInput,
  limit: number,
): Promise<AnsweringStatementList> {
  const answering = { AND: [where, { rebuttals: { some: publishedCounterStatement } }] };
  const [dated, undated] = await Promise.all([
    db.statement.findMany({
      where: { ...answering, saidOn: { not: null } },
      select: { id: true },
      orderBy: [{ saidOn: 'desc' }, { id: 'desc' }],
      take: limit + 1,
    }),
    db.statement.findMany({
      where: { ...answering, saidOn: null },
      select: { id: true },
      orderBy: { id: 'desc' },
      take: limit + 1,
    }),
  ]);
  const ids = [...dated, ...undated].map((row) => row.id);
  const pageIds = ids.slice(0, limit);
  // The quotes themselves are read once the page's statements are known.
  const rows = new Map(
    (await db.statement.findMany({ where: { id: { in: pageIds } }, select: answeringStatementSelect })).map((row) => [
      row.id,
      row,
    ]),
  );
  const items = pageIds.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toAnsweringStatement(row)] : [];
  });
  return { items, hasMore: ids.length > limit };
}
