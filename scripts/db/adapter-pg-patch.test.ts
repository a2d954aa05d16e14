import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import { env } from '../../lib/env';
import { PATCHED_ADAPTER_PG_VERSION, patchPgAdapter } from './adapter-pg-patch';

const versionMessage = (found: string) =>
  `@prisma/adapter-pg is now ${found}, but scripts/db/adapter-pg-patch.ts was written against ` +
  `${PATCHED_ADAPTER_PG_VERSION} and reaches into its internals. Check whether the new version still ` +
  'throws on the "char" type and still splits scripts on ";", whether performIO, client and onError are ' +
  'still there, then update PATCHED_ADAPTER_PG_VERSION (or drop the patch if the fixes landed upstream).';

test('the patch is written for the @prisma/adapter-pg version that package.json pins', async () => {
  const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { dependencies: Record<string, string> };
  const pinned = manifest.dependencies['@prisma/adapter-pg'] ?? 'none';
  assert.equal(pinned, PATCHED_ADAPTER_PG_VERSION, versionMessage(pinned));
});

test('the patch is written for the @prisma/adapter-pg version installed', async () => {
  const installed = JSON.parse(await readFile('node_modules/@prisma/adapter-pg/package.json', 'utf8')) as {
    version: string;
  };
  assert.equal(installed.version, PATCHED_ADAPTER_PG_VERSION, versionMessage(installed.version));
});

test(
  'the patched adapter reads PostgreSQL\'s "char" type and runs a script with semicolons in a function body whole',
  { skip: !env.DATABASE_URL && 'needs PostgreSQL' },
  async () => {
    const factory = patchPgAdapter(new PrismaPg({ connectionString: env.DATABASE_URL }));
    const adapter = await factory.connect();
    try {
      const result = await adapter.queryRaw({ sql: `SELECT 'c'::"char" AS kind`, args: [], argTypes: [] });
      assert.deepEqual(result.rows, [['c']]);
      assert.equal(result.columnTypes[0], ColumnTypeEnum.Character);
      // Split on ";", this block would reach the server as three broken statements. Read-only.
      await adapter.executeScript(`DO $$ BEGIN PERFORM 1; PERFORM 2; END $$; -- a comment; with a semicolon`);
    } finally {
      await adapter.dispose();
    }
  },
);
