import { z } from 'zod';

// An editor's link (or unlink) of two related claims, shared by the edit page's forms, their actions and the DAL.

export const relatedClaimsSchema = z.object({
  claimId: z.uuid('Unknown claim.').toLowerCase(),
  /** What the claim picker (/lookup/claims) sends: a claim's slug, as its page names it. */
  relatedClaimSlug: z.string().trim().min(1, 'Choose a claim from the list.').max(120, 'Choose a claim from the list.'),
});

export type RelatedClaimsField = 'relatedClaimSlug';
