// npm run db:backup -- [--out file]          the whole database, to a file
// npm run db:restore -- --file file --yes    replace the whole database with a backup
//
// Unlike `npm run export` (the published dataset only, in open formats), a backup is everything:
// accounts, sessions, revisions, the audit log, corrections, drafts and rejected proposals. It is
// made with each engine's own tool: pg_dump's custom format for PostgreSQL, PGlite's data-folder
// dump (a gzipped tar) for the embedded database. A backup restores into the same kind of database
// it came from; to move between kinds, export and import.
//
// Nothing is half-done: a backup is written under a temporary name and renamed at the end; a
// PostgreSQL restore wipes and reloads in one transaction (psql --single-transaction), and an
// embedded restore loads into a new folder that replaces the old one only once it opened cleanly.
import { spawn } from 'node:child_process';
import { access, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { env } from '../lib/env';
import { lockPGliteDir } from '../lib/pglite-lock';

const USAGE = 'usage: npm run db:backup -- [--out file]\n       npm run db:restore -- --file file --yes';

// The first bytes of each kind of backup: pg_dump's custom format, and gzip.
const PG_DUMP_MAGIC = Buffer.from('PGDMP');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/** The server's URL without its password, and the password for libpq's environment (never in argv). */
function connection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a PostgreSQL client tool; rejects with its message when it fails or is not installed. */
function runTool(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; stdin?: NodeJS.ReadableStream },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env,
      stdio: [options.stdin ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    if (options.stdin && child.stdin) options.stdin.pipe(child.stdin);
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${command} is not installed: install PostgreSQL's client tools (Debian: postgresql-client).`)
          : error,
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed: ${stderr.trim() || `exit code ${code}`}`)),
    );
  });
}

/** The embedded database in `dataDir`, held by this process until closed. */
async function openEmbedded(dataDir: string): Promise<{ pglite: PGlite; release: () => void }> {
  const release = lockPGliteDir(dataDir);
  const pglite = new PGlite(dataDir, { extensions: { pg_trgm } });
  await pglite.waitReady; // dumpDataDir does not wait for the database to open
  return { pglite, release };
}

async function backup(out: string): Promise<void> {
  const partial = `${out}.partial`;
  try {
    if (env.DATABASE_URL) {
      const { url, env: toolEnv } = connection(env.DATABASE_URL);
      await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, url], {
        env: toolEnv,
      });
    } else {
      const { pglite, release } = await openEmbedded(env.PGLITE_DIR);
      try {
        const dump = await pglite.dumpDataDir('gzip');
        await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      } finally {
        await pglite.close();
        release();
      }
    }
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function startsWith(file: string, magic: Buffer): Promise<boolean> {
  const handle = await open(file);
  try {
    const head = Buffer.alloc(magic.length);
    await handle.read(head, 0, magic.length, 0);
    return head.equals(magic);
  } finally {
    await handle.close();
  }
}

async function restorePostgres(file: string, databaseUrl: string): Promise<void> {
  if (!(await startsWith(file, PG_DUMP_MAGIC)))
    throw new Error(`${file} is not a PostgreSQL backup (pg_dump's custom format): nothing was changed.`);
  const { url, env: toolEnv } = connection(databaseUrl);
  // pg_restore turns the dump into SQL; psql runs the wipe and that SQL as one transaction, so a
  // restore that fails halfway leaves the database as it was.
  const sql = spawn('pg_restore', ['--no-owner', '--no-privileges', '--file=-', file], {
    env: toolEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const script = new PassThrough();
  script.write('SET client_min_messages = warning;\nDROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n');
  sql.stdout.pipe(script);
  const dumped = new Promise<void>((resolve, reject) => {
    sql.on('error', reject);
    sql.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_restore failed: exit code ${code}`))));
  });
  await Promise.all([
    dumped,
    runTool('psql', ['--quiet', '--no-psqlrc', '--set=ON_ERROR_STOP=1', '--single-transaction', `--dbname=${url}`], {
      env: toolEnv,
      stdin: script,
    }),
  ]);
}

async function restoreEmbedded(file: string, dataDir: string): Promise<void> {
  if (!(await startsWith(file, GZIP_MAGIC)))
    throw new Error(`${file} is not an embedded-database backup (a gzipped data folder): nothing was changed.`);
  // Refuses while a server or script holds the folder: a restore under a running server would be lost.
  await mkdir(dataDir, { recursive: true });
  const releaseCurrent = lockPGliteDir(dataDir);
  const incoming = `${dataDir}.restoring`;
  const outgoing = `${dataDir}.replaced`;
  try {
    await rm(incoming, { recursive: true, force: true });
    // A new folder of our own, unseen by any other process (the current folder's lock guards the
    // whole restore), so it needs no lock of its own.
    const pglite = new PGlite(incoming, { extensions: { pg_trgm }, loadDataDir: new Blob([await readFile(file)]) });
    try {
      await pglite.query('SELECT 1'); // the restored folder opens and answers
    } finally {
      await pglite.close();
    }
    // The backup carried the lock file of the process that made it; the new folder is unheld.
    await rm(path.join(incoming, 'countercheck.pid'), { force: true });
    await rm(outgoing, { recursive: true, force: true });
    await rename(dataDir, outgoing);
    await rename(incoming, dataDir);
    await rm(outgoing, { recursive: true, force: true });
  } finally {
    await rm(incoming, { recursive: true, force: true });
    releaseCurrent();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, file: { type: 'string' }, yes: { type: 'boolean', default: false } },
  });
  const target = env.DATABASE_URL
    ? `PostgreSQL ${new URL(env.DATABASE_URL).host}${new URL(env.DATABASE_URL).pathname}`
    : `PGlite ${env.PGLITE_DIR}`;
  if (positionals[0] === 'backup') {
    const out =
      values.out ??
      `countercheck-${new Date().toISOString().replace(/[:.]/g, '-')}.${env.DATABASE_URL ? 'dump' : 'tar.gz'}`;
    await backup(out);
    console.error(`db:backup: ${target} written to ${out}`);
    return 0;
  }
  if (positionals[0] === 'restore' && values.file) {
    if (!values.yes) {
      console.error(
        `db:restore replaces everything in ${target} with ${values.file}. Run it again with --yes to go ahead.`,
      );
      return 2;
    }
    await access(values.file); // a missing file fails here, before anything is touched
    if (env.DATABASE_URL) await restorePostgres(values.file, env.DATABASE_URL);
    else await restoreEmbedded(values.file, env.PGLITE_DIR);
    console.error(`db:restore: ${target} now holds ${values.file}`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exit(await main());
} catch (error) {
  console.error(`db:${process.argv[2] ?? 'backup'} failed:`, error instanceof Error ? error.message : error);
  process.exit(1);
}
