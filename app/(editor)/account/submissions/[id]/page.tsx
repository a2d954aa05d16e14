import type { Metadata } from 'next';
import { SubmissionDetails } from '@/components/review/submission-details';
import { requireSignedIn } from '@/lib/auth/current-user';
import { editorPage, orNotFound } from '@/lib/auth/page-guard';
import { getSubmissionOrThrow } from '@/lib/dal/submissions';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Submission' };

type Props = { params: Promise<{ id: string }> };

export default editorPage(async function SubmissionPage({ params }: Props) {
  const { id } = await pageParams(params);
  const user = await requireSignedIn(routes.submission(id));
  // Someone else's submission answers like a missing one (the DAL decides which is which).
  const submission = await orNotFound(getSubmissionOrThrow(id, user));
  return (
    <article className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <SubmissionDetails submission={submission} headingLevel="h1" />
    </article>
  );
});
