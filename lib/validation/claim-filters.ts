import { z } from 'zod';
import { Verdict } from '../generated/prisma/enums';
import { SLUG_PATTERN } from '../domain/slug';

// The filters of the claim index, as they travel in the URL (?q=…&org=…&sort=…). One schema
// serves the page, and later the API. Bad values are dropped rather than reported: a hand-edited
// or stale URL still shows results, never an error page.

export const CLAIM_SORTS = ['newest', 'oldest', 'most-rebutted', 'relevance'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export const MAX_QUERY_LENGTH = 200;

/** A verdict as URLs spell it: MOSTLY_FALSE is "mostly-false". */
export const verdictToParam = (verdict: Verdict) => verdict.toLowerCase().replace(/_/g, '-');
const verdictParam = z
  .string()
  .transform((value) => value.toUpperCase().replace(/-/g, '_'))
  .pipe(z.enum(Verdict));
const slug = z.string().regex(SLUG_PATTERN).max(120);
const isoDay = z.iso.date();

const claimFiltersSchema = z.object({
  // Long queries are cut, not refused; blank ones are no query.
  q: z.string().transform((value) => value.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH) || undefined).optional().catch(undefined),
  person: slug.optional().catch(undefined),
  org: slug.optional().catch(undefined),
  country: z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase()).optional().catch(undefined),
  topic: slug.optional().catch(undefined),
  verdict: verdictParam.optional().catch(undefined),
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
  rebutted: z.enum(['yes', 'no']).optional().catch(undefined),
  sort: z.enum(CLAIM_SORTS).optional().catch(undefined),
  cursor: z.string().max(500).optional().catch(undefined),
});

export type ClaimFilters = z.infer<typeof claimFiltersSchema>;
export type ClaimFilterName = Exclude<keyof ClaimFilters, 'cursor'>;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseClaimFilters(searchParams: SearchParams): ClaimFilters {
  // A repeated parameter (?q=a&q=b) counts once: the first wins.
  const firsts = Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = claimFiltersSchema.parse(firsts);
  // Only the filters in force: dropped values leave no key behind.
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as ClaimFilters;
}

/** The sort in force: relevance when searching and nothing else was asked for, else newest. */
export function effectiveSort(filters: ClaimFilters): ClaimSort {
  if (filters.sort === 'relevance' && !filters.q) return 'newest';
  return filters.sort ?? (filters.q ? 'relevance' : 'newest');
}

const URL_ORDER: (keyof ClaimFilters)[] = ['q', 'person', 'org', 'country', 'topic', 'verdict', 'from', 'to', 'rebutted', 'sort', 'cursor'];

/** The query string for these filters, in a stable order, verdicts in their URL spelling. */
export function claimFiltersToQuery(filters: ClaimFilters): string {
  const params = new URLSearchParams();
  for (const key of URL_ORDER) {
    const value = key === 'verdict' && filters.verdict ? verdictToParam(filters.verdict) : filters[key];
    if (value === undefined) continue;
    params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The same filters without one of them (and back on the first page). */
export function withoutFilter(filters: ClaimFilters, name: ClaimFilterName): ClaimFilters {
  const { [name]: _removed, cursor: _cursor, ...rest } = filters;
  return rest;
}

/**
 * The canonical query string when the URL's differs from it (empty form fields, dropped bad
 * values, another order), else null. Pages redirect there, so a shared link is clean.
 */
export function canonicalQueryIfDifferent(searchParams: SearchParams, filters: ClaimFilters): string | null {
  const given = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) given.append(key, item);
  }
  const canonical = claimFiltersToQuery(filters);
  return given.toString() === canonical.replace(/^\?/, '') ? null : canonical;
}
