import { z } from 'zod';
import { claimEditSchema } from './claim-edit';
import { quotedStatementShape, refineQuotedStatement } from './quoted-statement';

// A proposed claim as the form sends it, shared by the form, its action and the DAL: the quoted
// statement (lib/validation/quoted-statement.ts) with the claim's own fields, validated as an
// edit validates them.

export const claimProposalSchema = z
  .object({
    ...quotedStatementShape,
    ...claimEditSchema.pick({ summary: true, verdict: true, verdictExplanation: true, topics: true }).shape,
  })
  .superRefine(refineQuotedStatement);

export type ClaimProposalInput = z.infer<typeof claimProposalSchema>;
export type ClaimProposalField = keyof z.input<typeof claimProposalSchema>;

/** The fields that come back to the form as typed; topics (several checkboxes) travel apart. */
export const CLAIM_PROPOSAL_TEXT_FIELDS = (Object.keys(claimProposalSchema.shape) as ClaimProposalField[]).filter(
  (field) => field !== 'topics',
);
