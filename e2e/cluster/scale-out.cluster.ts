import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Pool } from 'pg';
import { routes } from '../../lib/routes';
import {
  appName,
  CLUSTER_HOST,
  clusterConfig,
  origin,
  primaryUrl,
  replicaUrl,
  siteUrl,
} from '../../scripts/cluster/config';
import { postgresNodes, startPrimary, stopPostgresNode } from '../../scripts/cluster/postgres';
import { stopRecorded } from '../../scripts/cluster/processes';
import { startRedis, stopRedis } from '../../scripts/cluster/redis';

// The scale-out topology's promises (docs/scale-out.md), against the cluster `npm run test:cluster`
// started: two app instances, nginx in front, a PostgreSQL primary and its replica, Redis. The
// specs run in order and share the cluster: the later ones pause the replica's replay, stop the
// primary and Redis, and start them again, and the last stops instance A for good.

const cluster = clusterConfig(process.env, path.resolve('.'));
const [instanceA, instanceB] = cluster.appPorts.map(origin) as [string, string];
const edge = siteUrl(cluster);
const editor = { email: process.env.CLUSTER_EDITOR_EMAIL!, password: process.env.CLUSTER_EDITOR_PASSWORD! };
// A seed claim that the benchmarks and cluster:check do not read.
const slug = 'earnest-us-pulling-more-than-its-weight';
const claimPath = routes.claim(slug);

/** A reader's request, as nginx and the instances see one: no cookie. */
async function read(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, text: await response.text() };
}

/** Milliseconds until `url` shows `text`, or null after `limitMs`. */
async function untilShown(url: string, text: string, limitMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await read(url)).text.includes(text)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Types a new verdict explanation on the claim's edit page (open) and saves it. */
async function saveExplanation(page: Page, explanation: string) {
  const form = page.getByRole('form', { name: 'Edit the claim' });
  await form.getByLabel('Verdict explanation').fill(explanation);
  await form.getByRole('button', { name: 'Save changes' }).click();
  return form;
}

/**
 * Renders searches no one made on both instances (each a render that reads the record) and expects
 * the replica's tables to count them: its scans, which the instances' lag checks (lib/db.ts) never
 * make, so that only the record's reads move them. PostgreSQL publishes a backend's counts when it
 * is idle, within about ten seconds.
 */
async function expectSearchesReadFromReplica(replica: Pool) {
  const scans = async () =>
    Number(
      (
        await replica.query<{ n: string }>(
          'SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0) AS n FROM pg_stat_user_tables',
        )
      ).rows[0]!.n,
    );
  const before = await scans();
  for (const instance of [instanceA, instanceB])
    for (let i = 0; i < 3; i++)
      expect((await read(instance + routes.claims({ q: `syria ${randomUUID()}` }))).status).toBe(200);
  await expect.poll(async () => (await scans()) - before, { timeout: 20_000, intervals: [1_000] }).toBeGreaterThan(6);
  console.log(`the replica's tables were scanned ${(await scans()) - before} times for 6 searches`);
}

test.beforeAll(() => {
  if (!editor.email || !editor.password) throw new Error('Run these through `npm run test:cluster`.');
});

test('a page rendered by instance A is served by instance B from Redis, without rendering it', async () => {
  // A search no one made: a page cached whole that neither instance has.
  const searchPath = routes.claims({ q: `kurds ${randomUUID()}` });
  const onA = await fetch(instanceA + searchPath);
  const onB = await fetch(instanceB + searchPath);
  // Next.js's own account of what its page cache did for each.
  expect(onA.headers.get('x-nextjs-cache'), 'instance A renders it').toBe('MISS');
  expect(onB.headers.get('x-nextjs-cache'), 'instance B finds it').toBe('HIT');
  expect(await onB.text()).toBe(await onA.text());
  expect(onB.headers.get('content-security-policy')).toBe(onA.headers.get('content-security-policy'));
});

test('an edit saved through instance A is served by instance B and through nginx within 2 seconds', async ({
  page,
}) => {
  // Every reader's copy is warm first: each instance's page cache and nginx's.
  for (const url of [instanceA, instanceB, edge, edge]) expect((await read(url + claimPath)).status).toBe(200);
  await signIn(page);
  await page.goto(routes.claimEdit(slug));
  const explanation = `Checked across instances ${randomUUID()}.`;
  const form = await saveExplanation(page, explanation);
  await expect(form.getByText(/^Saved as version \d+\.$/)).toBeVisible();

  const onB = await untilShown(instanceB + claimPath, explanation, 2_000);
  const throughEdge = await untilShown(edge + claimPath, explanation, 2_000);
  console.log(`the edit shown by instance B after ${onB} ms, through nginx after ${throughEdge} ms`);
  expect(onB, 'instance B').not.toBeNull();
  expect(throughEdge, 'nginx').not.toBeNull();
});

