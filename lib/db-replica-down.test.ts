import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closedPort } from './testing/closed-port';

// A replica that does not answer, through the real client of lib/db.ts: DATABASE_REPLICA_URLS names
// a port nothing listens on. Reads that would go to it are answered by the primary, the failure is
// logged once, not once per read, and a save's wait for the replicas neither hangs nor fails.
const databaseUrl = process.env.DATABASE_URL;
const skip = databaseUrl ? false : 'needs PostgreSQL (DATABASE_URL): the embedded database has no replicas';

let app: {
  db: typeof import('./db').db;
  disconnectDb: typeof import('./db').disconnectDb;
  waitForReplicasToReplay: typeof import('./db').waitForReplicasToReplay;
  readFromReplica: typeof import('./replica-reads').readFromReplica;
};

before(async () => {
  if (!databaseUrl) return;
  const replica = new URL(databaseUrl);
  replica.port = String(await closedPort());
  // lib/env reads it when first imported.
  process.env.DATABASE_REPLICA_URLS = replica.toString();
  const [{ db, disconnectDb, waitForReplicasToReplay }, { readFromReplica }] = await Promise.all([
    import('./db'),
    import('./replica-reads'),
  ]);
  app = { db, disconnectDb, waitForReplicasToReplay, readFromReplica };
});

after(() => app?.disconnectDb());

test('reads meant for a replica that does not answer are answered by the primary, logged once', { skip }, async (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  const primary = decodeURIComponent(new URL(databaseUrl!).pathname.slice(1));
  for (let read = 0; read < 3; read++) {
    const [{ name }] = await app.readFromReplica(
      () => app.db.$queryRaw<[{ name: string }]>`SELECT current_database() AS name`,
    );
    assert.equal(name, primary);
    assert.equal(typeof (await app.readFromReplica(() => app.db.claim.count())), 'number');
  }
  assert.equal(warn.mock.callCount(), 1);
  assert.match(String(warn.mock.calls[0]?.arguments[0]), /replica .* does not answer, its reads go to the primary/);
});

test('a save does not wait on a replica that does not answer, nor fail for it', { skip }, async (t) => {
  t.mock.method(console, 'warn', () => {});
  const started = Date.now();
  await app.waitForReplicasToReplay();
  assert.ok(Date.now() - started < 1500, `waited ${Date.now() - started} ms`);
});
