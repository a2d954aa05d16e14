import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSignedIn } from '@/lib/auth/current-user';
import { listOwnSubmissions } from '@/lib/dal/submissions';
import { SubmissionDetails } from '@/components/review/submission-details';
import { routes } from '@/lib/routes';
import { editorPage } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: 'My submissions' };

export default editorPage(async function MySubmissionsPage() {
  const user = await requireSignedIn(routes.submissions());
  const submissions = await listOwnSubmissions(user);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">My submissions</h1>
      {submissions.length === 0 ? (
        <p>
          You have not proposed anything yet. <Link href={routes.newClaim()}>Propose a claim</Link>,{' '}
          <Link href={routes.intake()}>read an article</Link> for its quotes, or open a claim and choose “Propose a
          counter-statement”.
        </p>
      ) : null}
      <ul className="space-y-6">
        {submissions.map((submission) => (
          <li key={submission.id}>
            <article className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
              <SubmissionDetails submission={submission} />
              <p className="text-sm">
                <Link href={routes.submission(submission.id)}>Link to this submission</Link>
              </p>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
});
