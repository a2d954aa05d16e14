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

type AdapterCause = { kind?: unknown; code?: unknown };

function adapterCause(error: unknown): AdapterCause | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } }).meta?.driverAdapterError?.cause;
}

function prismaCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' ? code : undefined;
}

function failureKind(error: unknown): string | undefined {
  const kind = adapterCause(error)?.kind;
  if (typeof kind === 'string') return kind;
  const code = prismaCode(error);
  return code ? KIND_OF_CODE[code] : undefined;
}

// Failures that say nothing about the request, only that the server is down, stopping, starting or
// full: the same request may well succeed a few seconds later.
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// P1008 an operation timed out, P1017 the server closed the connection, P2024 no pooled connection in time.
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shutting down, crashed,
// starting up), which the adapter reports as kind "postgres" with the server's code.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
// A connection dropped mid-query (the server stopped, the network cut) reaches the caller as the pg
// driver's own Error, which neither the adapter nor Prisma wraps: its message is all it has.
const DROPPED_CONNECTION =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/**
 * Whether `error` means the database cannot be used right now (unreachable, restarting, the
 * connection dropped) rather than that this request was wrong: the caller may try again later.
 * Whatever a transaction had written when it failed is rolled back by the server.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = adapterCause(error);
  if (typeof cause?.kind === 'string') {
    if (UNAVAILABLE_KINDS.has(cause.kind)) return true;
    return cause.kind === 'postgres' && typeof cause.code === 'string' && UNAVAILABLE_SQLSTATE.test(cause.code);
  }
  const code = prismaCode(error);
  if (code) return UNAVAILABLE_CODES.has(code);
  return error instanceof Error && DROPPED_CONNECTION.test(error.message);
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
