import 'server-only';
import { noteDatabaseUnavailable } from './cache/database-outage';
import { setReplicaCatchUp } from './cache/replica-catch-up';
import { isDatabaseUnavailable } from './database-failure';
import { ServiceUnavailableError } from './errors';
import { oncePerInterval } from './domain/once-per-interval';
import { observeReplica, servingReplicas, type ReplicaHealth } from './domain/replica-health';
import { hasReplayed } from './domain/wal-position';
import { PrismaClient } from './generated/prisma/client';
import { openConfiguredDatabase, openConfiguredReplicas, type DatabaseConnection } from './database';
import { mayReadFromReplica, onPrimary } from './replica-reads';
import { closeBeforeExit } from './shutdown';

/**
 * Runs `operation`, a database outage (lib/database-failure.ts) becoming a ServiceUnavailableError,
 * and noted for the caches, which then serve their last copies (lib/cache/database-outage.js).
 */
async function outageAsAppError<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    noteDatabaseUnavailable();
    throw new ServiceUnavailableError(undefined, { cause: error });
  }
}

/** Builds the primary's client and, with the same options (the omit of secrets included), each replica's. */
function createClient(connection: DatabaseConnection) {
  return new PrismaClient({
    adapter: connection.factory,
    // Query events let tests and benchmarks count the SQL a request runs (no N+1).
    log: [{ level: 'query', emit: 'event' }],
    // A password hash or a TOTP secret leaves the database only where a query asks for it by name
    // (sign-in, password change, two-factor checks), so a forgotten select can never send one to a page.
    omit: { user: { passwordHash: true, totpSecret: true } },
  });
}
type Client = ReturnType<typeof createClient>;

// A database and the Prisma client on it: the primary, or one replica.
type Connected = { connection: DatabaseConnection; client: Client };

// The operations a replica may answer: reads, and raw queries (which the DAL uses only to read).
const READ_OPERATIONS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  '$queryRaw',
  '$queryRawUnsafe',
]);

// A database that is down or behind is logged once a minute per database, not once per request.
const DATABASE_REPORT_INTERVAL_MS = 60_000;
const shouldReport = oncePerInterval(DATABASE_REPORT_INTERVAL_MS);
function report(database: DatabaseConnection, problem: string, error?: unknown): void {
  if (!shouldReport(`${database.label} ${problem}`, Date.now())) return;
  // Prisma's message opens with the invocation over several lines; the driver's reason is the last.
  const cause = error instanceof Error ? ` (${error.message.trim().split('\n').at(-1)})` : '';
  console.warn(`${database.label} ${problem}${cause}; logged once a minute while it lasts.`);
}

type Operation = { model?: string; operation: string; args: unknown; query: (args: unknown) => Promise<unknown> };

/** Runs one read on `replica`'s client: the same model and operation, the same arguments. */
function runOn(replica: Connected, { model, operation, args }: Operation): Promise<unknown> {
  // The hook names the model as the schema does (Claim), the client as a property (claim).
  const target = model ? replica.client[(model[0]!.toLowerCase() + model.slice(1)) as keyof Client] : replica.client;
  // Indexed by the operation's own name, with the arguments the hook got: types cannot follow that.
  return (target as unknown as Record<string, (args: unknown) => Promise<unknown>>)[operation]!(args);
}

/** One read, as it is made on the primary and as it is made on a replica. */
type Read<T> = { onPrimary: () => Promise<T>; onReplica: (replica: Connected) => Promise<T> };

/** Every replica, and those that may serve the public record now (not taken out for lagging, below). */
type Replicas = { all: readonly Connected[]; serving: () => readonly Connected[] };

const pickOne = <T>(from: readonly T[]): T | undefined => from[Math.floor(Math.random() * from.length)];

/**
 * A read in a readFromReplica scope (lib/replica-reads.ts) goes to a serving replica picked at
 * random, or to the primary when every replica has been taken out for lagging; a replica that
 * does not answer (lib/database-failure.ts) is read around, on the primary, for that read. Any
 * other read goes to the primary, and to a replica when the primary does not answer: a reader is
 * better served the record as a replica last saw it, even one that lags, than an error, and a
 * write fails regardless. A failed request (a bad query) is the query's, and fails as it would on
 * the primary.
 */
