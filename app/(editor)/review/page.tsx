import type { Metadata } from 'next';
import { DecisionOutcome } from '@/components/review/decision-outcome';
import { ReviewDecisionForm } from '@/components/review/review-decision-form';
import { SubmissionDetails } from '@/components/review/submission-details';
import { submissionLabel } from '@/components/review/submission-label';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { getSubmissionOrThrow, listSubmissionsForReview, REVIEW_QUEUE_LENGTH } from '@/lib/dal/submissions';
import { NotFoundError } from '@/lib/errors';
import { routes } from '@/lib/routes';
import { decidedSubmissionId } from '@/lib/validation/review';

export const metadata: Metadata = { title: 'Review' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default editorPage(async function ReviewPage({ searchParams }: Props) {
  const user = await requirePermission('review.decide', routes.review());
  const decidedId = decidedSubmissionId(await searchParams);
  const [submissions, decided] = await Promise.all([
    listSubmissionsForReview(user),
    // An id that names nothing (edited by hand) shows no outcome, not an error.
    decidedId
      ? getSubmissionOrThrow(decidedId, user).catch((error) =>
          error instanceof NotFoundError ? null : Promise.reject(error),
        )
      : null,
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Review</h1>
      {decided ? <DecisionOutcome submission={decided} /> : null}
      <p>
        Claims and counter-statements proposed by contributors, oldest first
        {submissions.length === REVIEW_QUEUE_LENGTH ? ` (the first ${REVIEW_QUEUE_LENGTH})` : ''}.
      </p>
      {submissions.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-400 p-4">Nothing awaits review.</p>
      ) : null}
      <ul className="space-y-6">
        {submissions.map((submission) => (
          <li key={submission.id}>
            <article className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
              <SubmissionDetails submission={submission} />
              <ReviewDecisionForm kind={submission.kind} id={submission.id} label={submissionLabel(submission)} />
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
});
