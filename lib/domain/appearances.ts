import type { DatePrecision } from '../generated/prisma/enums';
import { displayDate, type DisplayDate } from './dates';
import { dayInterval } from './delays';
import { countOf } from './plural';

// How often and over what span a claim was made: its own statement is its first appearance, each
// repetition recorded against it another. A date known only to the month or the year stands for
// that whole month or year (./delays.ts), so the span runs from the earliest day any appearance may
// have been said to the latest, and each end is stated with the precision its source gives it.

export type AppearanceDate = { saidOn: Date; precision: DatePrecision };

export type AppearanceSpan = {
  /** Every appearance, the claim's own statement included: 1 for a claim said once. */
  count: number;
  /** The earliest and the latest dated appearance; null when no appearance has a date. */
  first: DisplayDate | null;
  last: DisplayDate | null;
};

/** A statement's date as an appearance's, or null when the source gives none. */
export const appearanceDateOf = (statement: {
  saidOn: Date | null;
  saidOnPrecision: DatePrecision;
}): AppearanceDate | null =>
  statement.saidOn ? { saidOn: statement.saidOn, precision: statement.saidOnPrecision } : null;

/** The span of a claim's appearances; an appearance of unknown date (null) counts but dates nothing. */
export function appearanceSpan(dates: readonly (AppearanceDate | null)[]): AppearanceSpan {
  const dated = dates.filter((date): date is AppearanceDate => date !== null);
  const intervals = dated.map((date) => ({ date, ...dayInterval(date.saidOn, date.precision) }));
  const first = intervals.reduce<(typeof intervals)[number] | null>(
    (earliest, interval) => (!earliest || interval.first < earliest.first ? interval : earliest),
    null,
  );
  const last = intervals.reduce<(typeof intervals)[number] | null>(
    (latest, interval) => (!latest || interval.last > latest.last ? interval : latest),
    null,
  );
  const display = (interval: (typeof intervals)[number] | null) =>
    interval ? displayDate(interval.date.saidOn, interval.date.precision) : null;
  return { count: dates.length, first: display(first), last: display(last) };
}

/** The dates that bound the span as a reader is told it: none, one (all in one day, month or year), or first and last. */
export function spanEnds(span: AppearanceSpan): DisplayDate[] {
  if (!span.first || !span.last) return [];
  return span.first.label === span.last.label ? [span.first] : [span.first, span.last];
}

/** "3 times": how often the claim was made. */
export const timesSaid = (span: AppearanceSpan) => countOf(span.count, 'time', 'times');

/** "said 3 times, December 2018 to February 2019"; null for a claim said once, which needs no such line. */
export function saidTimesLabel(span: AppearanceSpan): string | null {
  if (span.count < 2) return null;
  const ends = spanEnds(span);
  const times = `said ${timesSaid(span)}`;
  return ends.length ? `${times}, ${ends.map((end) => end.label).join(' to ')}` : times;
}
