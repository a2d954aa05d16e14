import 'server-only';
import { noteDatabaseUnavailable } from './cache/database-outage';
import { isDatabaseUnavailable } from './database-failure';
import { ServiceUnavailableError } from './errors';
import { oncePerInterval } from './domain/once-per-interval';
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

/**
 * A read in a readFromReplica scope (lib/replica-reads.ts) goes to a replica picked at random; one
 * that does not answer (lib/database-failure.ts) is read around, on the primary, for that read. Any
 * other read goes to the primary, and to a replica when the primary does not answer: a reader is
 * better served the record as a replica last saw it than an error, and a write fails regardless.
 * A failed request (a bad query) is the query's, and fails as it would on the primary.
 */
async function routed<T>(primary: DatabaseConnection, replicas: readonly Connected[], read: Read<T>): Promise<T> {
  if (!replicas.length) return read.onPrimary();
  const replica = replicas[Math.floor(Math.random() * replicas.length)]!;
  if (!mayReadFromReplica()) {
    try {
      return await read.onPrimary();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      report(primary, 'does not answer, reads go to the replicas', error);
      return read.onReplica(replica);
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
function withRoutingAndOutages(primary: Connected, replicas: readonly Connected[]) {
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

// One PrismaClient per process. PGlite is single-process, and Next.js dev re-evaluates modules on
// every change, so the client is kept on globalThis rather than in module scope.
type OpenDatabase = Connected & { replicas: Connected[]; db: ReturnType<typeof withRoutingAndOutages> };
const globalForPrisma = globalThis as unknown as { database?: OpenDatabase };
const database = (globalForPrisma.database ??= (() => {
  const connection = openConfiguredDatabase();
  const client = createClient(connection);
  const replicas = openConfiguredReplicas().map((replica) => ({ connection: replica, client: createClient(replica) }));
  const opened = { connection, client, replicas, db: withRoutingAndOutages({ connection, client }, replicas) };
  // When the server stops, the pool and the embedded database close before the process ends.
  closeBeforeExit(() => close(opened));
  return opened;
})());

async function close({ client, connection, replicas }: OpenDatabase): Promise<void> {
  await Promise.all(replicas.map((replica) => replica.client.$disconnect()));
  await client.$disconnect();
  await connection.close();
}

export const db = database.db;

// How long a save waits for the replicas before it expires its tags anyway, and between two looks.
const REPLAY_WAIT_MS = 1000;
const REPLAY_POLL_MS = 10;

/**
 * Waits, at most about a second, until every replica has replayed what the primary has committed
 * so far, so that the cache entries a save is about to expire are refilled from replicas that show
 * it. Called after the commit, before the tags expire (lib/cache/expire.ts). Never fails: the save
 * is made; a replica that stays behind, or cannot be asked, is logged, and its lag may be cached.
 */
export async function waitForReplicasToReplay(): Promise<void> {
  if (!database.replicas.length) return;
  let target: string;
  try {
    [{ lsn: target }] = (await database.client.$queryRaw`SELECT pg_current_wal_lsn()::text AS lsn`) as [
      { lsn: string },
    ];
  } catch (error) {
    console.error("Could not read the primary's WAL position; the cache may refill from a replica that lags.", error);
    return;
  }
  const deadline = Date.now() + REPLAY_WAIT_MS;
  await Promise.all(database.replicas.map((replica) => waitForReplay(replica, target, deadline)));
}

async function waitForReplay(replica: Connected, target: string, deadline: number): Promise<void> {
  for (;;) {
    let replayed: string | null;
    try {
      [{ lsn: replayed }] = (await replica.client.$queryRaw`SELECT pg_last_wal_replay_lsn()::text AS lsn`) as [
        { lsn: string | null },
      ];
    } catch (error) {
      // Down: its reads go to the primary meanwhile (routed), which shows the save.
      return report(replica.connection, 'cannot say what it has replayed', error);
    }
    if (hasReplayed(replayed, target)) return;
    if (Date.now() >= deadline)
      return report(replica.connection, `had not replayed a save ${REPLAY_WAIT_MS} ms after its commit`);
    await new Promise((resolve) => setTimeout(resolve, REPLAY_POLL_MS));
  }
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
    routed(connection, replicas, {
      onPrimary: () => onPrimary(() => run(client)),
      onReplica: (replica) => run(replica.client),
    }),
  );
}
export type Db = typeof db;
