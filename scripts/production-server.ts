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

/** Starts `next start` and resolves once `readyPath` answers 2xx; fails if it exits or takes over a minute. */
export async function startProductionServer({
  port,
  env,
  readyPath,
}: {
  port: string;
  env: Record<string, string>;
  readyPath: string;
}): Promise<ProductionServer> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('node_modules/.bin/next', ['start', '--port', port, '--hostname', '127.0.0.1'], {
    env: { ...process.env, SITE_URL: base, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const running = { process: server, base, stderr: () => stderr, stop: () => stopServer(server) };
  let answer = 'no answer';
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`the app server exited before it answered:\n${stderr}`);
    answer = await fetch(base + readyPath).then(
      (response) => String(response.status),
      () => 'no answer',
    );
    if (/^2\d\d$/.test(answer)) return running;
    await sleep(500);
  }
  await running.stop();
  throw new Error(
    `the app server did not answer ${readyPath} with a 2xx within a minute (last: ${answer}):\n${stderr}`,
  );
}