async function routed<T>(primary: DatabaseConnection, replicas: Replicas, read: Read<T>): Promise<T> {
  if (!replicas.all.length) return read.onPrimary();
  const replica = pickOne(replicas.serving());
  if (!replica || !mayReadFromReplica()) {
    try {
      return await read.onPrimary();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      report(primary, 'does not answer, reads go to the replicas', error);
      return read.onReplica(replica ?? pickOne(replicas.all)!);
    }
  }
  try {
    return await read.onReplica(replica);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    report(replica.connection, 'does not answer, its reads go to the primary', error);
    return read.onPrimary();
  }
}

/**
 * The app's client: every query on the primary unless routed to a replica (above), and the DAL's
 * one translation of a database outage into the AppError every boundary maps (a form's message, a
 * 503 with Retry-After), so that no DAL function has to catch it. Every query is wrapped, and so
 * is $transaction: a transaction that cannot begin, or loses its connection, fails there, outside
 * any query (its own queries run on the plain client and fail through it). A transaction runs on
 * the primary whatever scope it is opened in.
 */
function withRoutingAndOutages(primary: Connected, replicas: Replicas) {
  const { client } = primary;
  return client.$extends({
    query: {
      $allOperations: ({ model, operation, args, query }) =>
        outageAsAppError(() => {
          if (!READ_OPERATIONS.has(operation)) return query(args);
          const read = { model, operation, args, query: query as Operation['query'] };
          return routed(primary.connection, replicas, {
            onPrimary: () => query(args),
            onReplica: (replica) => runOn(replica, read),
          });
        }),
    },
    client: {
      // Both forms (a callback, or an array of queries) keep their types: same arguments, same result.
      $transaction: ((...args: Parameters<Client['$transaction']>) =>
        outageAsAppError(() => onPrimary(() => client.$transaction(...args)))) as Client['$transaction'],
    },
  });
}

// How long a replica may take to replay what the primary has committed before it is called behind
// and taken out of reads (a save waits that long for it, at most), and the time between two looks.
const REPLAY_WAIT_MS = 1000;
const REPLAY_POLL_MS = 10;
// How often each process checks every replica: one taken out is put back once it has caught up,
// and one that fell behind with no save from this process to notice is taken out.
const REPLICA_CHECK_INTERVAL_MS = 5000;

const nameOf = (replica: Connected) => replica.connection.label;
/** The replicas that may serve the public record now: those not taken out for lagging. */
const servingNow = () => servingReplicas(database.replicas, database.health, nameOf);

// One PrismaClient per process. PGlite is single-process, and Next.js dev re-evaluates modules on
// every change, so the client is kept on globalThis rather than in module scope.
type OpenDatabase = Connected & {
  replicas: Connected[];
  /**
   * What this process has seen of its replicas' lag (lib/domain/replica-health.ts): an observation,
   * refreshed from the databases themselves by every save's wait and every check below, not state
   * of record. Nothing is lost with the process: another instance, or this one restarted, learns
   * the same by looking, so it need not live in PostgreSQL or Redis.
   */
  health: ReplicaHealth;
  db: ReturnType<typeof withRoutingAndOutages>;
  /** Stops the periodic replica check, once the check under way has ended. */
  stopChecks: () => Promise<void>;
};
const globalForPrisma = globalThis as unknown as { database?: OpenDatabase };
const database = (globalForPrisma.database ??= (() => {
  const connection = openConfiguredDatabase();
  const client = createClient(connection);
  const replicas = openConfiguredReplicas().map((replica) => ({ connection: replica, client: createClient(replica) }));
  const opened: OpenDatabase = {
    connection,
    client,
    replicas,
    health: new Map(),
    db: withRoutingAndOutages({ connection, client }, { all: replicas, serving: servingNow }),
    stopChecks: async () => {},
  };
  if (replicas.length) {
    opened.stopChecks = checkReplicasEvery(REPLICA_CHECK_INTERVAL_MS);
    // Another instance's save is applied here once these replicas show it (lib/cache/shared-tags.js).
    setReplicaCatchUp(waitForReplicasToReplay);
  }
  // When the server stops, the pool and the embedded database close before the process ends.
  closeBeforeExit(() => close(opened));
  return opened;
})());

async function close({ client, connection, replicas, stopChecks }: OpenDatabase): Promise<void> {
  await stopChecks();
  await Promise.all(replicas.map((replica) => replica.client.$disconnect()));
  await client.$disconnect();
  await connection.close();
}

export const db = database.db;

/**
 * Waits, at most about a second, until every serving replica has replayed what the primary has
 * committed so far, so that the cache entries a save is about to expire are refilled from replicas
 * that show it. Called after the commit, before the tags expire (lib/cache/expire.ts), and before
 * an invalidation heard from another instance is applied. A replica still behind then is taken
 * out of reads, which go to the others or the primary, until a check finds it caught up. Never
 * fails: the save is made; a replica that cannot be asked is logged, and read around per read.
 */
