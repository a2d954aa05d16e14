import type { Metadata } from 'next';
import Link from 'next/link';
import { ClaimCardList } from '@/components/claims/claim-card';
import { describeFeed, feedAlternates } from '@/lib/domain/feed-links';
import { routes } from '@/lib/routes';
import { findPublishedClaims } from '@/lib/cache/public-record';

const LIST_LENGTH = 5;

// Title and description are the root layout's defaults.
export const metadata: Metadata = {
  alternates: { canonical: '/', types: feedAlternates('', describeFeed('site', null).title) },
};

export default async function HomePage() {
  const [{ claims: latest }, { claims: mostRebutted }] = await Promise.all([
    findPublishedClaims({ sort: 'newest' }, LIST_LENGTH),
    findPublishedClaims({ sort: 'most-rebutted', rebutted: 'yes' }, LIST_LENGTH),
  ]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="about-heading" className="space-y-3">
        <h1 id="about-heading" className="text-3xl font-bold tracking-tight">
          What officials claim, and who answered
        </h1>
        <p className="text-lg text-stone-800">
          Countercheck puts public claims by heads of state and officials side by side with what other officials,
          governments and people on the ground said in reply: each answer a verbatim quote, with who said it, in what
          role, when, and the source it was quoted from.
        </p>
        <p>
          <Link href={routes.claims()}>Browse all claims</Link>, see{' '}
          <Link href={routes.whoAnsweredWhom()}>who answered whom</Link>, or read{' '}
          <Link href={routes.methodology()}>how we rate them</Link>.
        </p>
      </section>
      <section aria-labelledby="latest-heading" className="space-y-4">
        <h2 id="latest-heading" className="text-2xl font-bold">
          Latest claims
        </h2>
        {latest.length ? (
          <ClaimCardList claims={latest} headingLevel="h3" />
        ) : (
          <p>No claims have been published yet.</p>
        )}
      </section>
      <section aria-labelledby="most-rebutted-heading" className="space-y-4">
        <h2 id="most-rebutted-heading" className="text-2xl font-bold">
          Most rebutted
        </h2>
        {mostRebutted.length ? (
          <ClaimCardList claims={mostRebutted} headingLevel="h3" />
        ) : (
          <p>No claim has been answered yet.</p>
        )}
      </section>
    </div>
  );
}
