import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// PGlite admits one process per data folder but takes no lock: a second process (a script run
// while the server is up) opens the same files without complaint, and the two then overwrite each
// other's writes. Each process that opens the folder therefore records its pid in it, and a process
// that finds a live pid there stops with a message that says what to do.

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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Claims the folder for this process, or throws DatabaseBusyError. Returns the release. */
export function lockPGliteDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const holder = Number.parseInt(readFileSync(file, { encoding: 'utf8', flag: 'a+' }) || '0', 10);
  // A pid whose process is gone is a lock left by a crash or a kill: take it over.
  if (holder && holder !== process.pid && isAlive(holder)) throw new DatabaseBusyError(dataDir, holder);
  writeFileSync(file, String(process.pid));
  const release = () => {
    try {
      if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once('exit', release);
  return release;
}
