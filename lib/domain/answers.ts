import type { Stance } from '../generated/prisma/enums';
import { claimPagePathWithEveryRebuttal } from './claim-page';
import { counterStatementAnchor, type SitePath } from '../routes';

// A counter-statement can answer several claims, so pages that list what someone said (a
// person's, an organization's, a country's) read statements with the claims each one answers,
// and some of them show those answers grouped under the claim they answer.

/** `rebuttalCount` decides which page of the claim holds every answer's anchor. */
export type AnsweredClaim = { slug: string; summary: string; rebuttalCount: number };

/** One published answer: the rebuttal's id is the anchor of the quote on the claim's page. */
export type Answer = { rebuttalId: string; stance: Stance; claim: AnsweredClaim };

export type AnsweringStatement<S> = { statement: S; answers: Answer[] };

export type ClaimAnswers<S> = { claim: AnsweredClaim; answers: { rebuttalId: string; stance: Stance; statement: S }[] };

/** Regroups statements under the claims they answer; claims and answers keep the statements' order. */
export function groupAnswersByClaim<S>(items: readonly AnsweringStatement<S>[]): ClaimAnswers<S>[] {
  const groups = new Map<string, ClaimAnswers<S>>();
  for (const { statement, answers } of items) {
    for (const { rebuttalId, stance, claim } of answers) {
      const group = groups.get(claim.slug) ?? { claim, answers: [] };
      group.answers.push({ rebuttalId, stance, statement });
      groups.set(claim.slug, group);
    }
  }
  return [...groups.values()];
}

/** The link to an answer where it stands on its claim's page (the one showing all, on a much-answered claim). */
export function answerHref(answer: Pick<Answer, 'rebuttalId' | 'claim'>): SitePath {
  return `${claimPagePathWithEveryRebuttal(answer.claim.slug, answer.claim.rebuttalCount)}#${counterStatementAnchor(answer.rebuttalId)}`;
}
