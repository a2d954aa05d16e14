import Link from 'next/link';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/layout/page-header';
import { StatementQuote } from '@/components/quotes/statement-quote';
import type { ClaimDetail } from '@/lib/dal/claims';
import { routes } from '@/lib/routes';

/** A claim page's header: the summary, the quote, what the page says under it, and the claim's topics. */
export function ClaimHeader({
  claim,
  children,
}: {
  claim: Pick<ClaimDetail, 'summary' | 'claim' | 'topics'>;
  children?: ReactNode;
}) {
  return (
    <PageHeader eyebrow="Claim" title={claim.summary}>
      <StatementQuote statement={claim.claim} size="large" />
      {children}
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
