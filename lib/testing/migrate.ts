import { spawn } from 'node:child_process';

/**
 * Migrates a database other than the test's own (a stand-in replica, a server a test started, a
 * round trip's target) with `npm run db:migrate`'s script, in a process of its own so that this
 * one's lib/env is not read first: `env` names it (DATABASE_URL, or PGLITE_DIR). Answers the exit code.
 */
export function migrateDatabase(env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db.ts', 'migrate'], {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
