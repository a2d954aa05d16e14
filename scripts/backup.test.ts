import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { isLocalDatabase } from '../lib/database';
import { db, disconnectDb } from '../lib/db';
import { recordAuditEvent } from '../lib/dal/audit';
import { generateRecoveryCodes, hashRecoveryCode } from '../lib/auth/recovery-codes';
import { generateSessionToken, sessionIdFromToken } from '../lib/auth/session-token';
import { generateTotpSecret } from '../lib/auth/totp';
import { makeClaim, makeCounterStatement, makeUser } from '../lib/testing/factories';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';

// Backup and restore through the real commands, on the engine this run uses. The integration
// database (the seed, whatever the tests before this one wrote, and an account, an audit row and
// a draft claim with a draft counter-statement written here) is backed up and restored into a
// scratch database; that one is backed up in turn and restored over a freshly migrated second scratch
// database, which must then hold exactly the first one's rows, table by table. The scratch
// databases are this test's own, so nothing else writes to them while they are compared.

if (!isLocalDatabase())
  throw new Error('Refusing to run tests against a non-local database: point DATABASE_URL at localhost.');

type Run = { code: number; stderr: string };

function runScript(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

async function succeeds(args: string[], env: Record<string, string> = {}): Promise<void> {
  const run = await runScript(args, env);
  assert.equal(run.code, 0, `${args.join(' ')}: ${run.stderr}`);
}

type Query = <Row>(sql: string, params?: unknown[]) => Promise<Row[]>;

/** Runs `work` against the database of `env` (a scratch database of this test: nothing else has it open). */
async function withDatabase<T>(env: Record<string, string>, work: (query: Query) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return await work(async (sql, params) => (await client.query(sql, params)).rows);
    } finally {
      await client.end();
    }
  }
  const pglite = new PGlite(env.PGLITE_DIR!, { extensions: { pg_trgm } });
  try {
    return await work(async (sql, params) => (await pglite.query(sql, params)).rows as never);
  } finally {
    await pglite.close();
  }
}

/** Each table's row count and a digest of its rows in a stable order. */
function tableDigests(env: Record<string, string>): Promise<Map<string, string>> {
  return withDatabase(env, async (query) => {
    const tables = await query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const digests = new Map<string, string>();
    for (const { name } of tables) {
      // The table name comes from the catalog, not from input.
      const [row] = await query<{ digest: string }>(
        `SELECT count(*)::text || ' ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS digest
           FROM "${name}" t`,
      );
      digests.set(name, row!.digest);
    }
    return digests;
  });
}

const rowCount = (digests: Map<string, string>, table: string) => Number(digests.get(table)?.split(' ')[0]);

let dir: string;
let first: ScratchDatabase;
let second: ScratchDatabase;

/** What only a backup keeps (the export leaves out accounts, the audit log and drafts). */
let written: { userId: string; claimId: string; counterStatementId: string };

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'countercheck-backup-'));
  [first, second] = await Promise.all([createScratchDatabase('backup1'), createScratchDatabase('backup2')]);
  const user = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim({ status: 'DRAFT' });
  const counterStatement = await makeCounterStatement(claim, { status: 'DRAFT' });
  await db.$transaction((tx) => recordAuditEvent(tx, { kind: 'USER_CREATED', subjectUserId: user.id }));
  // Two-factor sign-in: the secret, a recovery code and a sign-in waiting for its code.
  await db.user.update({
    where: { id: user.id },
    data: { totpSecret: generateTotpSecret(), totpEnabledAt: new Date(), totpLastStep: 1 },
  });
  await db.recoveryCode.create({ data: { userId: user.id, codeHash: hashRecoveryCode(generateRecoveryCodes(1)[0]!) } });
  await db.pendingSignIn.create({
    data: { id: sessionIdFromToken(generateSessionToken()), userId: user.id, expiresAt: new Date(Date.now() + 60_000) },
  });
  written = { userId: user.id, claimId: claim.id, counterStatementId: counterStatement.id };
  // The embedded database admits one process at a time: let the backup command open it.
  await disconnectDb();
});

after(async () => {
  await Promise.all([first?.remove(), second?.remove()]);
  await rm(dir, { recursive: true, force: true });
});

test('a backup restored over another database leaves it holding exactly the backed-up rows, every table', async () => {
  const original = path.join(dir, 'original.backup');
  await succeeds(['scripts/backup.ts', 'backup', '--out', original]);
  await succeeds(['scripts/backup.ts', 'restore', '--file', original, '--yes'], first.env);
  const backedUp = await tableDigests(first.env);
  for (const table of [
    'users',
    'audit_events',
    'claims',
    'rebuttals',
    'related_claims',
    'recovery_codes',
    'pending_sign_ins',
    '_prisma_migrations',
  ])
    assert.ok(rowCount(backedUp, table) > 0, `the backup holds ${table}`);
  const [found] = await withDatabase(first.env, (query) =>
    query<{ n: number }>(
      `SELECT (SELECT count(*) FROM users WHERE id = $1)::int + (SELECT count(*) FROM audit_events WHERE subject_user_id = $1)::int
          + (SELECT count(*) FROM claims WHERE id = $2 AND status = 'draft')::int
          + (SELECT count(*) FROM rebuttals WHERE id = $3 AND status = 'draft')::int AS n`,
      [written.userId, written.claimId, written.counterStatementId],
    ),
  );
  assert.equal(
    found?.n,
    4,
    'the account, its audit row, the draft claim and its draft counter-statement are in the backup',
  );

  // The database restored over is not empty (its schema and migration history are there): the
  // restore replaces it, it does not merge.
  await succeeds(['scripts/db.ts', 'migrate'], second.env);
  const copy = path.join(dir, 'copy.backup');
  await succeeds(['scripts/backup.ts', 'backup', '--out', copy], first.env);
  await succeeds(['scripts/backup.ts', 'restore', '--file', copy, '--yes'], second.env);
  assert.deepEqual(await tableDigests(second.env), backedUp);
});

test('a restore asks for --yes, and refuses a file that is no backup of this engine, changing nothing', async () => {
  const before = await tableDigests(first.env);
  const unconfirmed = await runScript(['scripts/backup.ts', 'restore', '--file', 'package.json'], first.env);
  assert.equal(unconfirmed.code, 2);
  assert.match(unconfirmed.stderr, /replaces everything in .+ Run it again with --yes/);
  const wrongKind = await runScript(['scripts/backup.ts', 'restore', '--file', 'package.json', '--yes'], first.env);
  assert.equal(wrongKind.code, 1);
  assert.match(wrongKind.stderr, /is not an? .*backup.*: nothing was changed/);
  assert.deepEqual(await tableDigests(first.env), before);
});
