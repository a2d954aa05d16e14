import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import pg from 'pg';
import { clusterConfig, primaryUrl, replicaUrl, type ClusterConfig } from '../scripts/cluster/config';
import { startPrimary, startReplica, stopPostgres } from '../scripts/cluster/postgres';
import { closedPort } from './testing/closed-port';
import { migrateDatabase } from './testing/migrate';

// A replica that lags, on a real streaming replica: this file starts its own PostgreSQL primary and
// a `pg_basebackup -R` standby of it (scripts/cluster/postgres.ts, the local cluster's own tools),
// on free loopback ports in a temporary folder, and pauses the standby's replay to make it lag.
// Through the real client of lib/db.ts: a replica found behind, by a save's wait or by the periodic
// check, is taken out of the public record's reads, which the primary then answers, and is put
// back once a check finds it caught up; each change logged once.
const BIN = process.env.POSTGRES_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
const skip = !process.env.DATABASE_URL
  ? 'runs with the PostgreSQL suite (DATABASE_URL): the embedded database has no replicas'
  : !existsSync(path.join(BIN, 'pg_basebackup'))
    ? `needs PostgreSQL's server programs (initdb, pg_basebackup, pg_ctl) in ${BIN}; set POSTGRES_BIN_DIR`
    : false;

// The periodic check runs every 5 s and may take 1 s: a change shows within two checks.
const CHECK_WITHIN_MS = 15_000;

let folder: string | undefined;
let cluster: ClusterConfig | undefined;
let standby: pg.Client;
// Loaded once DATABASE_URL and DATABASE_REPLICA_URLS name this file's servers: lib/env reads them when first imported.
let app: {
  db: typeof import('./db').db;
  disconnectDb: typeof import('./db').disconnectDb;
  waitForReplicasToReplay: typeof import('./db').waitForReplicasToReplay;
  readFromReplica: typeof import('./replica-reads').readFromReplica;
  publicRecord: typeof import('./cache/public-record');
  makeClaim: typeof import('./testing/factories').makeClaim;
};

before(async () => {
  if (skip) return;
  folder = mkdtempSync(path.join(tmpdir(), 'countercheck-replica-lag-'));
  // As root the servers run as `postgres`, who must reach the data folders inside.
  chmodSync(folder, 0o755);
  const primaryPort = await closedPort();
  let replicaPort = await closedPort();
  while (replicaPort === primaryPort) replicaPort = await closedPort();
  cluster = clusterConfig(
    { CLUSTER_DIR: folder, CLUSTER_PRIMARY_PORT: String(primaryPort), CLUSTER_REPLICA_PORT: String(replicaPort) },
    process.cwd(),
  );
  startPrimary(cluster);
  assert.equal(await migrateDatabase({ DATABASE_URL: primaryUrl(cluster) }), 0);
  startReplica(cluster);
  process.env.DATABASE_URL = primaryUrl(cluster);
  process.env.DATABASE_REPLICA_URLS = replicaUrl(cluster);
  const [{ db, disconnectDb, waitForReplicasToReplay }, { readFromReplica }, publicRecord, { makeClaim }] =
    await Promise.all([
      import('./db'),
      import('./replica-reads'),
      import('./cache/public-record'),
      import('./testing/factories'),
    ]);
  app = { db, disconnectDb, waitForReplicasToReplay, readFromReplica, publicRecord, makeClaim };
  standby = new pg.Client({ connectionString: replicaUrl(cluster) });
  await standby.connect();
});

after(async () => {
  await standby?.end();
  await app?.disconnectDb();
  if (cluster) stopPostgres(cluster);
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Whether the public record's reads are answered by the standby (true) or the primary (false). */
async function readFromStandby(): Promise<boolean> {
  const [{ inRecovery }] = await app.readFromReplica(
    () => app.db.$queryRaw<[{ inRecovery: boolean }]>`SELECT pg_is_in_recovery() AS "inRecovery"`,
  );
  return inRecovery;
}

async function pauseReplay(): Promise<void> {
  await standby.query('SELECT pg_wal_replay_pause()');
  for (;;) {
    const { rows } = await standby.query<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state');
    if (rows[0]?.state === 'paused') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const onStandby = async (claimId: string) =>
  (await standby.query('SELECT 1 FROM claims WHERE id = $1', [claimId])).rowCount === 1;

/** The lines logged through `method` (mocked) that match `pattern`. */
const logged = (method: { mock: { calls: { arguments: unknown[] }[] } }, pattern: RegExp) =>
  method.mock.calls.filter((call) => pattern.test(String(call.arguments[0])));

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > CHECK_WITHIN_MS) assert.fail(`${what}: not within ${CHECK_WITHIN_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const TAKEN_OUT =
  /replica .* had not replayed the primary's commits 1000 ms later; the public record is read from the other replicas or the primary until it catches up/;
const BACK = /replica .* has caught up; it serves the public record's reads again/;

function mockLogs(t: TestContext) {
  return { warn: t.mock.method(console, 'warn', () => {}), info: t.mock.method(console, 'info', () => {}) };
}

test('a replica a save gave up waiting for is read around until a check finds it caught up', { skip }, async (t) => {
  const { warn, info } = mockLogs(t);
  assert.equal(await readFromStandby(), true, 'in step, the standby serves the public record');

  await pauseReplay();
  let claim: Awaited<ReturnType<typeof app.makeClaim>>;
  try {
    claim = await app.makeClaim({ summary: `Saved while the standby was paused ${randomUUID()}` });
    await app.waitForReplicasToReplay(); // what a save does before it expires its tags
    assert.equal(logged(warn, TAKEN_OUT).length, 1);
    assert.equal(await onStandby(claim.id), false, 'the standby has not replayed the save');
    // The public record shows the save: read from the primary.
    assert.equal((await app.publicRecord.getPublishedClaimBySlugOrNull(claim.slug))?.summary, claim.summary);
    assert.equal(await readFromStandby(), false);
    // Another save while it is out: still read around, and not logged again.
    await app.makeClaim();
    await app.waitForReplicasToReplay();
    assert.equal(logged(warn, TAKEN_OUT).length, 1);
    assert.equal(await readFromStandby(), false);
  } finally {
    await standby.query('SELECT pg_wal_replay_resume()');
  }
  await until(() => logged(info, BACK).length > 0, 'back in reads');
  assert.equal(logged(info, BACK).length, 1);
  assert.equal(await readFromStandby(), true);
  assert.equal((await app.publicRecord.getPublishedClaimBySlugOrNull(claim.slug))?.summary, claim.summary);
  assert.equal(await onStandby(claim.id), true);
});

test(
  'the periodic check takes out a replica that lags with no save to notice, and puts it back',
  { skip },
  async (t) => {
    const { warn, info } = mockLogs(t);
    assert.equal(await readFromStandby(), true);

    await pauseReplay();
    try {
      // Written without a save's wait: only the check can find the standby behind.
      await app.makeClaim();
      await until(() => logged(warn, TAKEN_OUT).length > 0, 'taken out by the check');
      assert.equal(await readFromStandby(), false);
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
    await until(() => logged(info, BACK).length > 0, 'back in reads');
    assert.equal(await readFromStandby(), true);
    assert.equal(logged(warn, TAKEN_OUT).length, 1);
    assert.equal(logged(info, BACK).length, 1);
  },
);
