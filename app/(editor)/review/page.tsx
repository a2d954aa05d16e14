import type { Metadata } from 'next';
import { ReviewDecisionForm } from '@/components/review/review-decision-form';
import { SubmissionDetails } from '@/components/review/submission-details';
import { requirePermission } from '@/lib/auth/page-guard';
import { listSubmissionsForReview, REVIEW_QUEUE_LENGTH } from '@/lib/dal/submissions';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Review' };

export default async function ReviewPage() {
  const user = await requirePermission('review.decide', routes.review());
  const submissions = await listSubmissionsForReview(user);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Review</h1>
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
              <ReviewDecisionForm
                kind={submission.kind}
                id={submission.id}
                label={
                  submission.kind === 'claim'
                    ? `the new claim “${submission.summary}”`
                    : `${submission.statement.speakerName}'s answer to “${submission.claim.summary}”`
                }
              />
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
