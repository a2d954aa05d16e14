import { addDays, daysBetween, type DayInterval } from './delays';

// The time axis a timeline is drawn on: from a little before the earliest day to a little after
// the latest, with at most MAX_TICKS ticks on days, months or years, whichever fits the span, so
// that the labels ("16 Dec 2018") fit side by side across a phone's width.

export type AxisTick = { at: Date; label: string; /** a valid <time datetime> value */ iso: string };

/** `end` is exclusive: a day occupies [day, day + 1), so the last day has a width too. */
export type TimeAxis = { start: Date; end: Date; ticks: AxisTick[] };

const MAX_TICKS = 4;
const DAY_STEPS = [1, 2, 7, 14, 28];
const MONTH_STEPS = [1, 2, 3, 6, 12];
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function buildTimeAxis(intervals: readonly DayInterval[]): TimeAxis {
  const earliest = Math.min(...intervals.map((interval) => interval.first.getTime()));
  const latest = Math.max(...intervals.map((interval) => interval.last.getTime()));
  const span = daysBetween(new Date(earliest), addDays(new Date(latest), 1));
  const margin = Math.max(1, Math.round(span * 0.05));
  const start = addDays(new Date(earliest), -margin);
  const end = addDays(new Date(latest), 1 + margin);
  return { start, end, ticks: ticksBetween(start, end) };
}

/** Where a day falls along the axis, from 0 (its start) to 1 (its end). */
export function axisFraction(axis: TimeAxis, date: Date): number {
  return (date.getTime() - axis.start.getTime()) / (axis.end.getTime() - axis.start.getTime());
}

const smallestStep = (steps: readonly number[], units: number) =>
  steps.find((step) => units / step <= MAX_TICKS) ?? steps.at(-1)!;

function ticksBetween(start: Date, end: Date): AxisTick[] {
  const days = daysBetween(start, end);
  const dates: Date[] = [];
  let unit: 'day' | 'month' | 'year';
  if (days <= 70) {
    unit = 'day';
    const step = smallestStep(DAY_STEPS, days);
    for (let at = start; at < end; at = addDays(at, step)) dates.push(at);
  } else if (days <= 3 * 366) {
    unit = 'month';
    const step = smallestStep(MONTH_STEPS, days / 30.4);
    // The first of the month on or after the start, then every `step` months.
    const firstMonth = start.getUTCDate() === 1 ? start.getUTCMonth() : start.getUTCMonth() + 1;
    for (let month = firstMonth; ; month += step) {
      const at = new Date(Date.UTC(start.getUTCFullYear(), month, 1));
      if (at >= end) break;
      dates.push(at);
    }
  } else {
    unit = 'year';
    const firstYear = start.getUTCFullYear() + 1;
    const step = smallestStep(YEAR_STEPS, end.getUTCFullYear() - firstYear + 1);
    // Round years (2000, 2005) read better than arbitrary ones.
    for (let year = Math.ceil(firstYear / step) * step; ; year += step) {
      const at = new Date(Date.UTC(year, 0, 1));
      if (at >= end) break;
      dates.push(at);
    }
  }
  return dates.map((at, index) =>
    tick(at, unit, index === 0 || dates[index - 1]!.getUTCFullYear() !== at.getUTCFullYear()),
  );
}

/** A tick names its year only when it starts one on the axis: "19 Dec 2018", "26 Dec", "2 Jan 2019". */
function tick(at: Date, unit: 'day' | 'month' | 'year', withYear: boolean): AxisTick {
  const year = String(at.getUTCFullYear());
  const month = MONTH_NAMES[at.getUTCMonth()]!;
  const iso = at.toISOString();
  if (unit === 'year') return { at, label: year, iso: iso.slice(0, 4) };
  if (unit === 'month') return { at, label: withYear ? `${month} ${year}` : month, iso: iso.slice(0, 7) };
  const day = `${at.getUTCDate()} ${month}`;
  return { at, label: withYear ? `${day} ${year}` : day, iso: iso.slice(0, 10) };
}
