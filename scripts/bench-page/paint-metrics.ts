// Lighthouse's load metrics computed from what a page's own Performance APIs recorded (Long Tasks,
// Resource Timing, layout shifts): pure, so each rule is tested apart from a browser. Times are in
// milliseconds since the navigation started, as the browser gives them.

export type Interval = { start: number; end: number };
export type LayoutShift = { startTime: number; value: number; hadRecentInput: boolean };

/** A main-thread task longer than this blocks input (Lighthouse, Long Tasks API). */
export const LONG_TASK_MS = 50;
/** Lighthouse's Time to Interactive waits for this long a window with no long task and few requests. */
export const QUIET_WINDOW_MS = 5000;
/** "Network quiet" in Lighthouse's TTI: at most this many requests in flight. */
const QUIET_REQUESTS = 2;

/** The most requests in flight at any moment of [from, to). */
function mostInFlight(requests: readonly Interval[], from: number, to: number): number {
  const events = requests
    .filter((request) => request.start < to && request.end > from)
    .flatMap((request) => [
      { at: Math.max(request.start, from), change: 1 },
      { at: request.end, change: -1 },
    ])
    // An end and a start at the same moment: the end first, so they do not count as overlapping.
    .sort((a, b) => a.at - b.at || a.change - b.change);
  let inFlight = 0;
  let most = 0;
  for (const { change } of events) most = Math.max(most, (inFlight += change));
  return most;
}

/**
 * Time to Interactive as Lighthouse defines it: the end of the last long task before the first
 * window of QUIET_WINDOW_MS after First Contentful Paint with no long task and at most two requests
 * in flight, or FCP itself when no long task precedes that window. Undefined when the recording
 * ends before such a window (the caller waited too little).
 */
export function timeToInteractive({
  fcp,
  longTasks,
  requests,
  recordedUntil,
}: {
  fcp: number;
  longTasks: readonly Interval[];
  requests: readonly Interval[];
  recordedUntil: number;
}): number | undefined {
  const tasks = longTasks.filter((task) => task.end > fcp).sort((a, b) => a.start - b.start);
  // A quiet window can only start at FCP or where a long task or a request ends.
  const candidates = [fcp, ...tasks.map((task) => task.end), ...requests.map((request) => request.end)]
    .filter((at) => at >= fcp)
    .sort((a, b) => a - b);
  for (const start of candidates) {
    const end = start + QUIET_WINDOW_MS;
    if (end > recordedUntil) return undefined;
    if (tasks.some((task) => task.start < end && task.end > start)) continue;
    if (mostInFlight(requests, start, end) > QUIET_REQUESTS) continue;
    const before = tasks.filter((task) => task.end <= start).at(-1);
    return before ? before.end : fcp;
  }
  return undefined;
}

/**
 * Total Blocking Time as Lighthouse computes it: over each long task, the part of it between FCP
 * and TTI, less LONG_TASK_MS when that part is longer.
 */
export function totalBlockingTime(longTasks: readonly Interval[], fcp: number, tti: number): number {
  let total = 0;
  for (const task of longTasks) {
    const duration = Math.min(task.end, tti) - Math.max(task.start, fcp);
    if (duration > LONG_TASK_MS) total += duration - LONG_TASK_MS;
  }
  return total;
}

/**
 * Cumulative Layout Shift as Chrome and Lighthouse define it now: shifts not caused by input,
 * grouped in session windows (a gap under 1 s, a window under 5 s), the largest window's sum.
 */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
  let largest = 0;
  let window = { first: -Infinity, last: -Infinity, sum: 0 };
  for (const shift of [...shifts].filter((s) => !s.hadRecentInput).sort((a, b) => a.startTime - b.startTime)) {
    if (shift.startTime - window.last < 1000 && shift.startTime - window.first < 5000) {
      window = { ...window, last: shift.startTime, sum: window.sum + shift.value };
    } else {
      window = { first: shift.startTime, last: shift.startTime, sum: shift.value };
    }
    largest = Math.max(largest, window.sum);
  }
  return largest;
}

export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
