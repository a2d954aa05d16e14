import { z } from 'zod';
import { Verdict } from '../generated/prisma/enums';
import { urlSpelling, urlSpellings } from '../domain/url-spelling';
import { calendarDay, cutText, isStorableText, UNSTORABLE_TEXT_MESSAGE } from './storable';
import { cursorText } from './cursors';
import { slugSegment } from './url-segments';

// The filters of the claim index, as they travel in the URL (?q=…&org=…&sort=…). Each filter is
// defined once, strictly, in `claimFilterParams`: the API answers a bad value with 400. The page
// wraps the same schemas so that bad values are dropped rather than reported: a hand-edited or
// stale URL still shows results, never an error page.

export const CLAIM_SORTS = ['newest', 'oldest', 'most-rebutted', 'relevance'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export const MAX_QUERY_LENGTH = 200;

/** A verdict as URLs spell it: MOSTLY_FALSE is "mostly-false". */
export const verdictToParam = (verdict: Verdict) => urlSpelling(verdict);
const verdictParam = z
  .enum(urlSpellings(Verdict))
  .transform((value) => z.enum(Verdict).parse(value.toUpperCase().replace(/-/g, '_')));
const slug = slugSegment;
const isoDay = calendarDay();

/** Each filter, strictly; descriptions go into the API's OpenAPI document. */
export const claimFilterParams = {
  // Long queries are cut, not refused; blank ones are no query. One PostgreSQL cannot hold (a NUL
  // byte) is refused: no claim could match it.
  q: z
    .string()
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .transform((value) => cutText(value.replace(/\s+/g, ' ').trim(), MAX_QUERY_LENGTH) || undefined)
    .meta({
      description: `Search words: claim summaries, quotes, speakers, organizations and outlets. Cut at ${MAX_QUERY_LENGTH} characters.`,
    }),
  person: slug.meta({ description: 'Slug of the person who made the claim.' }),
  org: slug.meta({ description: 'Slug of an organization that answered the claim (itself or through a member).' }),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((value) => value.toUpperCase())
    .meta({ description: 'ISO 3166-1 alpha-2 code of a country whose organizations answered the claim.' }),
  topic: slug.meta({ description: 'Slug of a topic of the claim.' }),
  verdict: verdictParam.meta({ description: "The claim's verdict." }),
  from: isoDay.meta({ description: 'Claimed on or after this day (YYYY-MM-DD, years 1000 to 9999).' }),
  to: isoDay.meta({ description: 'Claimed on or before this day (YYYY-MM-DD, years 1000 to 9999).' }),
  rebutted: z.enum(['yes', 'no']).meta({ description: 'Only claims with (yes) or without (no) counter-statements.' }),
  sort: z
    .enum(CLAIM_SORTS)
    .meta({ description: 'Order of the list: newest by default, relevance by default when searching.' }),
  cursor: cursorText,
};

const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const claimFiltersSchema = z.object({
  q: lenient(claimFilterParams.q),
  person: lenient(claimFilterParams.person),
  org: lenient(claimFilterParams.org),
  country: lenient(claimFilterParams.country),
  topic: lenient(claimFilterParams.topic),
  // The page forgives a verdict's case (?verdict=FALSE); the API documents and wants lower case.
  verdict: lenient(z.string().toLowerCase().pipe(claimFilterParams.verdict)),
  from: lenient(claimFilterParams.from),
  to: lenient(claimFilterParams.to),
  rebutted: lenient(claimFilterParams.rebutted),
  sort: lenient(claimFilterParams.sort),
  cursor: lenient(claimFilterParams.cursor),
});

export type ClaimFilters = z.infer<typeof claimFiltersSchema>;
export type ClaimFilterName = Exclude<keyof ClaimFilters, 'cursor'>;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseClaimFilters(searchParams: SearchParams): ClaimFilters {
  // A repeated parameter (?q=a&q=b) counts once: the first wins.
  const firsts = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = claimFiltersSchema.parse(firsts);
  // Only the filters in force: dropped values leave no key behind.
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as ClaimFilters;
}

/** The sort in force: relevance when searching and nothing else was asked for, else newest. */
export function effectiveSort(filters: ClaimFilters): ClaimSort {
  if (filters.sort === 'relevance' && !filters.q) return 'newest';
  return filters.sort ?? (filters.q ? 'relevance' : 'newest');
}

const URL_ORDER: (keyof ClaimFilters)[] = [
  'q',
  'person',
  'org',
  'country',
  'topic',
  'verdict',
  'from',
  'to',
  'rebutted',
  'sort',
  'cursor',
];

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
