import { z } from 'zod';

// An editor's link (or unlink) of two related claims, shared by the edit page's forms, their actions and the DAL.

export const relatedClaimsSchema = z.object({
  claimId: z.uuid('Unknown claim.').toLowerCase(),
  relatedClaimId: z.uuid('Choose a claim from the list.').toLowerCase(),
});

export type RelatedClaimsField = 'relatedClaimId';
