import { z } from 'zod';

// What PostgreSQL can store and compare, as rules every schema that takes text, a date or a count
// from a request builds on. A value outside them makes the query itself fail (a NUL byte, the year
// 0000, an integer past int4), which would surface as a 500 rather than as a refused input.

/** PostgreSQL text cannot hold NUL; lone UTF-16 surrogates have no UTF-8 spelling at all. */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (value: string): boolean => !UNSTORABLE.test(value);

export const UNSTORABLE_TEXT_MESSAGE = 'Remove NUL characters and broken Unicode from the text.';

/** Text that PostgreSQL can store, at most `max` UTF-16 code units long. */
export const storableText = (max: number) => z.string().max(max).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/**
 * `value` cut to at most `max` code units without splitting a surrogate pair (a cut emoji would
 * leave a lone surrogate behind).
 */
export function cutText(value: string, max: number): string {
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) && value.length > max ? cut.slice(0, -1) : cut;
}

// Years PostgreSQL's DATE and the site's data model both make sense of: PostgreSQL has no year 0,
// and four digits are what ISO dates in URLs and forms spell.
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;
const inYearRange = (iso: string) => Number(iso.slice(0, 4)) >= MIN_YEAR;
const YEAR_RANGE_MESSAGE = `Use a year from ${MIN_YEAR} to ${MAX_YEAR}.`;

/** A calendar day, YYYY-MM-DD, in years 1000-9999. */
export const calendarDay = (message?: string) => z.iso.date(message).refine(inYearRange, YEAR_RANGE_MESSAGE);

/** A moment, ISO 8601 with an offset or Z, in years 1000-9999. */
export const isoMoment = () => z.iso.datetime().refine(inYearRange, YEAR_RANGE_MESSAGE);

/** Largest value of PostgreSQL's `integer`: counts compared with one in SQL must not pass it. */
export const MAX_INT4 = 2 ** 31 - 1;

/** A count as PostgreSQL's `integer` holds it: a safe, non-negative integer. */
export const storableCount = () => z.int().min(0).max(MAX_INT4);
