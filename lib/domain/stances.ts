import type { Stance } from '../generated/prisma/enums';

// How a counter-statement answers a claim, from strongest disagreement to agreement.

export type StanceDefinition = { stance: Stance; label: string; definition: string };

export const STANCES: readonly StanceDefinition[] = [
  {
    stance: 'CONTRADICTS',
    label: 'Contradicts',
    definition: 'Says the claim is wrong: the speaker asserts the opposite of what was claimed.',
  },
  {
    stance: 'DISPUTES',
    label: 'Disputes',
    definition:
      'Challenges the claim or its framing without flatly denying it, for example by saying the job is not done.',
  },
  {
    stance: 'QUALIFIES',
    label: 'Qualifies',
    definition: 'Accepts part of the claim but adds context that changes what it means.',
  },
  { stance: 'SUPPORTS', label: 'Supports', definition: 'Backs the claim up.' },
];

export function stanceDefinition(stance: Stance): StanceDefinition {
  const found = STANCES.find((entry) => entry.stance === stance);
  if (!found) throw new Error(`Unknown stance: ${stance}`);
  return found;
}
