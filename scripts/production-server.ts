// The production build (`next start`) as the load test and the serving benchmark run it: on the
// given port, with the given environment on top of this process's, its stderr kept for the report.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export const NO_BUILD = 'No production build: run `npx next build` first.';

export const hasProductionBuild = () => existsSync('.next/BUILD_ID');

export type ProductionServer = {
  process: ChildProcess;
  base: string;
  stderr: () => string;
  /** Stops the server and resolves once it has exited. */
  stop: () => Promise<void>;
};

/** How long `next start` may take to finish the requests in flight and close the database once told to stop. */
const STOP_TIMEOUT_MS = 20_000;

/**
 * SIGTERM, then waits for the exit, SIGKILL after STOP_TIMEOUT_MS. Servers of runs that exited
 * right after the SIGTERM were found minutes later still running, each spinning a core, their
 * stderr (a pipe to the exited run) closed.
 */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * The command that serves the production build on `port`, on every interface, as `npm start` does.
 * Not `--hostname 127.0.0.1`: Next.js 16.4 then compares the rewrites of proxy.ts, which it writes
 * with "localhost" for any loopback address, against 127.0.0.1, takes them for another server's,
 * and fetches every list view from itself over HTTP (half the throughput, and a reset connection
 * now and then answered 500).
 */
export function nextStartCommand(port: string | number): { command: string; args: string[] } {
  return { command: 'node_modules/.bin/next', args: ['start', '--port', String(port)] };
}

/**
 * Resolves once `url` answers 2xx; throws, with the last answer, when `exited()` says the server
 * is gone or after `seconds`.
 */
export async function waitForAnswer(url: string, exited: () => boolean, seconds = 60): Promise<void> {
  let answer = 'no answer';
  for (let attempt = 0; attempt < seconds * 2; attempt++) {
    if (exited()) throw new Error(`the server exited before ${url} answered`);
    answer = await fetch(url).then(
      (response) => String(response.status),
      () => 'no answer',
    );
    if (/^2\d\d$/.test(answer)) return;
    await sleep(500);
  }
  throw new Error(`${url} did not answer with a 2xx within ${seconds} s (last: ${answer})`);
}

/**
 * Starts `next start` (or `command`, such as a standalone build's server, which reads PORT) and
 * resolves once `readyPath` answers 2xx; fails if it exits or takes over a minute.
 */
export async function startProductionServer({
  port,
  env,
  readyPath,
  command: { command, args } = nextStartCommand(port),
}: {
  port: string;
  env: Record<string, string>;
  readyPath: string;
  command?: { command: string; args: string[] };
}): Promise<ProductionServer> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(command, args, {
    env: { ...process.env, PORT: port, SITE_URL: base, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const running = { process: server, base, stderr: () => stderr, stop: () => stopServer(server) };
  try {
    await waitForAnswer(base + readyPath, () => server.exitCode !== null);
    return running;
  } catch (error) {
    await running.stop();
    throw new Error(`${(error as Error).message}:\n${stderr}`);
  }
}
