import Link from 'next/link';
import type { RelatedClaimView } from '@/lib/dal/related-claims';
import { routes } from '@/lib/routes';
import { VerdictBadge } from './verdict-badge';

/** The claims an editor linked with this one: the same point made in other words. */
export function RelatedClaims({ claims }: { claims: RelatedClaimView[] }) {
  return (
    <section aria-labelledby="related-claims-heading" className="space-y-3">
      <h2 id="related-claims-heading" className="text-2xl font-bold">
        Related claims
      </h2>
      <p className="text-stone-700">The same point, made in other words.</p>
      <ul className="space-y-3">
        {claims.map((claim) => (
          <li key={claim.slug} className="space-y-1 rounded-lg border border-stone-200 bg-white p-4">
            <VerdictBadge verdict={claim.verdict} />
            <p className="text-lg font-semibold leading-snug">
              <Link href={routes.claim(claim.slug)}>{claim.summary}</Link>
            </p>
            <p className="text-sm text-stone-700">
              Claimed by {claim.claimantName}
              {claim.saidOn ? (
                <>
                  {', '}
                  <time dateTime={claim.saidOn.iso}>{claim.saidOn.label}</time>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
