import { z } from 'zod';

// An editor's addition (or removal) of a party expected to answer a claim, shared by the edit
// page's forms, their actions and the DAL.

export const expectedPartySchema = z.object({
  claimId: z.uuid('Unknown claim.').toLowerCase(),
  /** What the organization picker (/lookup/organizations) sends: the organization's id. */
  organizationId: z.uuid('Choose an organization from the list.').toLowerCase(),
});

export type ExpectedPartyInput = z.infer<typeof expectedPartySchema>;
export type ExpectedPartyField = 'organizationId';
