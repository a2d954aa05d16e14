import type { Metadata } from 'next';
import Link from 'next/link';
import { CorrectionEntry } from '@/components/claims/correction-entry';
import { PageLinks } from '@/components/layout/page-links';
import { parsePageCursor } from '@/lib/validation/page-cursor';
import { routes } from '@/lib/routes';
import { listCorrections } from '@/lib/cache/public-record';

// A page of a list, chosen by its query (?cursor=): rendered for each request from cached data
// (lib/cache/public-record.ts). Not streamed behind a fallback, which readers without JavaScript
// would never see replaced.
export const instant = false;

export const metadata: Metadata = {
  title: 'Corrections',
  description: 'Every correction Countercheck has published, newest first.',
  alternates: { canonical: routes.corrections() },
};

export default async function CorrectionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const cursor = parsePageCursor(await searchParams);
  const { items, nextCursor } = await listCorrections({ cursor });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Corrections</h1>
      <p>
        When we change a published verdict, we say so here and on the claim’s page, newest first. See our{' '}
        <Link href={routes.methodology('corrections')}>corrections policy</Link>.
      </p>
      {items.length === 0 ? <p>No corrections so far.</p> : null}
      <ol className="space-y-4">
        {items.map((correction) => (
          <li key={correction.id} className="space-y-1 rounded-lg border border-stone-200 bg-white p-4">
            <p>
              <Link href={routes.claim(correction.claim.slug)} className="font-semibold">
                {correction.claim.summary}
              </Link>
            </p>
            <CorrectionEntry correction={correction} />
          </li>
        ))}
      </ol>
      <PageLinks
        label="Corrections pages"
        firstHref={routes.corrections()}
        nextHref={nextCursor ? routes.corrections(nextCursor) : undefined}
        isFirstPage={!cursor}
      />
    </div>
  );
}
