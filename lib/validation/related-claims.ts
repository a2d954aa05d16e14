import { z } from 'zod';
import { chosenClaimSlug } from './record-fields';

// An editor's link (or unlink) of two related claims, shared by the edit page's forms, their actions and the DAL.

export const relatedClaimsSchema = z.object({
  claimId: z.uuid('Unknown claim.').toLowerCase(),
  /** What the claim picker (/lookup/claims) sends: a claim's slug, as its page names it. */
  relatedClaimSlug: chosenClaimSlug('Choose a claim from the list.'),
});

export type RelatedClaimsField = 'relatedClaimSlug';
