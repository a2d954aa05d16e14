import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IfPermitted } from '@/components/accounts/viewer';
import { displayTimestamp } from '@/lib/domain/dates';
import { PageHeader } from '@/components/layout/page-header';
import { RevisionChanges } from '@/components/revisions/revision-changes';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';
import { findPublishedClaims, getPublishedClaimHistoryOrNull } from '@/lib/cache/public-record';
import { prerenderedParams } from '@/lib/cache/prerendered-params';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const { claims } = await findPublishedClaims({ sort: 'newest' });
  return prerenderedParams(
    'slug',
    claims.map((claim) => claim.slug),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const history = await getPublishedClaimHistoryOrNull((await pageParams(params)).slug);
  if (!history) return { title: 'Claim not found' };
  return { title: `History: ${history.summary}`, alternates: { canonical: routes.claimHistory(history.slug) } };
}

export default async function ClaimHistoryPage({ params }: Props) {
  const history = await getPublishedClaimHistoryOrNull((await pageParams(params)).slug);
  if (!history) notFound();
  return (
    <article className="space-y-6">
      <PageHeader eyebrow="History" title={history.summary}>
        <p>
          Every change to this claim, newest first: who made it, when, why, and what it changed.{' '}
          <Link href={routes.claim(history.slug)}>Back to the claim</Link>
        </p>
      </PageHeader>
      {history.entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-400 p-4">
          This claim has not been changed since it was published
          {history.publishedAt ? (
            <>
              {' '}
              on{' '}
              <time dateTime={displayTimestamp(history.publishedAt).iso}>
                {displayTimestamp(history.publishedAt).label}
              </time>
            </>
          ) : null}
          .
        </p>
      ) : (
        <ol className="space-y-4">
          {history.entries.map((entry) => {
            const at = displayTimestamp(entry.createdAt);
            const isFirst = entry.changes.every((change) => change.before === null);
            return (
              <li
                key={entry.version}
                aria-labelledby={`version-${entry.version}`}
                className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
              >
                <h2 id={`version-${entry.version}`} className="text-lg font-semibold">
                  Version {entry.version}
                  {entry.version === history.version ? ' (current)' : ''}
                </h2>
                <p className="text-sm text-stone-700">
                  {isFirst && !entry.actorName ? 'As published' : `By ${entry.actorName ?? 'Countercheck'}`},{' '}
                  <time dateTime={at.iso}>{at.label}</time>
                  {entry.reason ? <>. Why: {entry.reason}</> : null}
                </p>
                {isFirst ? null : <RevisionChanges changes={entry.changes} />}
                {entry.version !== history.version ? (
                  <IfPermitted permission="revision.restore">
                    <p>
                      <Link href={routes.claimEdit(history.slug, { restore: entry.version })}>
                        Restore version {entry.version}
                      </Link>
                    </p>
                  </IfPermitted>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
