'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useLookup } from '@/components/forms/use-lookup';
import type { SimilarClaim } from '@/lib/dal/similar-claims';
import { routes } from '@/lib/routes';

/** How long typing must pause before the claims on record are searched. */
const TYPING_PAUSE_MS = 400;

/**
 * The claims on record that look like the quote being proposed, with, for editors, an offer to
 * record the quote as a repetition of one instead of a new claim (the quote is carried over).
 * Nothing is shown until something looks alike.
 */
export function SimilarClaims({ quote, offerRepetition }: { quote: string; offerRepetition: boolean }) {
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(quote.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [quote]);
  const found = useLookup<SimilarClaim[]>(settled ? routes.lookup.similarClaims(settled) : null);
  // aria-live: the list appears as the proposer types, and a screen reader hears it.
  return (
    <div aria-live="polite">
      {found?.ok && found.data.length ? (
        <section
          aria-labelledby="similar-claims-heading"
          className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3"
        >
          <h2 id="similar-claims-heading" className="font-semibold">
            Claims on record that look the same
          </h2>
          <p className="text-sm">
            If this quote says one of them again, record it as a repetition rather than a new claim.
          </p>
          <ul className="space-y-2">
            {found.data.map((claim) => (
              <li key={claim.slug} className="text-sm">
                <span className="font-medium">{claim.summary}</span> (
                {[claim.claimant, claim.saidOn].filter(Boolean).join(', ')})
                {offerRepetition ? (
                  <>
                    {' · '}
                    <Link href={routes.newRepetition(claim.slug, { quote: settled })}>
                      Record this quote as a repetition of it
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
