import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { IfPermitted } from '@/components/accounts/viewer';
import { ClaimCorrections } from '@/components/claims/correction-entry';
import { ClaimRepetitions } from '@/components/claims/claim-repetitions';
import { ExpectedParties } from '@/components/claims/expected-parties';
import { AsOfNavigation } from '@/components/claims/as-of-navigation';
import { ClaimHeader } from '@/components/claims/claim-header';
import { ClaimReviewJsonLd } from '@/components/claims/claim-review-json-ld';
import { ClaimTimeline } from '@/components/claims/claim-timeline';
import { CounterStatementGroups } from '@/components/claims/counter-statement-groups';
import { RelatedClaims } from '@/components/claims/related-claims';
import { SaidTimes } from '@/components/claims/said-times';
import { VerdictBadge } from '@/components/claims/verdict-badge';
import { CounterStatementCounts } from '@/components/counter-statements/counter-statement-counts';
import { ShareClaim } from '@/components/sharing/share-claim';
import {
  findCurrentClaimSlug,
  getPublishedClaimBySlugOrNull,
  getPublishedClaimTimelineOrNull,
  getPublishedExpectedParties,
  getPublishedRelatedClaims,
} from '@/lib/cache/public-record';
import { claimPagePathWithEveryCounterStatement } from '@/lib/domain/claim-page';
import { claimShareText } from '@/lib/domain/share-links';
import { verdictDefinition } from '@/lib/domain/verdicts';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site-url';

/**
 * A claim's page: the claim, our verdict, corrections, and the counter-statements that answer it,
 * the first ones or (`showAll`) every one. The same for every reader, so it is cached whole; an
 * editor's links appear in their browser (IfPermitted).
 */
export async function ClaimArticle({ slug, showAll }: { slug: string; showAll: boolean }) {
  const claim = await getPublishedClaimBySlugOrNull(slug, showAll ? 'all' : 'first');
  if (!claim) {
    // A slug the claim used to have answers 308 with its current URL, so old links keep working.
    // Here, not in generateMetadata: metadata may stream after the response has begun.
    const current = await findCurrentClaimSlug(slug);
    if (current) permanentRedirect(routes.claim(current, { showAll }));
    notFound();
  }
  const [timeline, relatedClaims, expectedParties] = await Promise.all([
    claim.counterStatementCount ? getPublishedClaimTimelineOrNull(claim.id) : null,
    getPublishedRelatedClaims(claim.id),
    getPublishedExpectedParties(claim.id),
  ]);
  const url = absoluteUrl(routes.claim(claim.slug));
  const counterStatementLinksBase = absoluteUrl(
    claimPagePathWithEveryCounterStatement(claim.slug, claim.counterStatementCount),
  );
  const shareText = claimShareText({
    summary: claim.summary,
    claimant: claim.claim.speakerName,
    verdictLabel: verdictDefinition(claim.verdict).label,
  });
  return (
    <article className="space-y-10">
      <ClaimReviewJsonLd claim={claim} />
      <ClaimHeader claim={claim}>
        <SaidTimes span={claim.appearances} className="font-medium" />
      </ClaimHeader>

      <section aria-labelledby="verdict-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="verdict-heading" className="flex flex-wrap items-center gap-3 text-xl font-bold">
          Our verdict <VerdictBadge verdict={claim.verdict} size="large" announce={false} />
        </h2>
        <p>{claim.verdictExplanation}</p>
        <p className="text-sm">
          <Link href={routes.methodology('verdicts')}>What our verdicts mean</Link> ·{' '}
          <Link href={routes.claimHistory(claim.slug)}>History</Link>
          <IfPermitted permission="claim.publish">
            {' · '}
            <Link href={routes.claimEdit(claim.slug)} className="font-medium">
              Edit this claim
            </Link>
            {' · '}
            <Link href={routes.newRepetition(claim.slug)} className="font-medium">
              Record a repetition
            </Link>
          </IfPermitted>
        </p>
      </section>

      <ClaimCorrections corrections={claim.corrections} heading="Corrections" />

      <ShareClaim url={url} title={claim.summary} text={shareText} />

      <section aria-labelledby="counter-statements-heading" className="space-y-6">
        <div className="space-y-1">
          <h2 id="counter-statements-heading" className="text-2xl font-bold">
            Counter-statements
          </h2>
          <CounterStatementCounts
            total={claim.counterStatementCount}
            byAffiliation={claim.counterStatementsByAffiliation}
          />
          <IfPermitted permission="counterStatement.propose">
            <p className="font-medium">
              <Link href={routes.newCounterStatement(claim.slug)}>Propose a counter-statement</Link>
            </p>
          </IfPermitted>
        </div>
        <CounterStatementGroups
          claim={claim}
          claimUrl={counterStatementLinksBase}
          empty="No counter-statements yet: none of our sources has answered this claim so far."
        />
        {claim.counterStatementsShown < claim.counterStatementCount ? (
          <p className="rounded-lg border border-stone-300 bg-white p-4">
            These are the {claim.counterStatementsShown} strongest of {claim.counterStatementCount} counter-statements.{' '}
            <Link href={routes.claim(claim.slug, { showAll: true, anchor: 'counter-statements-heading' })}>
              Show all {claim.counterStatementCount} counter-statements
            </Link>
          </p>
        ) : null}
      </section>

      {claim.repetitions.length ? <ClaimRepetitions repetitions={claim.repetitions} span={claim.appearances} /> : null}

      {expectedParties ? <ExpectedParties parties={expectedParties} /> : null}

      {timeline ? (
        <>
          <ClaimTimeline timeline={timeline} claim={claim} showAll={showAll} />
          <AsOfNavigation slug={claim.slug} timeline={timeline} current={null} />
        </>
      ) : null}

      {relatedClaims.length ? <RelatedClaims claims={relatedClaims} /> : null}
    </article>
  );
}
