import type { ClaimDetail } from '@/lib/dal/claims';
import { buildClaimReview, serializeJsonLd } from '@/lib/domain/claim-review';
import { env } from '@/lib/env';

/** The claim's schema.org ClaimReview, for search engines and other fact-checkers. */
export function ClaimReviewJsonLd({ claim }: { claim: ClaimDetail }) {
  const review = buildClaimReview({
    siteUrl: env.SITE_URL,
    slug: claim.slug,
    summary: claim.summary,
    verdict: claim.verdict,
    publishedAt: claim.publishedAt,
    updatedAt: claim.updatedAt,
    claim: claim.claim,
    counterStatements: claim.counterStatementGroups.flatMap((group) => group.items),
    repetitions: claim.repetitions,
  });
  // The one use of dangerouslySetInnerHTML: serializeJsonLd escapes <, > and &, so nothing in a
  // quote can close this script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(review) }} />;
}
