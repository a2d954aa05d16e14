import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { StatementQuote } from '@/components/quotes/statement-quote';
import type { ClaimDetail } from '@/lib/dal/claims';
import { routes } from '@/lib/routes';

/** A claim page's header: the summary, the quote, and the claim's topics. */
export function ClaimHeader({ claim }: { claim: Pick<ClaimDetail, 'summary' | 'claim' | 'topics'> }) {
  return (
    <PageHeader eyebrow="Claim" title={claim.summary}>
      <StatementQuote statement={claim.claim} size="large" />
      {claim.topics.length ? (
        <p className="text-sm text-stone-700">
          Topics:{' '}
          {claim.topics.map((topic, index) => (
            <span key={topic.slug}>
              {index > 0 ? ', ' : null}
              <Link href={routes.topic(topic.slug)}>{topic.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </PageHeader>
  );
}
