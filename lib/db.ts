import 'server-only';
import { isDatabaseUnavailable } from './database-failure';
import { ServiceUnavailableError } from './errors';
import { PrismaClient } from './generated/prisma/client';
import { openConfiguredDatabase, type DatabaseConnection } from './database';
import { closeBeforeExit } from './shutdown';

/** Runs `operation`, a database outage (lib/database-failure.ts) becoming a ServiceUnavailableError. */
async function outageAsAppError<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw isDatabaseUnavailable(error) ? new ServiceUnavailableError(undefined, { cause: error }) : error;
  }
}

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

/**
 * The DAL's one translation of a database outage into the AppError every boundary maps (a form's
 * message, a 503 with Retry-After), so that no DAL function has to catch it. Every query is
 * wrapped, and so is $transaction: a transaction that cannot begin, or loses its connection, fails
 * there, outside any query (its own queries run on the plain client and fail through it).
 */
function withOutagesAsAppErrors(client: Client) {
  return client.$extends({
    query: { $allOperations: ({ args, query }) => outageAsAppError(() => query(args)) },
    client: {
      // Both forms (a callback, or an array of queries) keep their types: same arguments, same result.
      $transaction: ((...args: Parameters<Client['$transaction']>) =>
        outageAsAppError(() => client.$transaction(...args))) as Client['$transaction'],
    },
  });
}

// One PrismaClient per process. PGlite is single-process, and Next.js dev re-evaluates modules on
// every change, so the client is kept on globalThis rather than in module scope.
type OpenDatabase = { connection: DatabaseConnection; client: Client; db: ReturnType<typeof withOutagesAsAppErrors> };
const globalForPrisma = globalThis as unknown as { database?: OpenDatabase };
const database = (globalForPrisma.database ??= (() => {
  const connection = openConfiguredDatabase();
  const client = createClient(connection);
  const opened = { connection, client, db: withOutagesAsAppErrors(client) };
  // When the server stops, the pool and the embedded database close before the process ends.
  closeBeforeExit(() => close(opened));
  return opened;
})());

async function close({ client, connection }: OpenDatabase): Promise<void> {
  await client.$disconnect();
  await connection.close();
}

export const db = database.db;

/** Calls `listener` for every SQL query sent, for tests and benchmarks that count them (an extended client has no $on). */
export function onQuery(listener: () => void): void {
  database.client.$on('query', listener);
}

/** For scripts and tests that end: closes the client and the database under it (PGlite included). */
export function disconnectDb(): Promise<void> {
  return close(database);
}

/** The client inside `db.$transaction(async (tx) => …)`, for helpers that write in their caller's transaction. */
export type Transaction = Parameters<Extract<Parameters<typeof db.$transaction>[0], (...args: never[]) => unknown>>[0];
export type Db = typeof db;
