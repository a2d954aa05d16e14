import type { Pool } from 'pg';
import { env } from './env';
import { openSidePool } from './side-pool';

// Asks the primary database whether it answers, outside the Prisma client, whose reads fall back to
// a replica when it does not (lib/db.ts): the proxy before a form posted without JavaScript
// (lib/proxy/database-outage.ts), and the editors' pages for their read-only notice.

// Its own small pool (lib/side-pool.ts): the proxy is bundled apart from the Prisma client.
const globalForProbe = globalThis as unknown as { databaseProbePool?: Pool };

function probePool(databaseUrl: string): Pool {
  return (globalForProbe.databaseProbePool ??= openSidePool(databaseUrl));
}

/** Whether the primary database answers now (within a second). The embedded one is in this process: it always does. */
export async function primaryAnswers(): Promise<boolean> {
  if (!env.DATABASE_URL) return true;
  try {
    await probePool(env.DATABASE_URL).query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
