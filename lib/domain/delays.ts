import type { DatePrecision } from '../generated/prisma/enums';

// How long after a claim something was said. A statement's date may be known only to the month or
// the year, so it stands for every day it may have been: an interval of days. A delay between two
// such intervals is then a range, from the shortest to the longest the dates allow, and is stated
// as one ("41–71 days"), never as a single number that would claim a precision the sources lack.

const DAY_MS = 86_400_000;

/** The days a statement may have been said on, both inclusive, each midnight UTC as stored. */
export type DayInterval = { first: Date; last: Date };

/** Whole days from one stored date to another: the dates are midnight UTC, so no DST can skew it. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The day, the month or the year a date with this precision stands for. */
export function dayInterval(date: Date, precision: DatePrecision): DayInterval {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (precision) {
    case 'DAY':
      return { first: date, last: date };
    case 'MONTH':
      // Day 0 of the next month is the last day of this one.
      return { first: new Date(Date.UTC(year, month, 1)), last: new Date(Date.UTC(year, month + 1, 0)) };
    case 'YEAR':
      return { first: new Date(Date.UTC(year, 0, 1)), last: new Date(Date.UTC(year, 11, 31)) };
  }
}

/** The days a date stands for, from its ISO form as precise as known: "2018-12-19", "2018-12" or "2018". */
export function dayIntervalOfIso(iso: string): DayInterval {
  const precision: DatePrecision = iso.length === 4 ? 'YEAR' : iso.length === 7 ? 'MONTH' : 'DAY';
  const day = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
  return dayInterval(new Date(`${day}T00:00:00Z`), precision);
}

/**
 * Days from the claim to an answer, as the range its dates allow: equal bounds when both are known
 * to the day; negative when the answer was said before the claim (a statement on record before a
 * claim may still contradict it). `label` states it for a reader.
 */
export type Delay = { minDays: number; maxDays: number; label: string };

export function delayBetween(claim: DayInterval & { precision: DatePrecision }, answer: DayInterval): Delay {
  const minDays = daysBetween(claim.last, answer.first);
  const maxDays = daysBetween(claim.first, answer.last);
  return {
    minDays,
    maxDays,
    label: delayLabel(minDays, maxDays, sameInterval(claim, answer) ? claim.precision : 'DAY'),
  };
}

function sameInterval(a: DayInterval, b: DayInterval): boolean {
  return a.first.getTime() === b.first.getTime() && a.last.getTime() === b.last.getTime();
}

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** A range of days from a claim, in words: "1 day", "41–71 days", "14 days before the claim". */
export function describeDelay(minDays: number, maxDays: number): string {
  return delayLabel(minDays, maxDays, 'DAY');
}

/** `samePeriod`: the claim and the answer are known to the same day, month or year, and no closer. */
function delayLabel(minDays: number, maxDays: number, samePeriod: DatePrecision): string {
  if (minDays === maxDays) {
    if (minDays === 0) return 'the same day';
    return minDays > 0 ? days(minDays) : `${days(-minDays)} before the claim`;
  }
  if (samePeriod === 'MONTH') return 'within the same month';
  if (samePeriod === 'YEAR') return 'within the same year';
  if (minDays >= 0) return `${minDays}–${days(maxDays)}`;
  if (maxDays <= 0) return `${-maxDays}–${days(-minDays)} before the claim`;
  return `between ${days(-minDays)} before and ${days(maxDays)} after the claim`;
}
