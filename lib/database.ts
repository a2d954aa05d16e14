import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { env } from './env';
import { lockPGliteDir } from './pglite-lock';

// The one module that chooses the database: the PostgreSQL server at DATABASE_URL, or else the
// embedded PGlite in PGLITE_DIR. The app's Prisma client (lib/db.ts) and the migration script
// (scripts/db.ts) both open it through here, so they can never disagree.

export type DatabaseConnection = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Human-readable target, for logs. Never includes credentials. */
  label: string;
  close: () => Promise<void>;
};

/** Opens an embedded PGlite database; `memory://` gives a throwaway one. */
export function openPGlite(dataDir: string): DatabaseConnection {
  let release = () => {};
  if (dataDir !== 'memory://') {
    mkdirSync(dataDir, { recursive: true });
    release = lockPGliteDir(dataDir);
  }
  const pglite = new PGlite(dataDir, { extensions: { pg_trgm } });
  return {
    factory: new PrismaPGlite(pglite),
    label: dataDir === 'memory://' ? 'scratch PGlite' : `PGlite ${dataDir}`,
    close: async () => {
      await pglite.close();
      release();
    },
  };
}

export function openConfiguredDatabase(): DatabaseConnection {
  if (!env.DATABASE_URL) return openPGlite(env.PGLITE_DIR);
  const url = new URL(env.DATABASE_URL);
  return {
    factory: new PrismaPg({ connectionString: env.DATABASE_URL }),
    label: `PostgreSQL ${url.host}${url.pathname}`,
    close: async () => {},
  };
}

// A replica that does not answer within this is read around (lib/db.ts): a reader waits at most
// this long once, not a whole TCP timeout, before the primary answers.
const REPLICA_CONNECT_TIMEOUT_MS = 1000;

/** The streaming replicas of DATABASE_REPLICA_URLS (none with the embedded database). */
export function openConfiguredReplicas(): DatabaseConnection[] {
  return env.DATABASE_REPLICA_URLS.map((connectionString) => {
    const url = new URL(connectionString);
    return {
      factory: new PrismaPg({ connectionString, connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS }),
      label: `PostgreSQL replica ${url.host}${url.pathname}`,
      close: async () => {},
    };
  });
}

/** True when the configured database lives on this machine: tests refuse to write anywhere else. */
export function isLocalDatabase(): boolean {
  if (!env.DATABASE_URL) return true;
  const host = new URL(env.DATABASE_URL).hostname;
  return ['localhost', '127.0.0.1', '[::1]', '::1', ''].includes(host);
}
