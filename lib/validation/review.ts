import { z } from 'zod';
import { NOTE_MAX_LENGTH, requiredText } from './record-fields';

// An editor's decision on a submission: a proposed counter-statement or claim.

export const SUBMISSION_KINDS = ['counterStatement', 'claim'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

const submission = { kind: z.enum(SUBMISSION_KINDS, 'Unknown submission.'), id: z.uuid('Unknown submission.') };

export const reviewDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), ...submission }),
  z.object({
    decision: z.literal('reject'),
    ...submission,
    note: requiredText(NOTE_MAX_LENGTH, 'a note for the contributor'),
  }),
]);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/** The submission just decided, named by /review?decided=<id> after a decision; undefined for any other value. */
export function decidedSubmissionId(searchParams: Record<string, string | string[] | undefined>): string | undefined {
  const parsed = z.uuid().safeParse(searchParams.decided);
  return parsed.success ? parsed.data : undefined;
}
