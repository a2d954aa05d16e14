// npm run loadtest: minutes of mixed traffic against the production build on PostgreSQL, with the
// database stopped for a while in the middle. Readers are wrk (Debian's `wrk`: a load client that is
// not itself the bottleneck), editors save claims through the no-JavaScript form path, and a prober
// asks for a claim page four times a second to time the recovery. Afterwards it checks that every
// save the app acknowledged is in the database and that none is half-written.
//
// It stops and starts the PostgreSQL server of DATABASE_URL (Debian's pg_ctlcluster by default, or
// LOADTEST_PG_STOP / LOADTEST_PG_START): run it on a machine where nothing else needs that server.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { isLocalDatabase } from '../lib/database';
import { env } from '../lib/env';
import {
  countOutcomes,
  failuresByWindow,
  failuresDuringOutageByPage,
  recoveryMs,
  type Outage,
  type Sample,
} from './loadtest/figures';
import { residentBytes } from './process-memory';
import { claimEditForm, postClaimEdit, saveResult, signIn } from './no-js-editor';
import { startProductionServer, type ProductionServer } from './production-server';
import { createScratchDatabase } from './scratch-database';
import { runWrk } from './wrk/run-wrk';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    'outage-after': { type: 'string', default: '60' },
    outage: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    editors: { type: 'string', default: '3' },
    port: { type: 'string', default: '3400' },
  },
});
const seconds = Number(options.seconds);
const outageAfter = Number(options['outage-after']);
const outageSeconds = Number(options.outage);
const base = `http://127.0.0.1:${options.port}`;
const started = performance.now();
const now = () => Math.round(performance.now() - started);
const MEMORY_SAMPLE_MS = 2000;
// The server's whole stderr, kept for reading after the run (the report names its first line).
const SERVER_STDERR_FILE = '.data/loadtest-server-stderr.log';

function pgControl(action: 'stop' | 'start'): void {
  const custom = action === 'stop' ? process.env.LOADTEST_PG_STOP : process.env.LOADTEST_PG_START;
  const [version, cluster] = (spawnSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).stdout ?? '').split(/\s+/);
  const command = custom ?? `pg_ctlcluster --skip-systemctl-redirect ${version} ${cluster} ${action} -m fast`;
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`could not ${action} PostgreSQL with: ${command}`);
}

