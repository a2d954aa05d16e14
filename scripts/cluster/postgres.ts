// The cluster's PostgreSQL: a primary and one streaming replica, from the installed PostgreSQL's
// own tools (initdb, pg_basebackup -R, pg_ctl), in data folders of the cluster. PostgreSQL refuses
// to run as root, so as root every command runs as the `postgres` user, who owns the folders.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { CLUSTER_HOST, DATABASE_NAME, type ClusterConfig } from './config';
import { runStep } from './processes';

const BIN = process.env.POSTGRES_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

export type PostgresNode = { name: 'primary' | 'replica'; dataDir: string; port: number; log: string };

export function postgresNodes(config: ClusterConfig): PostgresNode[] {
  const folder = path.join(config.dir, 'postgres');
  return (['primary', 'replica'] as const).map((name) => ({
    name,
    dataDir: path.join(folder, name),
    port: name === 'primary' ? config.primaryPort : config.replicaPort,
    log: path.join(folder, `${name}.log`),
  }));
}

function asPostgres(what: string, tool: string, args: string[]): void {
  const command = path.join(BIN, tool);
  if (asRoot) runStep(what, 'runuser', ['-u', 'postgres', '--', command, ...args]);
  else runStep(what, command, args);
}

/** The folder of the data folders, owned by the user the server runs as. */
function prepareFolder(config: ClusterConfig): void {
  const folder = path.join(config.dir, 'postgres');
  mkdirSync(folder, { recursive: true });
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(folder, uid, gid);
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** The client options that reach `node`'s server as the superuser (psql, createdb, pg_basebackup). */
const asSuperuserOf = (node: PostgresNode) => ['-h', CLUSTER_HOST, '-p', String(node.port), '-U', 'postgres'];

const isInitialized = (node: PostgresNode) => existsSync(path.join(node.dataDir, 'PG_VERSION'));

export function isPostgresRunning(node: PostgresNode): boolean {
  const pidFile = path.join(node.dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function start(node: PostgresNode): void {
  // The port on the command line: the replica's configuration is a copy of the primary's.
  asPostgres(`starting the ${node.name}`, 'pg_ctl', [
    '-D',
    node.dataDir,
    '-l',
    node.log,
    '-o',
    `-p ${node.port}`,
    '-w',
    'start',
  ]);
}

/** Makes (first run only) and starts the primary, with the app's database in it. */
export function startPrimary(config: ClusterConfig): void {
  const [primary] = postgresNodes(config);
  prepareFolder(config);
  if (!isInitialized(primary!)) {
    asPostgres('initdb', 'initdb', [
      '-D',
      primary!.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-instructions',
    ]);
    // Loopback only, and no Unix socket (the system PostgreSQL's socket folder is not ours). The
    // defaults already stream WAL to replicas (wal_level=replica, max_wal_senders=10), and
    // initdb's pg_hba.conf admits replication connections from loopback.
    appendFileSync(
      path.join(primary!.dataDir, 'postgresql.conf'),
      `\n# npm run cluster:local\nlisten_addresses = '${CLUSTER_HOST}'\nunix_socket_directories = ''\n`,
    );
  }
  start(primary!);
  const exists = spawnSync(
    path.join(BIN, 'psql'),
    [...asSuperuserOf(primary!), '-Atc', `SELECT 1 FROM pg_database WHERE datname = '${DATABASE_NAME}'`],
    { encoding: 'utf8' },
  ).stdout.trim();
  if (exists !== '1') runStep('createdb', path.join(BIN, 'createdb'), [...asSuperuserOf(primary!), DATABASE_NAME]);
}

/** Makes (first run only: a base backup of the primary, -R writes the standby settings) and starts the replica. */
export function startReplica(config: ClusterConfig): void {
  const [primary, replica] = postgresNodes(config);
  if (!isInitialized(replica!))
    asPostgres('pg_basebackup', 'pg_basebackup', [
      ...asSuperuserOf(primary!),
      '-D',
      replica!.dataDir,
      '-R',
      '-X',
      'stream',
      '--checkpoint=fast',
    ]);
  start(replica!);
}

/** Stops `node` if it runs, with pg_ctl's fast mode: open transactions are rolled back. */
export function stopPostgresNode(node: PostgresNode): boolean {
  if (!isPostgresRunning(node)) return false;
  asPostgres(`stopping the ${node.name}`, 'pg_ctl', ['-D', node.dataDir, '-m', 'fast', '-w', 'stop']);
  return true;
}

/** Stops each node that runs, the replica first. */
export function stopPostgres(config: ClusterConfig): string[] {
  return postgresNodes(config)
    .reverse()
    .filter(stopPostgresNode)
    .map((node) => `PostgreSQL ${node.name}`);
}
