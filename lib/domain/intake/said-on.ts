import type { DatePrecision } from '../../generated/prisma/enums';

// When something was said, from the words a news report dates it with ("on Wednesday", "on
// November 23", "in December", "last month"), resolved against the report's own date. English news
// style dates an event by the most recent such day: "on Wednesday" in a report of Thursday 20
// December 2018 is 19 December, and a month named without a year is the latest one not after it.

export type SaidOn = { isoDate: string; precision: DatePrecision };

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')})`;
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';

/** A date expression of news style, anywhere in a text (case-insensitive, whole words). */
export const DATE_EXPRESSION = new RegExp(
  [
    `\\b(?:on\\s+)?(${WEEKDAYS.join('|')})\\b`,
    `\\b(?:on\\s+)?${MONTH}\\s+${ORDINAL}(?:,?\\s+(\\d{4}))?\\b`,
    `\\b(?:on\\s+)?(?:the\\s+)?${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`,
    `\\bin\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`,
    `\\b(last|this)\\s+(month|year)\\b`,
    `\\b(yesterday|today)\\b`,
  ].join('|'),
  'gi',
);

const iso = (date: Date) => date.toISOString().slice(0, 10);
const utcDay = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);
const monthIndex = (name: string) => MONTHS.indexOf(name.toLowerCase());
const day = (year: number, month: number, dayOfMonth: number): SaidOn | null => {
  const date = new Date(Date.UTC(year, month, dayOfMonth));
  return date.getUTCMonth() === month ? { isoDate: iso(date), precision: 'DAY' } : null;
};
const month = (year: number, monthOfYear: number): SaidOn => ({
  isoDate: iso(new Date(Date.UTC(year, monthOfYear, 1))),
  precision: 'MONTH',
});

/** The latest year in which `monthOfYear` (and `dayOfMonth`) is not after the report's date. */
function latestYear(published: Date, monthOfYear: number, dayOfMonth = 1): number {
  const year = published.getUTCFullYear();
  return Date.UTC(year, monthOfYear, dayOfMonth) > published.getTime() ? year - 1 : year;
}

/**
 * The date one expression (a match of DATE_EXPRESSION) stands for, in a report published on
 * `publishedOn` ("2018-12-20"). An explicit year needs no report date; a weekday or a month alone
 * cannot be placed without one, and gives null.
 */
export function resolveDateExpression(expression: string, publishedOn: string | null): SaidOn | null {
  const words = expression.toLowerCase().replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const published = publishedOn ? utcDay(publishedOn) : null;
  const year = words.find((word) => /^\d{4}$/.test(word));
  const monthName = words.find((word) => MONTHS.includes(word));
  const dayOfMonth = words.map((word) => /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word)?.[1]).find(Boolean);
  const weekday = words.find((word) => WEEKDAYS.includes(word));
  if (monthName && dayOfMonth) {
    const m = monthIndex(monthName);
    const y = year ? Number(year) : published ? latestYear(published, m, Number(dayOfMonth)) : null;
    return y === null ? null : day(y, m, Number(dayOfMonth));
  }
  if (monthName) {
    const m = monthIndex(monthName);
    const y = year ? Number(year) : published ? latestYear(published, m) : null;
    return y === null ? null : month(y, m);
  }
  if (!published) return null;
  if (weekday) {
    const back = (published.getUTCDay() - WEEKDAYS.indexOf(weekday) + 7) % 7;
    return { isoDate: iso(new Date(published.getTime() - back * 86_400_000)), precision: 'DAY' };
  }
  if (words.includes('yesterday'))
    return { isoDate: iso(new Date(published.getTime() - 86_400_000)), precision: 'DAY' };
  if (words.includes('today')) return { isoDate: iso(published), precision: 'DAY' };
  const [which, unit] = words;
  const shift = which === 'last' ? 1 : 0;
  if (unit === 'month') return month(published.getUTCFullYear(), published.getUTCMonth() - shift);
  if (unit === 'year') return { isoDate: `${published.getUTCFullYear() - shift}-01-01`, precision: 'YEAR' };
  return null;
}
