import 'server-only';
import { PrismaClient } from './generated/prisma/client';
import { openConfiguredDatabase, type DatabaseConnection } from './database';
import { closeBeforeExit } from './shutdown';

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

// One PrismaClient per process. PGlite is single-process, and Next.js dev re-evaluates modules on
// every change, so the client is kept on globalThis rather than in module scope.
type OpenDatabase = { connection: DatabaseConnection; client: ReturnType<typeof createClient> };
const globalForPrisma = globalThis as unknown as { database?: OpenDatabase };
const database = (globalForPrisma.database ??= (() => {
  const connection = openConfiguredDatabase();
  const opened = { connection, client: createClient(connection) };
  // When the server stops, the pool and the embedded database close before the process ends.
  closeBeforeExit(() => close(opened));
  return opened;
})());

async function close({ client, connection }: OpenDatabase): Promise<void> {
  await client.$disconnect();
  await connection.close();
}

export const db = database.client;

/** For scripts and tests that end: closes the client and the database under it (PGlite included). */
export function disconnectDb(): Promise<void> {
  return close(database);
}

/** The client inside `db.$transaction(async (tx) => …)`, for helpers that write in their caller's transaction. */
export type Transaction = Parameters<Extract<Parameters<typeof db.$transaction>[0], (...args: never[]) => unknown>>[0];
export type Db = typeof db;