export function waitForReplicasToReplay(): Promise<void> {
  return lookAtReplicas(servingNow());
}

/** Every `intervalMs`, looks at every replica, one look at a time; answers how to stop. */
function checkReplicasEvery(intervalMs: number): () => Promise<void> {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= lookAtReplicas(database.replicas).finally(() => (running = undefined));
  }, intervalMs);
  // The server's work, no reason to keep a process alive: a script or a test that is done exits.
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/**
 * Reads the primary's WAL position, then waits until each of `replicas` has replayed it, for at
 * most REPLAY_WAIT_MS, and records which were found caught up and which behind.
 */
async function lookAtReplicas(replicas: readonly Connected[]): Promise<void> {
  if (!replicas.length) return;
  const asOf = Date.now();
  let target: string;
  try {
    [{ lsn: target }] = (await database.client.$queryRaw`SELECT pg_current_wal_lsn()::text AS lsn`) as [
      { lsn: string },
    ];
  } catch (error) {
    return report(database.connection, 'cannot say its WAL position, so no replica is waited for or checked', error);
  }
  const deadline = asOf + REPLAY_WAIT_MS;
  await Promise.all(
    replicas.map(async (replica) => {
      const caughtUp = await hasReplayedBy(replica, target, deadline);
      if (caughtUp !== null) observe(replica, asOf, caughtUp);
    }),
  );
}

/** Whether `replica` replays `target` by `deadline`; null when it cannot be asked. */
async function hasReplayedBy(replica: Connected, target: string, deadline: number): Promise<boolean | null> {
  for (;;) {
    let replayed: string | null;
    try {
      [{ lsn: replayed }] = (await replica.client.$queryRaw`SELECT pg_last_wal_replay_lsn()::text AS lsn`) as [
        { lsn: string | null },
      ];
    } catch (error) {
      // Down: its reads go to the primary meanwhile (routed), which shows the save.
      report(replica.connection, 'cannot say what it has replayed', error);
      return null;
    }
    if (hasReplayed(replayed, target)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, REPLAY_POLL_MS));
  }
}

/** Records one look at `replica`, logging once when it is taken out and once when it is back. */
function observe(replica: Connected, asOf: number, caughtUp: boolean): void {
  const { health, change } = observeReplica(database.health, { replica: nameOf(replica), asOf, caughtUp });
  database.health = health;
  if (change === 'taken out')
    console.warn(
      `${nameOf(replica)} had not replayed the primary's commits ${REPLAY_WAIT_MS} ms later; the public record is read from the other replicas or the primary until it catches up.`,
    );
  if (change === 'back') console.info(`${nameOf(replica)} has caught up; it serves the public record's reads again.`);
}

/** Calls `listener` for every SQL query sent, for tests and benchmarks that count them (an extended client has no $on). */
export function onQuery(listener: () => void): void {
  // The replicas' queries too: a read routed to one is still SQL the request ran.
  for (const { client } of [database, ...database.replicas]) client.$on('query', listener);
}

/** For scripts and tests that end: closes the client and the database under it (PGlite included). */
export function disconnectDb(): Promise<void> {
  return close(database);
}

/** The client inside `db.$transaction(async (tx) => …)`, for helpers that write in their caller's transaction. */
export type Transaction = Parameters<Extract<Parameters<typeof db.$transaction>[0], (...args: never[]) => unknown>>[0];

/**
 * A transaction that only reads (a REPEATABLE READ snapshot, settings scoped to one search), routed
 * as a single read is: on a replica in a readFromReplica scope, else on the primary, and on the
 * other when the one it meant does not answer. A plain $transaction always runs on the primary.
 */
export function readTransaction<T>(work: (tx: Transaction) => Promise<T>, options?: { timeout?: number }): Promise<T> {
  const { connection, client, replicas } = database;
  // A replica's client is built as the primary's is (createClient): its transaction client has the
  // same models and methods, without the routing, which a transaction does not use.
  const run = (on: Client) => on.$transaction((tx) => work(tx as unknown as Transaction), options);
  return outageAsAppError(() =>
    routed(
      connection,
      { all: replicas, serving: servingNow },
      {
        onPrimary: () => onPrimary(() => run(client)),
        onReplica: (replica) => run(replica.client),
      },
    ),
  );
}
export type Db = typeof db;
