// A fresh, empty database for a test run, and its removal: a new PGlite folder, or with DATABASE_URL a
// new database on that PostgreSQL server. Used by npm test and by tests that need a database of
// their own (the export/import round trip).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { env } from '../lib/env';

export type ScratchDatabase = { env: Record<string, string>; label: string; remove: () => Promise<void> };

export async function createScratchDatabase(purpose: string): Promise<ScratchDatabase> {
  const name = `countercheck_test_${Date.now()}_${process.pid}_${purpose}`;
  if (!env.DATABASE_URL) {
    const dir = path.join('.data', name);
    return {
      env: { PGLITE_DIR: dir },
      label: `PGlite ${dir}`,
      remove: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const admin = new pg.Client({ connectionString: env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`); // name is ours: letters, digits and underscores
  await admin.end();
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    label: `PostgreSQL ${url.host}/${name}`,
    remove: async () => {
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
