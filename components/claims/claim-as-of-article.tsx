import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { AsOfBanner } from '@/components/as-of/as-of-banner';
import { AsOfNavigation } from '@/components/claims/as-of-navigation';
import { ClaimHeader } from '@/components/claims/claim-header';
import { ClaimTimeline } from '@/components/claims/claim-timeline';
import { ClaimCorrections } from '@/components/claims/correction-entry';
import { CounterStatementGroups } from '@/components/claims/counter-statement-groups';
import { ExpectedParties } from '@/components/claims/expected-parties';
import { VerdictBadge } from '@/components/claims/verdict-badge';
import { CounterStatementCounts } from '@/components/counter-statements/counter-statement-counts';
import {
  findCurrentClaimSlug,
  getPublishedClaimAsOfOrNull,
  getPublishedClaimTimelineOrNull,
} from '@/lib/cache/public-record';
import type { RatingInForce } from '@/lib/dal/claim-as-of';
import { claimPagePathWithEveryCounterStatement } from '@/lib/domain/claim-page';
import { displayDate, displayTimestamp, parseIsoDay } from '@/lib/domain/dates';
import { counterStatementAnchor, routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site-url';

function VerdictAsOf({ rating, dayLabel, slug }: { rating: RatingInForce | null; dayLabel: string; slug: string }) {
  return (
    <section aria-labelledby="verdict-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="verdict-heading" className="flex flex-wrap items-center gap-3 text-xl font-bold">
        Our verdict on {dayLabel}
        {rating ? <VerdictBadge verdict={rating.verdict} size="large" announce={false} /> : null}
      </h2>
      {rating ? (
        <>
          <p>{rating.verdictExplanation}</p>
          <p className="text-sm text-stone-800">
            As saved on <time dateTime={rating.savedAt.toISOString()}>{displayTimestamp(rating.savedAt).label}</time>.
          </p>
        </>
      ) : (
        <p>Not yet rated: on that day this claim had not been rated here. Our verdict came later.</p>
      )}
      <p className="text-sm">
        <Link href={routes.methodology('verdicts')}>What our verdicts mean</Link> ·{' '}
        <Link href={routes.claimHistory(slug)}>Every change to our verdict</Link>
      </p>
    </section>
  );
}

/**
 * A claim's page as it stood at the end of a day (lib/dal/claim-as-of.ts): the answers said by then,
 * their timeline, response times and who of those expected to answer had not, and the verdict in
 * force then. The same for every reader, so it is cached whole, one page per day
 * (app/(public)/claims/[slug]/-as-of/[day]).
 */
export async function ClaimAsOfArticle({ slug, day }: { slug: string; day: string }) {
  const record = await getPublishedClaimAsOfOrNull(slug, day);
  if (!record) {
    const current = await findCurrentClaimSlug(slug);
    if (current) permanentRedirect(routes.claimAsOf(current, day));
    notFound();
  }
  const dayLabel = displayDate(parseIsoDay(day)).label;
  // Today's timeline for its days, later ones too: the reader steps forward as well as back.
  const navigation = (
    <AsOfNavigation
      slug={record.claim.slug}
      timeline={await getPublishedClaimTimelineOrNull(record.claim.id)}
      current={day}
    />
  );

  if (!record.said) {
    const { claim } = record;
    return (
      <article className="space-y-10">
        <AsOfBanner dayLabel={dayLabel} todayHref={routes.claim(claim.slug)} />
        <ClaimHeader claim={claim} />
        <p role="note" className="rounded-lg border border-dashed border-stone-400 p-4">
          Nothing to show as of {dayLabel}: this claim is not on record as made by then
          {claim.claim.saidOn ? ` (it was made on ${claim.claim.saidOn.label})` : ' (its date is not known)'}.{' '}
          <Link href={routes.claim(claim.slug)}>See the record as of today</Link>
        </p>
        {navigation}
      </article>
    );
  }

  const { claim } = record;
  const counterStatementLinksBase = absoluteUrl(
    claimPagePathWithEveryCounterStatement(claim.slug, claim.counterStatementCount),
  );
  return (
    <article className="space-y-10">
      <AsOfBanner dayLabel={dayLabel} todayHref={routes.claim(claim.slug)} />
      <ClaimHeader claim={claim} />
      <VerdictAsOf rating={record.rating} dayLabel={dayLabel} slug={claim.slug} />

      <ClaimCorrections corrections={claim.corrections} heading="Corrections by then" />

      <section aria-labelledby="counter-statements-heading" className="space-y-6">
        <div className="space-y-1">
          <h2 id="counter-statements-heading" className="text-2xl font-bold">
            Counter-statements said by {dayLabel}
          </h2>
          <CounterStatementCounts
            total={claim.counterStatementCount}
            byAffiliation={claim.counterStatementsByAffiliation}
          />
        </div>
        <CounterStatementGroups
          claim={claim}
          claimUrl={counterStatementLinksBase}
          empty={`None yet: no counter-statement on record had been said by ${dayLabel}.`}
        />
      </section>

      {record.expectedParties ? <ExpectedParties parties={record.expectedParties} /> : null}

      {/* Every answer of that day, each linked where it stands on this page. */}
      <ClaimTimeline
        timeline={record.timeline}
        claim={claim}
        showAll
        answerHref={(id) => `#${counterStatementAnchor(id)}`}
      />
      {navigation}
    </article>
  );
}
