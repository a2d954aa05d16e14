// The load test's figures, from what its clients saw: pure, so the arithmetic is tested apart from
// the minutes-long run.

/** One response (or failure to get one) seen by a client, `at` milliseconds into the run, for `path`. */
export type Sample = { at: number; outcome: string; path?: string };

export type Outage = { stoppedAt: number; startedAt: number };

const OK = /^(2|3)\d\d$/;

/** Counts of outcomes ("200", "503", "500", "timeout", …), most frequent first. */
export function countOutcomes(samples: readonly Sample[]): [outcome: string, count: number][] {
  const counts = new Map<string, number>();
  for (const { outcome } of samples) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * How long after the database came back the clients saw only good answers again: the time from
 * the restart to the first good sample after the last bad one. Zero when nothing failed after the
 * restart; undefined when the run ended while it still failed.
 */
export function recoveryMs(samples: readonly Sample[], outage: Outage): number | undefined {
  const afterRestart = samples.filter(({ at }) => at >= outage.startedAt);
  const lastBad = afterRestart.findLastIndex(({ outcome }) => !OK.test(outcome));
  if (lastBad === -1) return 0;
  const firstGood = afterRestart.slice(lastBad + 1).find(({ outcome }) => OK.test(outcome));
  return firstGood && firstGood.at - outage.startedAt;
}

/** Bad outcomes seen while the database was down, and outside that window. */
export function failuresByWindow(samples: readonly Sample[], outage: Outage) {
  const bad = samples.filter(({ outcome }) => !OK.test(outcome));
  const during = bad.filter(({ at }) => at >= outage.stoppedAt && at < outage.startedAt);
  return { during: during.length, outside: bad.length - during.length };
}

/** The bad outcomes seen while the database was down, by page: [path, "500 x3, timeout x1"], worst first. */
export function failuresDuringOutageByPage(
  samples: readonly Sample[],
  outage: Outage,
): [path: string, outcomes: string][] {
  const byPage = new Map<string, Sample[]>();
  for (const sample of samples) {
    if (OK.test(sample.outcome) || sample.at < outage.stoppedAt || sample.at >= outage.startedAt) continue;
    const path = sample.path ?? '(unnamed)';
    byPage.set(path, [...(byPage.get(path) ?? []), sample]);
  }
  return [...byPage]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([path, bad]) => [
      path,
      countOutcomes(bad)
        .map(([outcome, count]) => `${outcome} x${count}`)
        .join(', '),
    ]);
}
