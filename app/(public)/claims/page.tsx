import type { Metadata } from 'next';
import Link from 'next/link';
import { ActiveFilterChips, describeActiveFilters } from '@/components/claims/active-filters';
import { ClaimCardList } from '@/components/claims/claim-card';
import { ClaimFilterForm } from '@/components/claims/claim-filter-form';
import { IfPermitted } from '@/components/accounts/viewer';
import { effectiveSort, parseClaimFilters } from '@/lib/validation/claim-filters';
import { describeFeed, feedAlternates } from '@/lib/domain/feed-links';
import { routes } from '@/lib/routes';
import { findPublishedClaims, getClaimFilterNames, getClaimFilterOptions } from '@/lib/cache/public-record';

// Every view of the list is its query (filters, search, sort, page): rendered for each request from
// cached data (lib/cache/public-record.ts), not streamed behind a fallback that readers without
// JavaScript would never see replaced.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A filtered view is a page of its own (it is meant to be shared): its canonical URL keeps the
// filters, in canonical form, and drops the page cursor.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { cursor: _cursor, ...filters } = parseClaimFilters(await searchParams);
  return {
    title: filters.q ? `Claims matching “${filters.q}”` : 'Claims',
    description:
      'Every published claim with its claimant, date, verdict, and the counter-statements that answer it. Search and filter by speaker, organization, country, topic and verdict.',
    // The site-wide feeds: new claims are what this list shows first.
    alternates: {
      canonical: routes.claims(filters),
      types: feedAlternates('', describeFeed('site', null).title),
    },
  };
}

export default async function ClaimsPage({ searchParams }: Props) {
  // Its query is in canonical form: proxy.ts redirects any other (lib/proxy/canonical-claims-query.ts).
  const filters = parseClaimFilters(await searchParams);
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
            <Link href={routes.newClaim()}>Propose a claim</Link>
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
