import type { DatePrecision } from '../generated/prisma/enums';
import { toIsoDay } from './dates';
import { addDays, type DayInterval } from './delays';

// The record as it stood on a day (?asOf=YYYY-MM-DD): what had been said by then, and what we had
// published by then. Two questions, answered here once so that every as-of view (a claim page, its
// API entry, a topic timeline, later a claim's repetitions) answers them alike.
//
// "Said by that day" is about the world's calendar. A statement dated only to a month or a year may
// have been said on any day of it, so it is in the record as of a day only once its whole period has
// passed: as of 15 December 2018, an answer of "December 2018" is left out, since it may have come on
// the 31st; as of 31 December it is in. An undated statement cannot be placed before any day, so it
// is left out of every as-of view (the current page still lists it).
//
// "In force that day" is about our own record: the revision saved last by the end of the day (UTC).

/** When a statement was said, as precisely as known (a statement row's own columns). */
export type SaidOn = { saidOn: Date | null; saidOnPrecision: DatePrecision };

/**
 * For each precision, the stored dates that count as said by the end of `day` are those before
 * this one: the start of the day, month or year that holds the next day. (A month's last day is on or
 * before `day` exactly when the month begins before the month of the day after.) One rule, for the
 * predicate below and for a query's condition alike (lib/dal/said-by.ts).
 */
export function saidByCutoffs(day: Date): Record<DatePrecision, Date> {
  const next = addDays(day, 1);
  return {
    DAY: next,
    MONTH: new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), 1)),
    YEAR: new Date(Date.UTC(next.getUTCFullYear(), 0, 1)),
  };
}

/** Whether a statement had certainly been said by the end of `day` (midnight UTC, as stored). */
export function isSaidBy(statement: SaidOn, day: Date): boolean {
  if (!statement.saidOn) return false;
  return statement.saidOn.getTime() < saidByCutoffs(day)[statement.saidOnPrecision].getTime();
}

/** Whether a moment (a revision saved, a correction published) falls on or before `day`, in UTC. */
export const isOnOrBefore = (moment: Date, day: Date): boolean => moment.getTime() < addDays(day, 1).getTime();

/**
 * The revision in force at the end of `day`: the last saved on or before it, or null when none had
 * been saved yet. Revisions in any order; ties (one transaction) go to the later in the list.
 */
export function revisionInForce<Revision extends { createdAt: Date }>(
  revisions: readonly Revision[],
  day: Date,
): Revision | null {
  let inForce: Revision | null = null;
  for (const revision of revisions) {
    if (!isOnOrBefore(revision.createdAt, day)) continue;
    if (!inForce || revision.createdAt.getTime() >= inForce.createdAt.getTime()) inForce = revision;
  }
  return inForce;
}

/**
 * The days on which a record changed, as YYYY-MM-DD, oldest first, each once: for each dated
 * statement the day it counts as said from (its period's last day, as isSaidBy has it). What a
 * reader steps through to see the record grow.
 */
export function daysTheRecordChanged(intervals: readonly (DayInterval | null)[]): string[] {
  const days = new Set(intervals.flatMap((interval) => (interval ? [toIsoDay(interval.last)] : [])));
  return [...days].sort();
}
