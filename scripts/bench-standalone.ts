// npm run bench:standalone -- [--port 3312]
//
// The standalone build (npm run build:standalone) against `next start` of the same build, in one
// run, one server after the other on the configured database (DATABASE_URL, or PGlite at an absolute
// PGLITE_DIR): what each needs on disk to be deployed, and each server's resident memory once its
// first page has answered and again after a round of the public pages. Prints the figures and the
// standalone's ratio to `next start`. Never builds; exits 2 without a standalone build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { routes } from '../lib/routes';
import { residentBytes } from './process-memory';
import { nextStartCommand, startProductionServer } from './production-server';
import { STANDALONE_DIR, standaloneServerCommand } from './standalone/standalone-build';
import { formatTable } from './table';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({ options: { port: { type: 'string', default: '3312' } } });

// The seed's most shared claim (prisma/seed/data.ts), a search, a list, the API and a share image's
// page: what readers ask for, each rendered (or read from the build) once.
const ROUND = [
  routes.claim('trump-we-have-defeated-isis-in-syria'),
  '/claims?q=syria',
  '/people',
  '/api/v1/claims',
  '/feed.xml',
];

/** Disk usage in bytes of the given paths, symbolic links not followed (`du`). */
function diskBytes(...paths: string[]): number {
  const du = spawnSync('du', ['-s', '--block-size=1', '--total', ...paths.map((p) => path.join(ROOT, p))], {
    encoding: 'utf8',
  });
  if (du.status !== 0) throw new Error(`du failed: ${du.stderr}`);
  return Number(/^(\d+)\s+total$/m.exec(du.stdout)?.[1]);
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function memoryOf(command: { command: string; args: string[] }) {
  // Every interface, as the cluster runs it (scripts/cluster.ts); next start ignores HOSTNAME.
  const server = await startProductionServer({
    port: options.port,
    env: { HOSTNAME: '0.0.0.0' },
    readyPath: routes.methodology(),
    command,
  });
  try {
    const pid = server.process.pid!;
    const atStart = residentBytes(pid);
    for (const page of ROUND) {
      const response = await fetch(server.base + page);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${page} answered ${response.status}`);
    }
    return { atStart, afterRound: residentBytes(pid) };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  const standalone = standaloneServerCommand(ROOT);
  if (!existsSync(standalone.args[0]!)) {
    console.error(`bench:standalone: no standalone build in ${STANDALONE_DIR}: run npm run build:standalone first`);
    return 2;
  }
  // What each must have on the machine that serves it: next start, the project's node_modules and
  // its build (without the build's cache and the standalone folder); the standalone, its folder.
  const nextStartDisk =
    diskBytes('node_modules', '.next') -
    diskBytes(STANDALONE_DIR) -
    (existsSync(path.join(ROOT, '.next/cache')) ? diskBytes('.next/cache') : 0);
  const standaloneDisk = diskBytes(STANDALONE_DIR);
  const nextStart = await memoryOf(nextStartCommand(options.port));
  const served = await memoryOf(standalone);
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(
    formatTable(
      ['', 'next start', 'standalone', 'ratio'],
      [
        ['on disk', megabytes(nextStartDisk), megabytes(standaloneDisk), ratio(standaloneDisk, nextStartDisk)],
        [
          'memory, first page answered',
          megabytes(nextStart.atStart),
          megabytes(served.atStart),
          ratio(served.atStart, nextStart.atStart),
        ],
        [
          `memory, after ${ROUND.length} more pages`,
          megabytes(nextStart.afterRound),
          megabytes(served.afterRound),
          ratio(served.afterRound, nextStart.afterRound),
        ],
      ],
    ),
  );
  return 0;
}

process.exit(await main());
