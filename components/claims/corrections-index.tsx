import type { Metadata } from 'next';
import Link from 'next/link';
import { CorrectionEntry } from '@/components/claims/correction-entry';
import { PageLinks } from '@/components/layout/page-links';
import { routes } from '@/lib/routes';
import { listCorrections } from '@/lib/cache/public-record';

// The list of corrections, one page of it: the first at /corrections (rendered per request), each later one at
// /corrections/-page/<cursor>, where proxy.ts moves the ?cursor= of its links (lib/list-views.ts), a page
// cached whole.

export const CORRECTIONS_METADATA: Metadata = {
  title: 'Corrections',
  description: 'Every correction Countercheck has published, newest first.',
  alternates: { canonical: routes.corrections() },
};

export async function CorrectionsIndex({ cursor }: { cursor?: string }) {
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
