import Link from 'next/link';
import type { ClaimFilterNames } from '@/lib/dal/claim-filter-options';
import { displayDate, parseIsoDay } from '@/lib/domain/dates';
import { countryName } from '@/lib/domain/affiliation';
import { verdictDefinition } from '@/lib/domain/verdicts';
import { withoutFilter, type ClaimFilterName, type ClaimFilters } from '@/lib/validation/claim-filters';
import { routes } from '@/lib/routes';

export type ActiveFilter = { name: ClaimFilterName; label: string; removeHref: string };

/** The filters in force, each with a human label and the URL of the same view without it. */
export function describeActiveFilters(filters: ClaimFilters, names: ClaimFilterNames): ActiveFilter[] {
  const day = (iso: string) => displayDate(parseIsoDay(iso)).label;
  const labels: Partial<Record<ClaimFilterName, string>> = {
    q: filters.q && `Search: “${filters.q}”`,
    person: filters.person && `Claimed by ${names.person ?? filters.person}`,
    org: filters.org && `Answered by ${names.org ?? filters.org}`,
    country: filters.country && `Answered from ${countryName(filters.country)}`,
    topic: filters.topic && `Topic: ${names.topic ?? filters.topic}`,
    verdict: filters.verdict && `Verdict: ${verdictDefinition(filters.verdict).label}`,
    from: filters.from && `From ${day(filters.from)}`,
    to: filters.to && `Until ${day(filters.to)}`,
    rebutted: filters.rebutted && (filters.rebutted === 'yes' ? 'Rebutted' : 'Not yet rebutted'),
  };
  return (Object.entries(labels) as [ClaimFilterName, string | undefined][]).flatMap(([name, label]) =>
    label ? [{ name, label, removeHref: routes.claims(withoutFilter(filters, name)) }] : [],
  );
}

export function ActiveFilterChips({ active }: { active: ActiveFilter[] }) {
  if (active.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      {active.map((filter) => (
        <Link
          key={filter.name}
          href={filter.removeHref}
          className="inline-flex items-center gap-1 rounded-full border border-stone-400 bg-white px-3 py-1 text-sm no-underline hover:bg-stone-100"
        >
          {filter.label}
          <span aria-hidden="true">×</span>
          <span className="sr-only">(remove this filter)</span>
        </Link>
      ))}
      {active.length > 1 ? (
        <Link href={routes.claims()} className="text-sm">
          Clear all
        </Link>
      ) : null}
    </div>
  );
}
