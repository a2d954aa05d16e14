import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { isLocalDatabase } from '../lib/database';
import { migrateDatabase } from '../lib/testing/migrate';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';

// The round trip, through the real commands: export the integration database (the seed and
// whatever other tests made), import it into a fresh empty database, export that, and compare.
// Each command runs in its own process, as a person would run it; this process opens no database.

if (!isLocalDatabase())
  throw new Error('Refusing to run tests against a non-local database: point DATABASE_URL at localhost.');

type Run = { code: number; stdout: string; stderr: string };

function npmScript(script: 'export' | 'import', args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=react-server', `scripts/${script}.ts`, ...args],
      { env: { ...process.env, ...env } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

let scratch: ScratchDatabase;
let dir: string;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'countercheck-export-'));
  scratch = await createScratchDatabase('roundtrip');
  assert.equal(await migrateDatabase(scratch.env), 0);
});

after(async () => {
  await scratch.remove();
  await rm(dir, { recursive: true, force: true });
});

async function exportTo(format: string, name: string, env: Record<string, string> = {}): Promise<string> {
  const file = path.join(dir, name);
  const run = await npmScript('export', ['--format', format, '--out', file], env);
  assert.equal(run.code, 0, run.stderr);
  return readFile(file, 'utf8');
}

test('an export imported into an empty database exports to the same bytes, in every format', async () => {
  const original = await exportTo('jsonl', 'original.jsonl');
  const lines = original.trimEnd().split('\n');
  assert.ok(
    lines.some((line) => line.includes('"slug":"trump-we-have-defeated-isis-in-syria"')),
    'the seed is in the export',
  );

  // A file that breaks halfway is refused with its line number, and leaves nothing behind (the
  // import below would refuse a database that is not empty).
  const broken = path.join(dir, 'broken.jsonl');
  await writeFile(broken, [...lines.slice(0, 5), '{"type":"person","id":"not-a-uuid"}', ...lines.slice(5)].join('\n'));
  const refused = await npmScript('import', ['--file', broken], scratch.env);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /nothing was written: Line 6: not a record of this export \(id: /);

  const imported = await npmScript('import', ['--file', path.join(dir, 'original.jsonl')], scratch.env);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /^import: inserted \d+ person, \d+ organization, /);

  assert.equal(await exportTo('jsonl', 'again.jsonl', scratch.env), original);
  // The derived claimed_on, the claims' views and every link come out the same too.
  assert.equal(await exportTo('csv', 'again.csv', scratch.env), await exportTo('csv', 'original.csv'));
});

test('refuses to import into a database that is not empty, with a clear message', async () => {
  const file = path.join(dir, 'original.jsonl');
  const before = await readFile(file, 'utf8');
  const refused = await npmScript('import', ['--file', file], scratch.env);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /Refusing to import: the database is not empty \(it has \d+ people, /);
  assert.equal(await exportTo('jsonl', 'unchanged.jsonl', scratch.env), before);
});

test('the commands explain their usage', async () => {
  const noFormat = await npmScript('export', []);
  assert.equal(noFormat.code, 2);
  assert.match(noFormat.stderr, /usage: npm run export -- --format jsonl\|csv\|claimreview/);
  const noFile = await npmScript('import', []);
  assert.equal(noFile.code, 2);
  assert.match(noFile.stderr, /usage: npm run import -- --file export.jsonl/);
});
