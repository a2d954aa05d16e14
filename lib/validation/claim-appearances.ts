import { z } from 'zod';
import { quotedStatementShape, refineQuotedStatement } from './quoted-statement';

// A repetition of a claim as the form sends it, shared by the form, its action and the DAL: a
// quoted statement (lib/validation/quoted-statement.ts) and nothing else, since the claim it
// repeats says what it means.

export const claimAppearanceSchema = z.object(quotedStatementShape).superRefine(refineQuotedStatement);

export type ClaimAppearanceInput = z.infer<typeof claimAppearanceSchema>;
export type ClaimAppearanceField = keyof z.input<typeof claimAppearanceSchema>;

export const CLAIM_APPEARANCE_FIELDS = Object.keys(claimAppearanceSchema.shape) as ClaimAppearanceField[];
