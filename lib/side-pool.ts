import { Pool } from 'pg';
import { closeBeforeExit } from './shutdown';

// A small pool of its own beside the Prisma client, for what the proxy asks the primary (rate limits
// without Redis, lib/rate-limit/limiters.ts; whether it answers, lib/database-probe.ts): the proxy
// is bundled apart from the Prisma client. Closed with the database when the server stops
// (lib/shutdown.ts), so that PostgreSQL sees each connection ended, not dropped.
export function openSidePool(connectionString: string): Pool {
  const pool = new Pool({
    connectionString,
    max: 2,
    // A database that hangs rather than refuses must not hold the request: after a second its
    // caller answers without it.
    connectionTimeoutMillis: 1000,
    query_timeout: 1000,
    // A script or test that used the pool can end without closing it.
    allowExitOnIdle: true,
  });
  // A stopping database ends idle connections; unheard, that error would end the process.
  pool.on('error', () => {});
  closeBeforeExit(() => pool.end());
  return pool;
}
