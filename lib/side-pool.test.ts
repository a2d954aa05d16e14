import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runClosersOnExit } from './shutdown';
import { openSidePool } from './side-pool';

// The proxy's own pools (rate limits, the primary's probe) close when the server exits, as the
// Prisma client's does: their connections are ended before the process goes, not dropped with it.
const databaseUrl = process.env.DATABASE_URL;
const skip = databaseUrl ? false : 'needs PostgreSQL (DATABASE_URL)';

test('the server’s exit ends a side pool and its connections before the process exits', { skip }, async () => {
  const exits: (number | undefined)[] = [];
  const server = { exit: (code?: number) => void exits.push(code) };
  runClosersOnExit(server);
  const pool = openSidePool(databaseUrl!);
  // Two queries at once: both of the pool's connections open.
  await Promise.all([pool.query('SELECT pg_sleep(0.05)'), pool.query('SELECT pg_sleep(0.05)')]);
  assert.equal(pool.totalCount, 2);

  server.exit(143);
  while (!exits.length) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.deepEqual(exits, [143]);
  assert.equal(pool.ended, true);
  assert.equal(pool.totalCount, 0);
});
