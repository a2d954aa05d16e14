// The local cluster's long-running processes: each started in a process group of its own, its
// output in a log file, and its pid (with its start time, lib/process-identity.ts) in a pid file
// of the cluster's folder, so that `npm run cluster:stop` stops exactly what `cluster:local`
// started, and nothing else.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive, procStatOf } from '../../lib/process-identity';
import type { ClusterConfig } from './config';

export const logDir = (config: ClusterConfig) => path.join(config.dir, 'logs');
const pidFile = (config: ClusterConfig, name: string) => path.join(config.dir, 'run', `${name}.pid`);

type Recorded = { pid: number; startTime: string | undefined };

function readRecorded(config: ClusterConfig, name: string): Recorded | undefined {
  try {
    const [pid, startTime] = readFileSync(pidFile(config, name), 'utf8').trim().split(' ');
    return { pid: Number(pid), startTime };
  } catch {
    return undefined;
  }
}

/** Whether the process recorded under `name` still runs. */
export function isRunning(config: ClusterConfig, name: string): boolean {
  const recorded = readRecorded(config, name);
  return !!recorded && isAlive(recorded.pid, recorded.startTime);
}

/** Starts `command` in its own process group (Ctrl-C in the terminal reaches only the cluster script), logging to logs/<name>.log. */
export function startRecorded(
  config: ClusterConfig,
  name: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): { pid: number; exited: () => boolean } {
  mkdirSync(logDir(config), { recursive: true });
  mkdirSync(path.dirname(pidFile(config, name)), { recursive: true });
  const log = openSync(path.join(logDir(config), `${name}.log`), 'a');
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', log, log], detached: true });
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name}: ${command} did not start`);
  writeFileSync(pidFile(config, name), [pid, procStatOf(pid)?.startTime].filter(Boolean).join(' '));
  let exited = false;
  child.once('exit', () => (exited = true));
  return { pid, exited: () => exited };
}

/** How long a process may take to stop after SIGTERM before it gets SIGKILL. */
const STOP_TIMEOUT_MS = 20_000;

/**
 * Stops the process group recorded under `name` (a server may serve from a child process):
 * SIGTERM, then SIGKILL after STOP_TIMEOUT_MS. Returns whether anything was running.
 */
export async function stopRecorded(config: ClusterConfig, name: string): Promise<boolean> {
  const recorded = readRecorded(config, name);
  rmSync(pidFile(config, name), { force: true });
  if (!recorded || !isAlive(recorded.pid, recorded.startTime)) return false;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-recorded.pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  signalGroup('SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(recorded.pid, recorded.startTime)) {
    if (Date.now() > deadline) signalGroup('SIGKILL');
    await sleep(100);
  }
  return true;
}

/** Runs a command to its end, its output shown; throws when it fails. */
export function runStep(what: string, command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${what} failed (${command} ${args.join(' ')}: exit ${result.status ?? result.signal})`);
}