function runStep(args: string[], extraEnv: Record<string, string>, stdin?: string, bin = 'tsx'): void {
  const result = spawnSync(`node_modules/.bin/${bin}`, args, {
    env: { ...process.env, ...extraEnv },
    input: stdin,
    stdio: [stdin === undefined ? 'inherit' : 'pipe', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`setup step failed: ${bin} ${args.join(' ')}`);
}

async function get(path: string, cookie?: string): Promise<{ outcome: string; html: string }> {
  try {
    const response = await fetch(base + path, {
      headers: cookie ? { cookie } : {},
      signal: AbortSignal.timeout(10_000),
    });
    return { outcome: String(response.status), html: await response.text() };
  } catch (error) {
    return {
      outcome: error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'connection error',
      html: '',
    };
  }
}

/** Asks for `paths` in turn, four requests a second, until `running` says stop. */
async function probe(paths: string[], samples: Sample[], running: () => boolean): Promise<void> {
  for (let index = 0; running(); index++) {
    const at = now();
    const path = paths[index % paths.length]!;
    samples.push({ at, outcome: (await get(path)).outcome, path });
    await sleep(Math.max(0, 250 - (now() - at)));
  }
}

type Editor = { email: string; password: string; claimId: string; slug: string };
type Save = { at: number; outcome: string; token: string; keptTyped?: boolean };

/**
 * What became of a save. Without JavaScript the action answers with the edit page again: saved when
 * its form now carries the next version, refused when it shows the form with a message instead.
 */
function saveOutcome(response: Response, body: string, sentVersion: number): string {
  if (response.status !== 200) {
    return `${response.status}${response.headers.has('retry-after') ? ' with Retry-After' : ''}`;
  }
  return saveResult(body, sentVersion);
}

/** One editor correcting their own claim's verdict explanation again and again, as a person without JavaScript would. */
async function edit(editor: Editor, saves: Save[], running: () => boolean): Promise<void> {
  const cookie = await signIn(base, editor.email, editor.password);
  for (let count = 1; running(); count++) {
    const page = await claimEditForm(base, editor.slug, cookie);
    const token = `lt-${editor.email.split('@')[0]}-${count}`;
    if ('status' in page) {
      saves.push({ at: now(), outcome: `edit page ${page.status}`, token });
      await sleep(500);
      continue;
    }
    // The verdict explanation has room for a marker (the summary's 75 characters may not).
    const { form } = page;
    const explanation = String(form.get('verdictExplanation')).replace(/ \[lt-[^\]]*\]$/, '');
    form.set('verdictExplanation', `${explanation} [${token}]`);
    form.set('reason', `Load test save ${token}`);
    const at = now();
    const posted = await postClaimEdit(base, editor.slug, cookie, form);
    if ('status' in posted) saves.push({ at, outcome: posted.status, token });
    else {
      const outcome = saveOutcome(posted.response, posted.body, Number(form.get('version')));
      saves.push({ at, outcome, token, keptTyped: outcome === 'saved' ? undefined : posted.body.includes(token) });
    }
    await sleep(200);
  }
}

async function main(): Promise<number> {
  if (!env.DATABASE_URL || !isLocalDatabase()) {
    console.error('npm run loadtest needs DATABASE_URL pointing at a PostgreSQL server on this machine.');
    return 1;
  }
  const database = await createScratchDatabase('loadtest');
  let server: ProductionServer | undefined;
  let databaseStopped = false;
  try {
    console.log(`loadtest: scratch database ${database.label}`);
    runStep(['scripts/db.ts', 'migrate'], database.env);
    runStep(['--conditions=react-server', 'prisma/seed/index.ts'], database.env);
    // Built here, on the scratch database: the build prerenders pages from the data it will serve.
    runStep(['build'], database.env, undefined, 'next');
    runStep(['scripts/compile-hints.ts'], database.env);
    const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
    await client.connect();
    const { rows: claims } = await client.query<{ id: string; slug: string }>(
      `SELECT id, slug FROM claims WHERE status = 'published' ORDER BY claimed_on DESC, id LIMIT 12`,
    );
    await client.end();
    const editors: Editor[] = claims.slice(0, Number(options.editors)).map((claim, index) => ({
      email: `loadtest-editor-${index + 1}@example.test`,
      password: randomBytes(18).toString('base64url'),
      claimId: claim.id,
      slug: claim.slug,
    }));
    for (const editor of editors) {
      runStep(
        [
          '--conditions=react-server',
          'scripts/user-create.ts',
          '--email',
          editor.email,
          '--role',
          'editor',
          '--name',
          editor.email,
        ],
        database.env,
        editor.password,
      );
    }
    server = await startProductionServer({
      port: options.port,
      // One load client stands for thousands of readers and several editors: the per-address and
      // per-account limits (lib/domain/rate-limits.ts) would measure themselves, not the app.
      env: { ...database.env, RATE_LIMITS: 'api=1000000/60,writes=1000000/60' },
      readyPath: '/claims',
    });
    const readerPaths = [
      '/',
      '/claims',
      '/people',
      '/topics',
      '/api/v1/claims',
      ...claims.map(({ slug }) => `/claims/${slug}`),
    ];
    console.log(
      `loadtest: ${seconds} s, ${options.connections} reader connections over ${readerPaths.length} pages, ` +
        `${editors.length} editors; PostgreSQL stops at ${outageAfter} s for ${outageSeconds} s`,
    );

    let running = true;
    const memory: number[] = [];
    const pid = server.process.pid!;
    const sampler = setInterval(() => memory.push(Math.round(residentBytes(pid) / 2 ** 20)), MEMORY_SAMPLE_MS);
    const probes: Sample[] = [];
    // wrk counts the readers' answers but cannot say which page gave which: this sweep names them.
    const sweep: Sample[] = [];
    const saves: Save[] = [];
    const clients = [
      probe([`/claims/${claims[0]!.slug}`], probes, () => running),
      probe(readerPaths, sweep, () => running),
      ...editors.map((editor) => edit(editor, saves, () => running)),
    ];
    const readers = runWrk({
      base,
      paths: readerPaths,
      connections: Number(options.connections),
      seconds,
      timeoutSeconds: 10,
    });
    await sleep(outageAfter * 1000);
    const outage: Outage = { stoppedAt: now(), startedAt: 0 };
    pgControl('stop');
    databaseStopped = true;
    await sleep(outageSeconds * 1000);
    pgControl('start');
    databaseStopped = false;
    outage.startedAt = now();
    const wrkReport = await readers;
    running = false;
    await Promise.all(clients);
    clearInterval(sampler);

    const verification = await verifySaves(database.env.DATABASE_URL!, editors, saves);
    report({
      wrkReport,
      probes,
      sweep,
      saves,
      outage,
      memory,
      verification,
      serverAlive: server.process.exitCode === null,
      serverErrors: server.stderr(),
    });
    return verification.missing.length || verification.halfWritten.length ? 1 : 0;
  } finally {
    // A run that failed during the outage leaves the server as it found it.
    if (databaseStopped) pgControl('start');
    await server?.stop();
    await database.remove();
  }
}

/** Every acknowledged save is in the claim's revisions, and each claim's version has its revision. */
async function verifySaves(url: string, editors: Editor[], saves: Save[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const missing: string[] = [];
  const halfWritten: string[] = [];
  for (const editor of editors) {
    const { rows } = await client.query<{ snapshot: string; version: number }>(
      `SELECT snapshot::text AS snapshot, version FROM revisions WHERE entity_type = 'claim' AND entity_id = $1`,
      [editor.claimId],
    );
    const prefix = `lt-${editor.email.split('@')[0]}-`;
    for (const save of saves.filter(({ outcome, token }) => outcome === 'saved' && token.startsWith(prefix))) {
      if (!rows.some(({ snapshot }) => snapshot.includes(`[${save.token}]`))) missing.push(save.token);
    }
    const { rows: claim } = await client.query<{ version: number }>(`SELECT version FROM claims WHERE id = $1`, [
      editor.claimId,
    ]);
    // A claim never edited has no revision yet: its first tracked edit records version 1 too.
    const latestRevision = Math.max(1, ...rows.map(({ version }) => version));
    if (claim[0]!.version !== latestRevision)
      halfWritten.push(`${editor.slug}: version ${claim[0]!.version}, latest revision ${latestRevision}`);
  }
  await client.end();
  return { missing, halfWritten };
}

function report(run: {
  wrkReport: string;
  probes: Sample[];
  sweep: Sample[];
  saves: Save[];
  outage: Outage;
  memory: number[];
  verification: { missing: string[]; halfWritten: string[] };
  serverAlive: boolean;
  serverErrors: string;
}): void {
  const line = (label: string, value: string) => console.log(`${label.padEnd(34)} ${value}`);
  const wrkLine = (pattern: RegExp) => pattern.exec(run.wrkReport)?.[0] ?? '(not reported)';
  console.log('\n=== readers (wrk)');
  line('requests', wrkLine(/\d+ requests in [\d.]+\w+/));
  line('requests per second', wrkLine(/Requests\/sec:\s+[\d.]+/).replace(/Requests\/sec:\s+/, ''));
  line('responses by status', wrkLine(/statuses .*/).replace('statuses ', ''));
  line('socket errors', /Socket errors: (.*)/.exec(run.wrkReport)?.[1] ?? 'none');
  line('latency (µs)', wrkLine(/latency .*/).replace('latency ', ''));
  console.log('\n=== prober (one claim page, every 250 ms)');
  const probeFailures = failuresByWindow(run.probes, run.outage);
  line(
    'answers',
    countOutcomes(run.probes)
      .map(([outcome, count]) => `${outcome}: ${count}`)
      .join(', '),
  );
  line('failures during / outside the outage', `${probeFailures.during} / ${probeFailures.outside}`);
  const recovery = recoveryMs(run.probes, run.outage);
  line(
    'serving again after restart',
    recovery === undefined ? 'not by the end of the run' : `${(recovery / 1000).toFixed(1)} s`,
  );
  console.log('\n=== every reader page in turn, every 250 ms: failures while the database was down');
  const byPage = failuresDuringOutageByPage(run.sweep, run.outage);
  if (!byPage.length) line('failures', `none in ${run.sweep.length} requests`);
  for (const [path, outcomes] of byPage) line(path, outcomes);
  console.log('\n=== editors (no-JavaScript saves)');
  line(
    'outcomes',
    countOutcomes(run.saves)
      .map(([outcome, count]) => `${outcome}: ${count}`)
      .join(', '),
  );
  const refused = run.saves.filter(({ keptTyped }) => keptTyped !== undefined);
  line(
    'refused saves that kept the typed text',
    `${refused.filter(({ keptTyped }) => keptTyped).length} of ${refused.length}`,
  );
  line('acknowledged saves missing', run.verification.missing.length ? run.verification.missing.join(', ') : 'none');
  line('half-written records', run.verification.halfWritten.length ? run.verification.halfWritten.join('; ') : 'none');
  console.log('\n=== server');
  line('alive at the end', run.serverAlive ? 'yes' : 'NO: it exited');
  // The size after the first minute is the one to compare the last with: the caches are warm by then.
  const [first = 0, ...rest] = run.memory;
  const afterOneMinute = run.memory[60_000 / MEMORY_SAMPLE_MS] ?? 0;
  line(
    'memory (RSS MB) first / 1 min / peak / last',
    `${first} / ${afterOneMinute} / ${Math.max(first, ...rest)} / ${run.memory.at(-1) ?? 0}`,
  );
  const errorLines = run.serverErrors.split('\n').filter(Boolean);
  line('lines on stderr', `${errorLines.length}${errorLines[0] ? ` (first: ${errorLines[0].slice(0, 120)})` : ''}`);
  if (errorLines.length) {
    mkdirSync(path.dirname(SERVER_STDERR_FILE), { recursive: true });
    writeFileSync(SERVER_STDERR_FILE, run.serverErrors);
    line('the whole stderr', SERVER_STDERR_FILE);
  }
}

process.exit(await main());
