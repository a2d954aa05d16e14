import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubmissionDetails } from '@/components/review/submission-details';
import { requireSignedIn } from '@/lib/auth/current-user';
import { getSubmission } from '@/lib/dal/submissions';
import { AppError } from '@/lib/errors';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Submission' };

type Props = { params: Promise<{ id: string }> };

export default async function SubmissionPage({ params }: Props) {
  const { id } = await pageParams(params);
  const user = await requireSignedIn(`/account/submissions/${id}`);
  const submission = await getSubmission(id, user).catch((error: unknown) => {
    // Someone else's submission answers like a missing one (the DAL decides which is which).
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });
  if (!submission) notFound();
  return (
    <article className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <SubmissionDetails submission={submission} headingLevel="h1" />
    </article>
  );
}
