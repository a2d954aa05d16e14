import type { Submission } from '@/lib/dal/submissions';
import { truncateText } from '@/lib/domain/truncate';

/**
 * How the review queue names a submission: the new claim, or whose answer to which claim, with the
 * answer's first words (one person may answer a claim twice, with different passages).
 */
export function submissionLabel(submission: Submission): string {
  return submission.kind === 'claim'
    ? `the new claim “${submission.summary}”`
    : `${submission.statement.speakerName}'s answer “${truncateText(submission.statement.text, 60)}” to “${submission.claim.summary}”`;
}
