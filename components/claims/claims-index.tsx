import type { Metadata } from 'next';
import Link from 'next/link';
import { ActiveFilterChips, describeActiveFilters } from '@/components/claims/active-filters';
import { ClaimCardList } from '@/components/claims/claim-card';
import { ClaimFilterForm } from '@/components/claims/claim-filter-form';
import { IfPermitted } from '@/components/accounts/viewer';
import { effectiveSort, type ClaimFilters } from '@/lib/validation/claim-filters';
import { describeFeed, feedAlternates } from '@/lib/domain/feed-links';
import { routes } from '@/lib/routes';
import { findPublishedClaims, getClaimFilterNames, getClaimFilterOptions } from '@/lib/cache/public-record';

// The claims list, one view of it: every view is its filters (a search, a sort, a page included).
// /claims itself is app/(public)/claims/page.tsx; any other view is served from a path that proxy.ts
// moves its query into (lib/list-views.ts), a page cached whole: app/(public)/claims/-query/[query].

// A filtered view is a page of its own (it is meant to be shared): its canonical URL keeps the
// filters, in canonical form, and drops the page cursor.
export function claimsIndexMetadata(filters: ClaimFilters): Metadata {
  const { cursor: _cursor, ...firstPage } = filters;
  return {
    title: filters.q ? `Claims matching “${filters.q}”` : 'Claims',
    description:
      'Every published claim with its claimant, date, verdict, and the counter-statements that answer it. Search and filter by speaker, organization, country, topic and verdict.',
    // The site-wide feeds: new claims are what this list shows first.
    alternates: {
      canonical: routes.claims(firstPage),
      types: feedAlternates('', describeFeed('site', null).title),
    },
  };
}

export async function ClaimsIndex({ filters }: { filters: ClaimFilters }) {
  const sort = effectiveSort(filters);
  const [page, options, names] = await Promise.all([
    findPublishedClaims(filters),
    getClaimFilterOptions(),
    getClaimFilterNames(filters),
  ]);
  const active = describeActiveFilters(filters, names);
  const { cursor, ...firstPageFilters } = filters;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Claims</h1>
        <p className="text-stone-800">
          Published claims, each with who has answered it. Narrow them down with the filters below, or search for a
          person or organization by name.
        </p>
        <IfPermitted permission="claim.propose">
          <p className="font-medium">
            <Link href={routes.newClaim()}>Propose a claim</Link> or{' '}
            <Link href={routes.intake()}>read an article for its quotes</Link>
          </p>
        </IfPermitted>
      </header>
      <ClaimFilterForm filters={filters} sort={sort} options={options} />
      <section aria-labelledby="results-heading" className="space-y-4">
        <h2 id="results-heading" className="text-xl font-bold">
          {filters.q ? `Results for “${filters.q}”` : 'Results'}
        </h2>
        <ActiveFilterChips active={active} />
        <p aria-live="polite" className="text-sm text-stone-700">
          {page.claims.length === 0
            ? 'No claims match.'
            : `Showing ${page.claims.length} claim${page.claims.length === 1 ? '' : 's'}${cursor ? ' (a later page)' : ''}.`}
        </p>
        {page.claims.length > 0 ? (
          <ClaimCardList claims={page.claims} highlight={filters.q} headingLevel="h3" />
        ) : (
          <div className="space-y-2 rounded-lg border border-dashed border-stone-400 p-4">
            <p className="font-semibold">
              No published claim matches {active.length > 1 ? 'all of these filters' : 'this'}.
            </p>
            {active.length > 0 ? (
              <>
                <p>
                  Try loosening it: remove one of the filters above
                  {filters.q ? ', check the spelling, or use fewer words' : ''}.
                </p>
                <p>
                  <Link href={routes.claims()}>See all claims</Link>
                </p>
              </>
            ) : null}
          </div>
        )}
        {page.nextCursor || cursor ? (
          <nav aria-label="Pages of results" className="flex justify-between gap-4 border-t border-stone-200 pt-4">
            {cursor ? <Link href={routes.claims(firstPageFilters)}>First page</Link> : <span />}
            {page.nextCursor ? (
              <Link href={routes.claims({ ...filters, cursor: page.nextCursor })} rel="next">
                Next page
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
