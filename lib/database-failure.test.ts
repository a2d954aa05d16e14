import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeDatabaseFailure } from './database-failure';

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
