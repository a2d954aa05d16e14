// Database failures a person at the command line can fix, as one line saying what failed, where,
// and what to do, instead of a driver's stack trace. Pure: it is given the configuration.

export type DatabaseConfig = { databaseUrl?: string; pgliteDir: string };

/** Where the data lives, in words without an article, never with credentials. */
function describeTarget({ databaseUrl, pgliteDir }: DatabaseConfig): string {
  if (!databaseUrl) return `embedded database in ${pgliteDir}`;
  const url = new URL(databaseUrl);
  return `database "${decodeURIComponent(url.pathname.slice(1))}" on the PostgreSQL server at ${url.host}`;
}

// Prisma reports the same failure under different codes (P1001 from a transaction, P2010 "raw
// query failed" from $queryRaw), but its driver adapter names the cause the same way each time, in
// meta.driverAdapterError.cause.kind; the codes are the fallback for an error without it.
const KIND_OF_CODE: Record<string, string> = {
  P1000: 'AuthenticationFailed',
  P1001: 'DatabaseNotReachable',
  P1002: 'DatabaseNotReachable', // reached, then timed out
  P1003: 'DatabaseDoesNotExist',
  P1010: 'DatabaseAccessDenied',
  P2021: 'TableDoesNotExist',
};

function failureKind(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  const kind = meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === 'string') return kind;
  return typeof code === 'string' ? KIND_OF_CODE[code] : undefined;
}

/**
 * One line for a failure to reach or use the configured database, or null for any other error
 * (which is unexpected, and whose stack trace is then worth printing). Matched by value: this
 * module stays free of the generated client.
 */
export function describeDatabaseFailure(error: unknown, config: DatabaseConfig): string | null {
  const host = config.databaseUrl ? new URL(config.databaseUrl).host : undefined;
  switch (failureKind(error)) {
    case 'DatabaseNotReachable':
      return `Cannot reach the PostgreSQL server at ${host} (from DATABASE_URL). Start it, or correct DATABASE_URL; unset DATABASE_URL to use the embedded database.`;
    case 'DatabaseDoesNotExist':
      return `There is no ${describeTarget(config)}. Create it (createdb) and run npm run db:migrate, or correct DATABASE_URL.`;
    case 'AuthenticationFailed':
    case 'DatabaseAccessDenied':
      return `The PostgreSQL server at ${host} refused the user or password in DATABASE_URL. Correct them in DATABASE_URL.`;
    case 'TableDoesNotExist':
      return `The ${describeTarget(config)} has no tables yet. Run npm run db:migrate first.`;
    default:
      return null;
  }
}
