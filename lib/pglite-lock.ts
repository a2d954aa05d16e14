import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isAlive, procStatOf } from './process-identity';

// PGlite admits one process per data folder but takes no lock: a second process (a script run
// while the server is up) opens the same files without complaint, and the two then overwrite each
// other's writes. Each process that opens the folder therefore records its pid (and start time,
// lib/process-identity.ts) in it, and a process that finds a live one there stops with a message
// that says what to do.

const LOCK_FILE = 'countercheck.pid';

export class DatabaseBusyError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (a running server or script). ` +
        `It admits one process at a time: stop that process (for the server, Ctrl+C or \`kill ${pid}\`) and run this again. ` +
        `If no such process is running, delete ${path.join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DatabaseBusyError';
  }
}

/** The holder a lock file names, or undefined when the file is gone (released meanwhile). */
function readHolder(file: string): { pid: number; startTime: string | undefined } | undefined {
  try {
    const [pid, startTime] = readFileSync(file, 'utf8').trim().split(' ');
    return { pid: Number.parseInt(pid || '0', 10), startTime };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** How long a contested claim keeps trying: a lock file just created is written a moment later. */
const CLAIM_TIMEOUT_MS = 2000;

/** Blocks this thread for `ms` (the lock is taken while the process starts, before any request). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Claims the folder for this process, or throws DatabaseBusyError. Returns the release. The lock
 * file is created with O_EXCL (flag 'wx'), which the kernel grants to one process only: two
 * processes starting at once cannot both read "free" and both write. A lock whose holder is gone
 * is removed and the claim tried again, still with O_EXCL.
 */
export function lockPGliteDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const me = [process.pid, procStatOf(process.pid)?.startTime].filter(Boolean).join(' ');
  const deadline = Date.now() + CLAIM_TIMEOUT_MS;
  for (;;) {
    try {
      writeFileSync(file, me, { flag: 'wx' });
      return releaseOnExit(file, me);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (!holder) continue; // released between our two calls: claim it again
    const expired = Date.now() > deadline;
    if (!holder.pid && !expired) {
      // Created by a process starting this very moment, which has not written its pid yet.
      pause(20);
      continue;
    }
    // This process opened the folder already (a second client in tests): it holds it.
    if (holder.pid === process.pid) return releaseOnExit(file, readFileSync(file, 'utf8'));
    if (holder.pid && isAlive(holder.pid, holder.startTime)) throw new DatabaseBusyError(dataDir, holder.pid);
    // Other processes kept claiming it first.
    if (expired && holder.pid) throw new DatabaseBusyError(dataDir, holder.pid);
    // A holder that is gone left its lock behind (a crash, a kill, a build worker): remove it.
    rmSync(file, { force: true });
  }
}

function releaseOnExit(file: string, me: string): () => void {
  const release = () => {
    try {
      if (readFileSync(file, 'utf8') === me) unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once('exit', release);
  return release;
}
