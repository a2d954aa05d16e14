import type { DatePrecision } from '../generated/prisma/enums';

// Calendar dates are stored as PostgreSQL DATEs, which arrive as midnight UTC: format them in UTC
// so a reader west of Greenwich does not see the day before.

export type DisplayDate = { label: string; /** a valid <time datetime> value */ iso: string };

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { day: 'numeric', month: 'long', year: 'numeric' },
  MONTH: { month: 'long', year: 'numeric' },
  YEAR: { year: 'numeric' },
};
const ISO_LENGTH: Record<DatePrecision, number> = { DAY: 10, MONTH: 7, YEAR: 4 };

/** A calendar day ("2018-12-19") as the Date PostgreSQL stores for it: midnight UTC. */
export function parseIsoDay(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** The calendar day of a stored DATE, as "2018-12-19". */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function displayDate(date: Date, precision: DatePrecision = 'DAY'): DisplayDate {
  return {
    label: new Intl.DateTimeFormat('en-GB', { ...FORMATS[precision], timeZone: 'UTC' }).format(date),
    iso: date.toISOString().slice(0, ISO_LENGTH[precision]),
  };
}

const PRECISION_OF_ISO_LENGTH: Record<number, DatePrecision> = { 10: 'DAY', 7: 'MONTH', 4: 'YEAR' };

/** A date as displayDate gave it, back to the stored day (the first of its month or year) and its precision. */
export function storedDateOf(date: DisplayDate): { saidOn: Date; saidOnPrecision: DatePrecision } {
  const saidOnPrecision = PRECISION_OF_ISO_LENGTH[date.iso.length] ?? 'DAY';
  return { saidOn: parseIsoDay(`${date.iso}-01-01`.slice(0, 10)), saidOnPrecision };
}

const TIMESTAMP_FORMAT = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
  hourCycle: 'h23',
});

/** A moment (an audit event, a session), to the minute, in UTC so that every reader sees one time. */
export function displayTimestamp(date: Date): DisplayDate {
  return { label: `${TIMESTAMP_FORMAT.format(date)} UTC`, iso: date.toISOString() };
}
