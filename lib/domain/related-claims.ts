// Related claims are a symmetric link stored once per unordered pair, the smaller id first (the
// related_claims migration's CHECK): every writer orders the pair here, so "A with B" and "B with A"
// are the same row.

export type ClaimPair = { firstClaimId: string; secondClaimId: string };

/** The stored order of a pair of distinct claims (PostgreSQL compares uuids as JavaScript compares their lower-case text). */
export function relatedClaimPair(claimId: string, otherClaimId: string): ClaimPair {
  const [firstClaimId, secondClaimId] = [claimId.toLowerCase(), otherClaimId.toLowerCase()].sort();
  return { firstClaimId: firstClaimId!, secondClaimId: secondClaimId! };
}

/** How many claims one claim may be related to: each is a cache tag on its page (Next.js allows 128 per entry). */
export const MAX_RELATED_CLAIMS = 20;
