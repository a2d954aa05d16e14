import { z } from 'zod';
import { Verdict } from '../generated/prisma/enums';
import { NOTE_MAX_LENGTH, REASON_MAX_LENGTH } from './record-fields';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from './storable';

// An editor's change to a claim, shared by the edit form's action and the DAL.

export const SUMMARY_MAX_LENGTH = 75;
export const VERDICT_EXPLANATION_MAX_LENGTH = 5000;

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .transform((text) => text || undefined)
    .optional();

export const claimEditSchema = z.object({
  claimId: z.uuid('Unknown claim.'),
  /** The version the editor loaded: a save on an older one is refused. */
  version: z.coerce.number<string>().int().min(1, 'Unknown version.'),
  summary: z
    .string()
    .trim()
    .min(1, 'Write a summary of the claim.')
    .max(SUMMARY_MAX_LENGTH, `A summary has at most ${SUMMARY_MAX_LENGTH} characters (search engines cut it there).`)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
  verdict: z.enum(Verdict, 'Choose a verdict.'),
  verdictExplanation: z
    .string()
    .trim()
    .min(1, 'Explain the verdict.')
    .max(VERDICT_EXPLANATION_MAX_LENGTH, 'An explanation has at most 5,000 characters.')
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
  topics: z
    .array(z.string().trim().min(1).max(120).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE))
    .max(50, 'Choose at most 50 topics.'),
  reason: optionalText(REASON_MAX_LENGTH, 'A reason has at most 1,000 characters.'),
  correctionNote: optionalText(NOTE_MAX_LENGTH, 'A correction note has at most 2,000 characters.'),
  /** Set when the change restores an earlier revision (which needs revision.restore). */
  restoredFrom: z.coerce.number<string>().int().min(1).optional(),
});

export type ClaimEditInput = z.infer<typeof claimEditSchema>;

export const claimDeleteSchema = claimEditSchema.pick({ claimId: true, version: true }).extend({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why the claim is deleted.')
    .max(REASON_MAX_LENGTH, 'A reason has at most 1,000 characters.')
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
});
