import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { getPublishedClaimHistory } from '@/lib/dal/claim-history';
import { displayTimestamp } from '@/lib/domain/dates';
import { PageHeader } from '@/components/layout/page-header';
import { RevisionList } from '@/components/revisions/revision-list';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const history = await getPublishedClaimHistory((await params).slug);
  if (!history) return { title: 'Claim not found' };
  return { title: `History: ${history.summary}`, alternates: { canonical: `/claims/${history.slug}/history` } };
}

export default async function ClaimHistoryPage({ params }: Props) {
  const history = await getPublishedClaimHistory((await params).slug);
  if (!history) notFound();
  const mayRestore = can(await getCurrentUser(), 'revision.restore');
  return (
    <article className="space-y-6">
      <PageHeader eyebrow="History" title={history.summary}>
        <p>
          Every change to this claim, newest first: who made it, when, why, and what it changed.{' '}
          <Link href={`/claims/${history.slug}`}>Back to the claim</Link>
        </p>
      </PageHeader>
      {history.entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-400 p-4">
          This claim has not been changed since it was published
          {history.publishedAt ? <> on <time dateTime={displayTimestamp(history.publishedAt).iso}>{displayTimestamp(history.publishedAt).label}</time></> : null}.
        </p>
      ) : (
        <RevisionList
          entries={history.entries}
          currentVersion={history.version}
          baselineLabel="As published"
          actionFor={(entry) =>
            mayRestore ? (
              <p>
                <Link href={`/claims/${history.slug}/edit?restore=${entry.version}`}>Restore version {entry.version}</Link>
              </p>
            ) : null
          }
        />
      )}
    </article>
  );
}
