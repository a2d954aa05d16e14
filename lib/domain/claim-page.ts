import { routes } from '../routes';

// How much of a claim's answer a claim page shows, and where a link to one counter-statement must
// lead so that its anchor is on the page it opens.

/**
 * Counter-statements a claim page shows unless the reader asks for all (`/claims/<slug>/all`): a claim
 * answered two hundred times would otherwise cost every reader, and every link preview, all two
 * hundred. The counts by country and organization always cover all of them.
 */
export const CLAIM_PAGE_COUNTER_STATEMENTS = 50;

/** The claim page on which every one of its counter-statements has its anchor. */
export function claimPagePathWithEveryCounterStatement(slug: string, counterStatementCount: number): `/${string}` {
  return routes.claim(slug, { showAll: counterStatementCount > CLAIM_PAGE_COUNTER_STATEMENTS });
}
