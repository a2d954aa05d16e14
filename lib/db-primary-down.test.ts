import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closedPort } from './testing/closed-port';

// The primary does not answer, through the real client of lib/db.ts: DATABASE_URL names a port
// nothing listens on and DATABASE_REPLICA_URLS the test database, standing in for a replica. Reads
// are answered by the replica, the failure logged once; a write fails as an outage.
const testDatabaseUrl = process.env.DATABASE_URL;
const skip = testDatabaseUrl ? false : 'needs PostgreSQL (DATABASE_URL): the embedded database has no replicas';

let app: typeof import('./db');

before(async () => {
  if (!testDatabaseUrl) return;
  const primary = new URL(testDatabaseUrl);
  primary.port = String(await closedPort());
  // lib/env reads them when first imported.
  process.env.DATABASE_URL = primary.toString();
  process.env.DATABASE_REPLICA_URLS = testDatabaseUrl;
  app = await import('./db');
});

after(() => app?.disconnectDb());

test(
  'with the primary down, every read is answered by a replica, logged once; a write is an outage',
  { skip },
  async (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    const replica = decodeURIComponent(new URL(testDatabaseUrl!).pathname.slice(1));
    for (let read = 0; read < 3; read++) {
      const [{ name }] = await app.db.$queryRaw<[{ name: string }]>`SELECT current_database() AS name`;
      assert.equal(name, replica);
      assert.equal(typeof (await app.db.claim.count()), 'number');
    }
    const inTransaction = await app.readTransaction(
      async (tx) => ((await tx.$queryRaw`SELECT current_database() AS name`) as [{ name: string }])[0].name,
    );
    assert.equal(inTransaction, replica, 'a read transaction too');
    assert.equal(warn.mock.callCount(), 1);
    assert.match(String(warn.mock.calls[0]?.arguments[0]), /does not answer, reads go to the replicas/);
    await assert.rejects(
      app.db.topic.create({ data: { slug: 'never', name: 'Never' } }),
      (error: Error & { code?: string }) => error.code === 'unavailable',
    );
  },
);
