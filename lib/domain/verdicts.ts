import type { Verdict } from '../generated/prisma/enums';

// The published verdict scale. The order is the scale's order; `rating` is the number that
// ClaimReview's reviewRating carries (worst 1 to best 5), absent for claims we do not rate.

export type VerdictDefinition = {
  verdict: Verdict;
  label: string;
  definition: string;
  rating: number | null;
};

export const VERDICT_SCALE: readonly VerdictDefinition[] = [
  {
    verdict: 'FALSE',
    label: 'False',
    rating: 1,
    definition:
      'The claim is contradicted by the record: the sources show the opposite, or show it did not happen as claimed.',
  },
  {
    verdict: 'MOSTLY_FALSE',
    label: 'Mostly false',
    rating: 2,
    definition:
      'The claim has an element of truth but leaves out or distorts facts that would give a very different impression.',
  },
  {
    verdict: 'MIXED',
    label: 'Mixed',
    rating: 3,
    definition: 'The claim is partly accurate and partly not, or accurate on one reading and misleading on another.',
  },
  {
    verdict: 'MOSTLY_TRUE',
    label: 'Mostly true',
    rating: 4,
    definition: 'The claim is accurate but needs context or a minor correction.',
  },
  {
    verdict: 'TRUE',
    label: 'True',
    rating: 5,
    definition: 'The claim is accurate and nothing significant is missing.',
  },
  {
    verdict: 'UNRATED',
    label: 'Unrated',
    rating: null,
    definition:
      'Not yet rated: the claim is recorded with what others said about it, but the evidence at hand does not support a verdict, or it is a forecast or opinion.',
  },
];

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export function verdictDefinition(verdict: Verdict): VerdictDefinition {
  const found = VERDICT_SCALE.find((entry) => entry.verdict === verdict);
  if (!found) throw new Error(`Unknown verdict: ${verdict}`);
  return found;
}