test('the public record is read from the replica', async () => {
  const replica = new Pool({ connectionString: replicaUrl(cluster), max: 1 });
  try {
    await expectSearchesReadFromReplica(replica);
  } finally {
    await replica.end();
  }
});

test('a replica that lags is read around until it catches up: an edit saved while its replay is paused is served by both instances and nginx, and reads go back to it once resumed', async ({
  page,
}) => {
  const replica = new Pool({ connectionString: replicaUrl(cluster), max: 1 });
  // What each instance logs from now on (the logs are kept between runs).
  const logs = cluster.appPorts.map((port) => {
    const file = path.join(cluster.dir, 'logs', `app-${port}.log`);
    const start = statSync(file).size;
    return () => readFileSync(file).subarray(start).toString();
  });
  const linesOf = (pattern: RegExp) => logs.map((log) => log().match(pattern)?.length ?? 0);
  const takenOut = /replica .* had not replayed the primary's commits 1000 ms later/g;
  const back = /replica .* has caught up; it serves the public record's reads again/g;
  for (const url of [instanceA, instanceB, edge, edge]) expect((await read(url + claimPath)).status).toBe(200);
  await signIn(page);
  await page.goto(routes.claimEdit(slug));
  const explanation = `Saved while the replica lagged ${randomUUID()}.`;

  await replica.query('SELECT pg_wal_replay_pause()');
  try {
    await expect
      .poll(async () => (await replica.query('SELECT pg_get_wal_replay_pause_state() AS s')).rows[0].s)
      .toBe('paused');
    const form = await saveExplanation(page, explanation);
    await expect(form.getByText(/^Saved as version \d+\.$/)).toBeVisible();
    const onReplica = await replica.query('SELECT verdict_explanation FROM claims WHERE slug = $1', [slug]);
    expect(onReplica.rows[0].verdict_explanation, 'the replica has not replayed the save').not.toBe(explanation);

    // Shown everywhere, so read from the primary: each instance took the replica out (A when its
    // save's wait gave up, B before applying the invalidation it heard), once.
    const shown = await Promise.all(
      [instanceA, instanceB, edge].map((url) => untilShown(url + claimPath, explanation, 5_000)),
    );
    console.log(`with the replica paused, the edit shown by A, B and nginx after ${shown.join(', ')} ms`);
    expect(shown, 'A, B, nginx').not.toContain(null);
    expect(linesOf(takenOut)).toEqual([1, 1]);
  } finally {
    await replica.query('SELECT pg_wal_replay_resume()');
  }
  // Each instance's check finds it caught up within a few seconds and says so once.
  await expect.poll(() => linesOf(back), { timeout: 20_000, intervals: [500] }).toEqual([1, 1]);
  try {
    await expectSearchesReadFromReplica(replica);
  } finally {
    await replica.end();
  }
});

test('with the primary stopped, readers are served, editors see a read-only notice, and a refused save is kept and saved once it is back', async ({
  page,
}) => {
  const [primary] = postgresNodes(cluster);
  await signIn(page);
  await page.goto(routes.claimEdit(slug));
  const explanation = `Typed while the primary was down ${randomUUID()}.`;

  stopPostgresNode(primary!);
  try {
    for (const url of [instanceA, instanceB, edge]) {
      expect((await read(url + claimPath)).status, `${url}: the claim page`).toBe(200);
      expect((await read(url + '/api/v1/claims')).status, `${url}: the API`).toBe(200);
      // A search no one made cannot come from a cache: the replica answers it.
      expect((await read(url + routes.claims({ q: `turkey ${randomUUID()}` }))).status, `${url}: a new search`).toBe(
        200,
      );
    }
    const form = await saveExplanation(page, explanation);
    await expect(
      form.getByText('The database is unavailable; nothing was saved. Try again in 10 seconds.'),
    ).toBeVisible();
    await expect(form.getByLabel('Verdict explanation')).toHaveValue(explanation);

    // Editing pages are still served (from the replica), each saying that saving waits.
    const other = await page.context().newPage();
    const answer = await other.goto(routes.claimEdit('trump-we-have-defeated-isis-in-syria'));
    expect(answer?.status()).toBe(200);
    await expect(other.getByRole('status').filter({ hasText: 'Read-only for now' })).toBeVisible();
    await other.close();
  } finally {
    startPrimary(cluster);
  }

  // Back: the same form, as it was left, saves, and the notice is gone.
  await page.getByRole('form', { name: 'Edit the claim' }).getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('form', { name: 'Edit the claim' }).getByText(/^Saved as version \d+\.$/)).toBeVisible();
  expect(await untilShown(instanceB + claimPath, explanation, 2_000), 'the save, on instance B').not.toBeNull();
  await page.goto(routes.claimEdit(slug));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Read-only for now' })).toHaveCount(0);
});

