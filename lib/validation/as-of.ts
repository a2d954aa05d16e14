import { parseIsoDay } from '../domain/dates';
import { calendarDay } from './storable';

// ?asOf=YYYY-MM-DD: a calendar day in years 1000-9999 (as every day the site reads), and not after
// today, for the record of a day to come is not known. A day before the claim was said is valid
// here: the page then says the claim had not been made yet (lib/domain/as-of.ts).

export const AS_OF_DESCRIPTION =
  'The record as it stood on this day (YYYY-MM-DD, UTC, not after today): only the answers said by then, and the verdict in force then.';

export const asOfDay = calendarDay('Give the day as YYYY-MM-DD.');

export const afterTodayMessage = 'The record of a day to come is not known: give today or an earlier day.';

/** Whether a valid day is after `today` (midnight UTC). */
export const isAfter = (isoDay: string, today: Date) => parseIsoDay(isoDay).getTime() > today.getTime();

/** The day an ?asOf= value names, or null when it names none (not a day, out of range, after today, repeated). */
export function parseAsOf(value: string | string[] | null | undefined, today: Date): string | null {
  const parsed = asOfDay.safeParse(value);
  return parsed.success && !isAfter(parsed.data, today) ? parsed.data : null;
}
