import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeDatabaseFailure, isDatabaseUnavailable } from './database-failure';

const server = { databaseUrl: 'postgresql://editor:s3cret@db.example:6543/countercheck', pgliteDir: '.data/pglite' };
const embedded = { pgliteDir: '.data/pglite' };
const prismaError = (code: string) => Object.assign(new Error('driver text'), { code });
/** As Prisma reports a failure from $queryRaw: a generic code, the cause named by the driver adapter. */
const rawQueryError = (kind: string) =>
  Object.assign(new Error('Raw query failed'), { code: 'P2010', meta: { driverAdapterError: { cause: { kind } } } });

test('an unreachable server is named by host and port, with what to do, and no credentials', () => {
  const message = describeDatabaseFailure(prismaError('P1001'), server);
  assert.equal(
    message,
    'Cannot reach the PostgreSQL server at db.example:6543 (from DATABASE_URL). Start it, or correct DATABASE_URL; unset DATABASE_URL to use the embedded database.',
  );
  for (const code of ['P1000', 'P1001', 'P1002', 'P1003', 'P1010', 'P2021']) {
    const line = describeDatabaseFailure(prismaError(code), server);
    assert.ok(line && !line.includes('s3cret') && !line.includes('editor:'), `${code}: ${line}`);
    assert.ok(!line.includes('\n'), 'one line');
  }
});

test('a missing database, a refused user and a database without tables each say what to do', () => {
  assert.equal(
    describeDatabaseFailure(prismaError('P1003'), server),
    'There is no database "countercheck" on the PostgreSQL server at db.example:6543. Create it (createdb) and run npm run db:migrate, or correct DATABASE_URL.',
  );
  assert.match(describeDatabaseFailure(prismaError('P1000'), server)!, /refused the user or password in DATABASE_URL/);
  assert.equal(
    describeDatabaseFailure(prismaError('P2021'), embedded),
    'The embedded database in .data/pglite has no tables yet. Run npm run db:migrate first.',
  );
});

test("the driver adapter's name for the cause counts, whatever the code", () => {
  assert.equal(
    describeDatabaseFailure(rawQueryError('DatabaseNotReachable'), server),
    describeDatabaseFailure(prismaError('P1001'), server),
  );
  assert.equal(
    describeDatabaseFailure(rawQueryError('DatabaseDoesNotExist'), server),
    describeDatabaseFailure(prismaError('P1003'), server),
  );
  assert.equal(describeDatabaseFailure(rawQueryError('UniqueConstraintViolation'), server), null);
});

test('anything else is left to its own stack trace', () => {
  assert.equal(describeDatabaseFailure(prismaError('P2002'), server), null);
  assert.equal(describeDatabaseFailure(new Error('boom'), server), null);
  assert.equal(describeDatabaseFailure('text', server), null);
  assert.equal(describeDatabaseFailure(null, server), null);
});

const sqlError = (sqlState: string) =>
  Object.assign(new Error('Raw query failed'), {
    code: 'P2010',
    meta: { driverAdapterError: { cause: { kind: 'postgres', code: sqlState } } },
  });

test('an outage is told from a failed request: unreachable, dropped, stopping or starting, full', () => {
  const outages = [
    prismaError('P1001'),
    prismaError('P1017'),
    prismaError('P2024'),
    rawQueryError('DatabaseNotReachable'),
    rawQueryError('ConnectionClosed'),
    rawQueryError('SocketTimeout'),
    rawQueryError('TooManyConnections'),
    sqlError('57P01'), // terminating connection due to administrator command (a fast shutdown)
    sqlError('57P03'), // the database system is starting up
    sqlError('08006'),
    // As the pg driver throws it when the server goes away mid-query: neither Prisma nor the adapter wraps it.
    new Error('Connection terminated unexpectedly'),
  ];
  for (const error of outages) assert.equal(isDatabaseUnavailable(error), true, String(error.message));
  const requestFailures = [
    prismaError('P2002'),
    prismaError('P1003'), // no such database: a configuration error, not an outage
    rawQueryError('UniqueConstraintViolation'),
    rawQueryError('TableDoesNotExist'),
    sqlError('22P02'),
    sqlError('57014'), // a statement cancelled by its timeout: this request, not the server
    new Error('boom'),
    'Connection terminated unexpectedly',
    null,
  ];
  for (const error of requestFailures) assert.equal(isDatabaseUnavailable(error), false, String(error));
});
