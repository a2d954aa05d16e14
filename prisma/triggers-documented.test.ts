import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../lib/db';

// docs/database.md lists every trigger with the migration that holds its function's current body.
// A migration that adds a trigger, or replaces a trigger function, must update that table.

after(() => disconnectDb());

const MIGRATIONS_DIR = 'prisma/migrations';

/** The rows of the doc's trigger table: trigger, function, migration. */
async function documentedTriggers() {
  const doc = await readFile('docs/database.md', 'utf8');
  const section = doc.slice(doc.indexOf('## Triggers'));
  return [...section.matchAll(/^\| `(\w+)` +\|.*\| `(\w+)` +\| `(\w+)` +\|$/gm)].map(([, trigger, fn, migration]) => ({
    trigger: trigger!,
    fn: fn!,
    migration: migration!,
  }));
}

/** The last migration that creates or replaces `fn`: the body the database runs. */
async function migrationDefining(fn: string): Promise<string | undefined> {
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const definition = new RegExp(`CREATE (OR REPLACE )?FUNCTION "?${fn}"?\\(`, 'i');
  let last: string | undefined;
  for (const name of names) {
    if (definition.test(await readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8'))) last = name;
  }
  return last;
}

test('docs/database.md lists every trigger of the database, with its function', async () => {
  const inDatabase = await db.$queryRaw<{ trigger: string; fn: string }[]>`
    SELECT tgname AS trigger, proname AS fn
      FROM pg_trigger JOIN pg_proc ON pg_proc.oid = tgfoid
     WHERE NOT tgisinternal
     ORDER BY tgname`;
  const documented = (await documentedTriggers()).map(({ trigger, fn }) => ({ trigger, fn }));
  assert.ok(inDatabase.length > 0);
  assert.deepEqual(
    documented.sort((a, b) => a.trigger.localeCompare(b.trigger)),
    inDatabase.sort((a, b) => a.trigger.localeCompare(b.trigger)),
  );
});

test("docs/database.md names the migration that holds each trigger function's current body", async () => {
  for (const { trigger, fn, migration } of await documentedTriggers()) {
    assert.equal(migration, await migrationDefining(fn), `${trigger} runs ${fn}`);
  }
});
