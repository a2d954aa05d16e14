import 'server-only';
import { PrismaClient } from './generated/prisma/client';
import { openConfiguredDatabase, type DatabaseConnection } from './database';

function createClient(connection: DatabaseConnection) {
  return new PrismaClient({
    adapter: connection.factory,
    // Query events let tests and benchmarks count the SQL a request runs (no N+1).
    log: [{ level: 'query', emit: 'event' }],
    // A password hash leaves the database only where a query asks for it by name (sign-in and
    // password change), so a forgotten select can never send one to a page.
    omit: { user: { passwordHash: true } },
  });
}

// One PrismaClient per process. PGlite is single-process, and Next.js dev re-evaluates modules on
// every change, so the client is kept on globalThis rather than in module scope.
const globalForPrisma = globalThis as unknown as {
  database?: { connection: DatabaseConnection; client: ReturnType<typeof createClient> };
};
const database = (globalForPrisma.database ??= (() => {
  const connection = openConfiguredDatabase();
  return { connection, client: createClient(connection) };
})());

export const db = database.client;

/** For scripts and tests that end: closes the client and the database under it (PGlite included). */
export async function disconnectDb(): Promise<void> {
  await db.$disconnect();
  await database.connection.close();
}

/** The client inside `db.$transaction(async (tx) => …)`, for helpers that write in their caller's transaction. */
export type Transaction = Parameters<Extract<Parameters<typeof db.$transaction>[0], (...args: never[]) => unknown>>[0];
export type Db = typeof db;
