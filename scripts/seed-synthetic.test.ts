import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, test } from 'node:test';
import { isLocalDatabase } from '../lib/database';
import * as data from '../prisma/seed/data';

// Runs the real script, small, against the test database. The script runs in a child process, and
// the database is opened here only once it has finished: the embedded database admits one process.

if (!isLocalDatabase()) throw new Error('Refusing to run tests against a non-local database.');

const CLAIMS = 30;
const COUNTER_STATEMENTS_PER_CLAIM = 3;
const REPETITIONS_PER_CLAIM = 0.2;
const REPETITIONS = Math.round(CLAIMS * REPETITIONS_PER_CLAIM);
const runSeed = () =>
  spawnSync(
    path.join('node_modules', '.bin', 'tsx'),
    [
      '--conditions=react-server',
      'scripts/seed-synthetic.ts',
      '--claims',
      String(CLAIMS),
      '--counter-statements-per-claim',
      String(COUNTER_STATEMENTS_PER_CLAIM),
      '--repetitions-per-claim',
      String(REPETITIONS_PER_CLAIM),
    ],
    { encoding: 'utf8' },
  );

const first = runSeed();
const second = runSeed();
const { db, disconnectDb } = await import('../lib/db');
after(() => disconnectDb());

test('loads the requested corpus in one run', async () => {
  assert.equal(first.status, 0, first.stderr);
  assert.equal(await db.claim.count({ where: { slug: { startsWith: 'synthetic-' } } }), CLAIMS);
  assert.equal(
    await db.counterStatement.count({ where: { claim: { slug: { startsWith: 'synthetic-' } } } }),
    CLAIMS * COUNTER_STATEMENTS_PER_CLAIM,
  );
  assert.equal(
    await db.claimAppearance.count({ where: { claim: { slug: { startsWith: 'synthetic-' } } } }),
    REPETITIONS,
  );
});

test('every synthetic quote is found in its source at its stored position', async () => {
  const [row] = await db.$queryRaw<{ verified: number; total: number }[]>`
    SELECT count(*) FILTER (WHERE substr(src.archive_text, s.quote_start + 1, s.quote_end - s.quote_start) = s.text)::int AS verified,
           count(*)::int AS total
      FROM statements s JOIN sources src ON src.id = s.source_id
     WHERE src.title LIKE 'Synthetic report %'`;
  // Each claim's own quote, its counter-statements' and its repetitions'.
  assert.equal(row?.total, CLAIMS * (1 + COUNTER_STATEMENTS_PER_CLAIM) + REPETITIONS);
  assert.equal(row?.verified, row?.total);
});

test('keeps the trigger-maintained counts right', async () => {
  const [row] = await db.$queryRaw<{ wrong: number }[]>`
    SELECT count(*)::int AS wrong FROM claims c
     WHERE c.rebuttal_count <> (SELECT count(*) FROM rebuttals r WHERE r.claim_id = c.id AND r.status = 'published')`;
  assert.equal(row?.wrong, 0);
});

test('leaves the curated seed as it was', async () => {
  for (const claim of data.claims) {
    const stored = await db.claim.findUniqueOrThrow({
      where: { slug: claim.slug },
      select: { summary: true, counterStatementCount: true },
    });
    assert.deepEqual(
      stored,
      { summary: claim.summary, counterStatementCount: claim.counterStatements.length },
      claim.slug,
    );
  }
});

test('refuses a second corpus and writes nothing', async () => {
  assert.equal(second.status, 1);
  assert.match(second.stderr, /already has a synthetic corpus/);
  assert.equal(await db.claim.count({ where: { slug: { startsWith: 'synthetic-' } } }), CLAIMS);
});
