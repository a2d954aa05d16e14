import { readFileSync } from 'node:fs';

// A process named by its pid and its start time. Process ids are reused, fast on a busy machine, so
// a file that records "pid N runs this" (the embedded database's lock, the local cluster's pid files)
// records the start time too: a later process that got the same pid is not mistaken for the first.

/** A process's state and start time, from /proc on Linux (undefined elsewhere or when it is gone). */
export function procStatOf(pid: number): { state: string; startTime: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses: state is the
    // 3rd field, starttime the 22nd.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', startTime: fields[19] ?? '' };
  } catch {
    return undefined;
  }
}

/**
 * Whether the process that had `pid` and started at `startTime` still runs. A zombie (state Z:
 * exited, not yet reaped by its parent) counts as gone: `next build` leaves its page-data workers
 * so where nothing reaps orphans, as in our containers.
 */
export function isAlive(pid: number, startTime: string | undefined): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procStatOf(pid);
  if (stat?.state === 'Z') return false;
  return !startTime || stat?.startTime === startTime;
}
