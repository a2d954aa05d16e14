import 'server-only';
import { db } from '../db';
import { publishedCounterStatement } from './published';
import type { Prisma } from '../generated/prisma/client';
import type { CounterStatementRef, StatementWithCounterStatements } from '../domain/counter-statement-groups';
import { statementSelect, toStatementView, type StatementView } from './statement-view';

// Someone's latest counter-statements, read statement by statement (one statement can be a
// counter-statement to several claims): shared by the person, organization and country pages.
// Published counter-statements to published claims only.

const statementWithCounterStatementsSelect = {
  ...statementSelect,
  counterStatements: {
    where: publishedCounterStatement,
    select: { id: true, stance: true, claim: { select: { slug: true, summary: true, counterStatementCount: true } } },
    orderBy: { claim: { claimedOn: 'desc' } },
  },
} satisfies Prisma.StatementSelect;

type StatementWithCounterStatementsRow = Prisma.StatementGetPayload<{
  select: typeof statementWithCounterStatementsSelect;
}>;

export const toCounterStatementRef = (
  counterStatement: StatementWithCounterStatementsRow['counterStatements'][number],
): CounterStatementRef => ({
  counterStatementId: counterStatement.id,
  stance: counterStatement.stance,
  claim: counterStatement.claim,
});

function toStatementWithCounterStatements(
  row: StatementWithCounterStatementsRow,
): StatementWithCounterStatements<StatementView> {
  return { statement: toStatementView(row), counterStatements: row.counterStatements.map(toCounterStatementRef) };
}

export type LatestCounterStatements = {
  items: StatementWithCounterStatements<StatementView>[];
  /** true when older ones were left out */ hasMore: boolean;
};

/**
 * The most recent statements among `where` that answer a published claim, newest first, undated
 * ones last, at most `limit` of them: a page never loads all of a prolific speaker's statements.
 * Dated and undated statements are read apart (two queries, always both): ordered by date alone,
 * the dated ones follow the said_on index backwards, which a country's thousands of statements
 * need; "newest first, undated last" in one query would sort all of them.
 */
export async function findLatestCounterStatements(
  where: Prisma.StatementWhereInput,
  limit: number,
): Promise<LatestCounterStatements> {
  const counterStatements = { AND: [where, { counterStatements: { some: publishedCounterStatement } }] };
  const [dated, undated] = await Promise.all([
    db.statement.findMany({
      where: { ...counterStatements, saidOn: { not: null } },
      select: { id: true },
      orderBy: [{ saidOn: 'desc' }, { id: 'desc' }],
      take: limit + 1,
    }),
    db.statement.findMany({
      where: { ...counterStatements, saidOn: null },
      select: { id: true },
      orderBy: { id: 'desc' },
      take: limit + 1,
    }),
  ]);
  const ids = [...dated, ...undated].map((row) => row.id);
  const pageIds = ids.slice(0, limit);
  // The quotes themselves are read once the page's statements are known.
  const rows = new Map(
    (await db.statement.findMany({ where: { id: { in: pageIds } }, select: statementWithCounterStatementsSelect })).map(
      (row) => [row.id, row],
    ),
  );
  const items = pageIds.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toStatementWithCounterStatements(row)] : [];
  });
  return { items, hasMore: ids.length > limit };
}
