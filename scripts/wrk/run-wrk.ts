// Runs wrk (Debian's `wrk`: a load client about ten times faster than autocannon on this machine,
// so that the client is not what is measured) with readers.lua, and returns its whole output.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const READERS_SCRIPT = fileURLToPath(new URL('readers.lua', import.meta.url));

export const WRK_MISSING = 'wrk is not installed: on Debian or Ubuntu, `apt-get install -y wrk`';

export function wrkInstalled(): boolean {
  return !spawnSync('wrk', ['--version']).error;
}

export type WrkRun = {
  /** The server's origin, e.g. http://127.0.0.1:3311 */
  base: string;
  /** Paths requested in turn, each connection starting at a random one. */
  paths: string[];
  connections: number;
  seconds: number;
  /** A request unanswered after this many seconds counts as a timeout. */
  timeoutSeconds: number;
};

export function runWrk({ base, paths, connections, seconds, timeoutSeconds }: WrkRun): Promise<string> {
  return new Promise((resolve, reject) => {
    const wrk = spawn(
      'wrk',
      [
        '-t2',
        `-c${connections}`,
        `-d${Math.round(seconds)}s`,
        '--timeout',
        `${timeoutSeconds}s`,
        '-s',
        READERS_SCRIPT,
        base,
      ],
      { env: { ...process.env, WRK_PATHS: paths.join(',') } },
    );
    let output = '';
    wrk.stdout.on('data', (chunk: Buffer) => (output += chunk));
    wrk.stderr.on('data', (chunk: Buffer) => (output += chunk));
    wrk.on('error', () => reject(new Error(WRK_MISSING)));
    wrk.on('exit', () => resolve(output));
  });
}
