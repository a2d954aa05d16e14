import 'server-only';
import { Prisma } from '../generated/prisma/client';

// Whether a speaker (a person, an organization) said anything readers may see: a published claim,
// a published answer to one, or a published repetition of one. The indexes of people and organizations list only those.
//
// Written as one EXISTS over a UNION ALL on purpose. PostgreSQL cannot turn it into a join, so it
// stays a per-row check that stops at the first public statement, run only on the rows the page
// needs (the callers test it on rows already sorted by name, LIMIT above). A plain EXISTS, or an
// OR of two, lets the planner hash every public statement of the database first: at a million
// statements that took seconds.

/** One way to reach a speaker's statements, as `statements s` and whatever joins lead to it. */
type StatementPath = { from: Prisma.Sql; where: Prisma.Sql };

export function existsPublicStatement(paths: StatementPath[]): Prisma.Sql {
  // Answers first: most statements are answers, so the first branch usually settles it.
  const branches = paths.flatMap(({ from, where }) => [
    Prisma.sql`SELECT 1 FROM ${from}
                 JOIN rebuttals r ON r.statement_id = s.id AND r.status = 'published'
                 JOIN claims c ON c.id = r.claim_id AND c.status = 'published'
                WHERE ${where}`,
    Prisma.sql`SELECT 1 FROM ${from} JOIN claims c ON c.statement_id = s.id AND c.status = 'published' WHERE ${where}`,
    // Repetitions last: fewest of all.
    Prisma.sql`SELECT 1 FROM ${from}
                 JOIN claim_appearances a ON a.statement_id = s.id AND a.status = 'published'
                 JOIN claims c ON c.id = a.claim_id AND c.status = 'published'
                WHERE ${where}`,
  ]);
  return Prisma.sql`EXISTS (${Prisma.join(branches, ' UNION ALL ')})`;
}

/** Whether statement `s` answers a published claim with a published counter-statement. */
export const answersPublishedClaim = Prisma.sql`EXISTS (
  SELECT 1 FROM rebuttals r JOIN claims c ON c.id = r.claim_id AND c.status = 'published'
   WHERE r.statement_id = s.id AND r.status = 'published')`;
