import type { Stance } from '../generated/prisma/enums';
import { claimPagePathWithEveryCounterStatement } from './claim-page';
import { counterStatementAnchor, type SitePath } from '../routes';

// A statement can be a counter-statement to several claims, so pages that list what someone said
// (a person's, an organization's, a country's) read statements with the claims each one answers,
// and some of them show those counter-statements grouped under the claim they answer.

/** `counterStatementCount` decides which page of the claim holds every counter-statement's anchor. */
export type AnsweredClaim = { slug: string; summary: string; counterStatementCount: number };

/** One published counter-statement: the counter-statement's id is the anchor of the quote on the claim's page. */
export type CounterStatementRef = { counterStatementId: string; stance: Stance; claim: AnsweredClaim };

export type StatementWithCounterStatements<S> = { statement: S; counterStatements: CounterStatementRef[] };

export type ClaimCounterStatements<S> = {
  claim: AnsweredClaim;
  counterStatements: { counterStatementId: string; stance: Stance; statement: S }[];
};

/** Regroups statements under the claims they answer; claims and counter-statements keep the statements' order. */
export function groupCounterStatementsByClaim<S>(
  items: readonly StatementWithCounterStatements<S>[],
): ClaimCounterStatements<S>[] {
  const groups = new Map<string, ClaimCounterStatements<S>>();
  for (const { statement, counterStatements } of items) {
    for (const { counterStatementId, stance, claim } of counterStatements) {
      const group = groups.get(claim.slug) ?? { claim, counterStatements: [] };
      group.counterStatements.push({ counterStatementId, stance, statement });
      groups.set(claim.slug, group);
    }
  }
  return [...groups.values()];
}

/** The link to a counter-statement where it stands on its claim's page (the one showing all, on a much-answered claim). */
export function counterStatementHref(
  counterStatement: Pick<CounterStatementRef, 'counterStatementId' | 'claim'>,
): SitePath {
  const { claim, counterStatementId } = counterStatement;
  return `${claimPagePathWithEveryCounterStatement(claim.slug, claim.counterStatementCount)}#${counterStatementAnchor(counterStatementId)}`;
}
