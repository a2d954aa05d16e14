import type { Submission } from '@/lib/dal/submissions';

/** How the review queue names a submission: the new claim, or whose answer to which claim. */
export function submissionLabel(submission: Submission): string {
  return submission.kind === 'claim'
    ? `the new claim “${submission.summary}”`
    : `${submission.statement.speakerName}'s answer to “${submission.claim.summary}”`;
}
