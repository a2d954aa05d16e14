import Link from 'next/link';
import type { Submission } from '@/lib/dal/submissions';
import { routes } from '@/lib/routes';
import { submissionLabel } from './submission-label';

/**
 * What became of the submission just decided, above the queue: the decided item has left the queue
 * by the time the page shows again (the decision's cache expiry renders it anew), so its outcome is
 * said here, from the submission as it now is, not from what the form asked.
 */
export function DecisionOutcome({ submission }: { submission: Submission }) {
  const label = submissionLabel(submission);
  if (submission.status === 'PUBLISHED') {
    const href =
      submission.kind === 'claim'
        ? routes.claim(submission.slug)
        : routes.counterStatement(submission.claim.slug, submission.id);
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 font-medium text-green-900">
        Published: {label}. <Link href={href}>See it as readers do</Link>
      </p>
    );
  }
  if (submission.status === 'REJECTED') {
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 font-medium text-green-900">
        Rejected: {label}. The contributor will see your note.
      </p>
    );
  }
  return null;
}
