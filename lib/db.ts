import 'server-only';
import { PrismaClient } from './generated/prisma/client';
import { openConfiguredDatabase, type DatabaseConnection } from './database';

function createClient(connection: DatabaseConnection) {
  // Query events let tests and benchmarks count the SQL a request runs (no N+1).
  return new PrismaClient({ adapter: connection.factory, log: [{ level: 'query', emit: 'event' }] });
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