test('with Redis stopped, every instance and nginx still answer, and pick up again when it is back', async () => {
  await stopRedis(cluster);
  try {
    for (const url of [instanceA, instanceB, edge])
      for (const pagePath of [claimPath, '/claims', '/api/v1/claims', routes.claims({ q: `isis ${randomUUID()}` })])
        expect((await read(url + pagePath)).status, `${url}${pagePath}`).toBe(200);
  } finally {
    await startRedis(cluster);
  }
  for (const url of [instanceA, instanceB]) expect((await read(url + claimPath)).status).toBe(200);
});

test('instance A told to stop (SIGTERM) answers the request in flight, accepts no new connection, and ends its database connections before it exits', async ({
  page,
}) => {
  const nameOfA = appName(cluster.appPorts[0]!);
  // Two: one holds the lock below while the other asks.
  const primary = new Pool({ connectionString: primaryUrl(cluster), max: 2 });
  const replica = new Pool({ connectionString: replicaUrl(cluster), max: 1 });
  const count = async (pool: Pool, sql: string, values: unknown[] = []) =>
    Number((await pool.query<{ n: string }>(sql, values)).rows[0]!.n);
  const connectionsOfA = (pool: Pool, where = 'true') =>
    count(pool, `SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1 AND ${where}`, [nameOfA]);
  // Sessions whose client went without saying goodbye (PostgreSQL's Terminate message), as the
  // connections of a pool left open when its process exits do.
  const abandoned = () =>
    Promise.all(
      [primary, replica].map((pool) =>
        count(pool, 'SELECT sessions_abandoned AS n FROM pg_stat_database WHERE datname = current_database()'),
      ),
    );

  // Instance A with connections to both: an editor's pages read the primary (the session, the edit
  // form), a search no one made the replica.
  await signIn(page);
  await page.goto(routes.claimEdit(slug));
  expect((await read(instanceA + routes.claims({ q: `syria ${randomUUID()}` }))).status).toBe(200);
  const abandonedBefore = await abandoned();

  // A request held in flight: a search no one made, under the claims table locked on the primary
  // and, once it has replayed the lock, on the replica.
  const lock = await primary.connect();
  try {
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE claims IN ACCESS EXCLUSIVE MODE');
    // The lock's record reaches the replica once flushed, which a commit after it does.
    await primary.query('SELECT pg_current_xact_id()');
    const lsn = (await primary.query<{ lsn: string }>('SELECT pg_current_wal_flush_lsn()::text AS lsn')).rows[0]!.lsn;
    await expect.poll(() => count(replica, 'SELECT (pg_last_wal_replay_lsn() >= $1::pg_lsn)::int AS n', [lsn])).toBe(1);
    const inFlight = fetch(instanceA + routes.claims({ q: `held in flight ${randomUUID()}` }), {
      signal: AbortSignal.timeout(60_000),
    });
    // The replica answers the public record, or the primary (seen after the primary's restart above):
    // either waits for the lock.
    const waiting = async () =>
      (await connectionsOfA(primary, "wait_event_type = 'Lock'")) +
      (await connectionsOfA(replica, "wait_event_type = 'Lock'"));
    await expect.poll(waiting, { message: 'the search waits for the lock' }).toBe(1);

    const held = [await connectionsOfA(primary), await connectionsOfA(replica)];
    console.log(`instance A held ${held[0]} connections to the primary, ${held[1]} to the replica, when told to stop`);
    expect(held[0], 'connections to the primary').toBeGreaterThan(0);
    const stopped = stopRecorded(cluster, nameOfA);
    // A new connection, not fetch's: a connection kept alive from before is still answered while
    // the server finishes (as nginx's are, until idle), but no new one is accepted.
    const accepts = () =>
      new Promise<boolean>((resolve) => {
        const socket = connect(cluster.appPorts[0]!, CLUSTER_HOST);
        socket.once('connect', () => resolve(true)).once('error', () => resolve(false));
        socket.once('connect', () => socket.destroy());
      });
    await expect.poll(accepts, { message: 'instance A accepts no new connection' }).toBe(false);
    await lock.query('COMMIT');
    const answer = await inFlight;
    expect(answer.status, 'the request in flight').toBe(200);
    expect(await answer.text()).toContain('held in flight');
    expect(await stopped, 'instance A was running').toBe(true);
  } finally {
    await lock.query('ROLLBACK').catch(() => {});
    lock.release();
  }

  // nginx sends readers to instance B.
  expect((await read(edge + routes.claims({ q: `after A ${randomUUID()}` }))).status).toBe(200);
  // A backend records how its session ended before it leaves pg_stat_activity.
  await expect.poll(async () => [await connectionsOfA(primary), await connectionsOfA(replica)]).toEqual([0, 0]);
  expect(await abandoned(), 'sessions abandoned by their client, on the primary and the replica').toEqual(
    abandonedBefore,
  );
  await Promise.all([primary.end(), replica.end()]);
});
