import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { migrateDatabase } from './testing/migrate';

// Which database answers, through the real client of lib/db.ts, with a second database on the same
// server standing in for a replica: migrated, but holding none of the primary's rows, as a replica
// that has not replayed them yet would. What it answers shows where a read went. No streaming
// replica is needed: the routing is the app's, the replication PostgreSQL's.
const databaseUrl = process.env.DATABASE_URL;
const skip = databaseUrl ? false : 'needs PostgreSQL (DATABASE_URL): the embedded database has no replicas';

let standInUrl: string;
// Loaded once DATABASE_REPLICA_URLS names the stand-in: lib/env reads it when first imported.
let app: {
  db: typeof import('./db').db;
  readTransaction: typeof import('./db').readTransaction;
  disconnectDb: typeof import('./db').disconnectDb;
  waitForReplicasToReplay: typeof import('./db').waitForReplicasToReplay;
  readFromReplica: typeof import('./replica-reads').readFromReplica;
  publicRecord: typeof import('./cache/public-record');
  claims: typeof import('./dal/claims');
  makeClaim: typeof import('./testing/factories').makeClaim;
  countQueries: typeof import('./testing/factories').countQueries;
};

// Made with pg rather than scripts/scratch-database.ts, which would read lib/env before
// DATABASE_REPLICA_URLS is set.
async function onServer(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(sql);
  await admin.end();
}

before(async () => {
  if (!databaseUrl) return;
  const name = `countercheck_test_${Date.now()}_${process.pid}_replica`; // ours: letters, digits, underscores
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  standInUrl = url.toString();
  assert.equal(await migrateDatabase({ DATABASE_URL: standInUrl }), 0);
  process.env.DATABASE_REPLICA_URLS = standInUrl;
  const [
    { db, readTransaction, disconnectDb, waitForReplicasToReplay },
    { readFromReplica },
    publicRecord,
    claims,
    { makeClaim, countQueries },
  ] = await Promise.all([
    import('./db'),
    import('./replica-reads'),
    import('./cache/public-record'),
    import('./dal/claims'),
    import('./testing/factories'),
  ]);
  app = {
    db,
    readTransaction,
    disconnectDb,
    waitForReplicasToReplay,
    readFromReplica,
    publicRecord,
    claims,
    makeClaim,
    countQueries,
  };
});

after(async () => {
  await app?.disconnectDb();
  if (standInUrl) await onServer(`DROP DATABASE IF EXISTS "${databaseName(standInUrl)}" WITH (FORCE)`);
});

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
const currentDatabase = async () =>
  ((await app.db.$queryRaw`SELECT current_database() AS name`) as [{ name: string }])[0].name;

test('the public record reads a replica; the DAL called directly reads the primary', { skip }, async () => {
  const claim = await app.makeClaim({ summary: `On the primary only ${randomUUID()}` });
  // The stand-in has not "replayed" the claim: the public record does not see it yet.
  assert.equal(await app.publicRecord.getPublishedClaimBySlugOrNull(claim.slug), null);
  assert.equal((await app.claims.getPublishedClaimBySlugOrNull(claim.slug))?.summary, claim.summary);
});

test('in a replica scope, model reads and raw queries go to the replica', { skip }, async () => {
  assert.equal(await app.readFromReplica(currentDatabase), databaseName(standInUrl));
  assert.equal(await app.readFromReplica(() => app.db.claim.count()), 0);
  assert.ok((await app.db.claim.count()) > 0);
  assert.equal(await currentDatabase(), databaseName(databaseUrl!));
});

test('a query sent to a replica is counted like one sent to the primary', { skip }, async () => {
  assert.equal(await app.countQueries(() => app.readFromReplica(() => app.db.claim.count())), 1);
});

test('in a replica scope, writes and transactions stay on the primary', { skip }, async () => {
  const made = await app.readFromReplica(() => app.makeClaim());
  assert.equal((await app.db.claim.findUnique({ where: { id: made.id } }))?.id, made.id);
  const primary = databaseName(databaseUrl!);
  assert.equal(
    await app.readFromReplica(() =>
      app.db.$transaction(
        async (tx) => ((await tx.$queryRaw`SELECT current_database() AS name`) as [{ name: string }])[0].name,
      ),
    ),
    primary,
  );
  const [batched] = await app.readFromReplica(() =>
    app.db.$transaction([app.db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`]),
  );
  assert.equal(batched[0]?.name, primary);
});

test(
  'a read transaction goes where a read would: the replica in a replica scope, else the primary',
  { skip },
  async () => {
    const where = () =>
      app.readTransaction(
        async (tx) => ((await tx.$queryRaw`SELECT current_database() AS name`) as [{ name: string }])[0].name,
      );
    assert.equal(await app.readFromReplica(where), databaseName(standInUrl));
    assert.equal(await where(), databaseName(databaseUrl!));
    // Search sets its thresholds in one such transaction: in the scope, on the replica's rows.
    const claim = await app.makeClaim({ summary: `Searchable only on the primary ${randomUUID()}` });
    const search = (await import('./dal/search')).rankClaimsForQuery;
    assert.equal((await app.readFromReplica(() => search(claim.summary))).length, 0);
    assert.ok((await search(claim.summary)).some(({ claimId }) => claimId === claim.id));
  },
);

test('a replica client leaves out password hashes and TOTP secrets as the primary does', { skip }, async () => {
  const replica = new pg.Client({ connectionString: standInUrl });
  await replica.connect();
  const id = randomUUID();
  try {
    await replica.query(
      `INSERT INTO users (id, email, name, role, password_hash, totp_secret) VALUES ($1, $2, 'Replica reader', 'editor', '$argon2id$not-a-hash', 'SECRET')`,
      [id, `replica-${id}@example.test`],
    );
  } finally {
    await replica.end();
  }
  const user = await app.readFromReplica(() => app.db.user.findUnique({ where: { id } }));
  assert.equal(user?.name, 'Replica reader');
  assert.equal('passwordHash' in user!, false);
  assert.equal('totpSecret' in user!, false);
});

test('waiting for the replicas ends at once for a server that replays nothing', { skip }, async () => {
  const started = Date.now();
  await app.waitForReplicasToReplay();
  assert.ok(Date.now() - started < 500, `waited ${Date.now() - started} ms`);
});
