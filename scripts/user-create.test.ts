import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, test } from 'node:test';
import { isLocalDatabase } from '../lib/database';
import { env } from '../lib/env';

// Runs the real command line against the test database, in a child process. The database is opened
// here only after the children that need it have finished (the embedded one admits one process),
// and then on purpose while one runs, to see it refused.

if (!isLocalDatabase()) throw new Error('Refusing to run tests against a non-local database.');

const userCreate = (args: string[], stdin: string, extraEnv: Record<string, string> = {}) =>
  spawnSync(
    path.join('node_modules', '.bin', 'tsx'),
    ['--conditions=react-server', 'scripts/user-create.ts', ...args],
    { encoding: 'utf8', input: stdin, env: { ...process.env, ...extraEnv } },
  );

const email = `cli-${randomUUID().slice(0, 8)}@example.test`;
const created = userCreate(
  ['--email', email.toUpperCase(), '--role', 'editor', '--name', 'Cli Editor'],
  'a piped password\n',
);
const refusedArgv = userCreate(
  ['--email', `other-${email}`, '--role', 'editor', '--password', 'a password in argv'],
  '',
);
const refusedShort = userCreate(['--email', `short-${email}`, '--role', 'admin'], 'short\n');
const refusedDuplicate = userCreate(['--email', email, '--role', 'admin'], 'another long password');
// Nothing listens on port 1: the connection is refused at once.
const unreachable = userCreate(['--email', `unreachable-${email}`, '--role', 'admin'], 'a long enough password', {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/x',
});
// A new embedded database, never migrated (in memory: nothing to clean up).
const unmigrated = userCreate(['--email', `unmigrated-${email}`, '--role', 'admin'], 'a long enough password', {
  DATABASE_URL: '',
  PGLITE_DIR: 'memory://',
});

const { db, disconnectDb } = await import('../lib/db');
const { signInWithPassword: signIn } = await import('../lib/testing/factories');
after(() => disconnectDb());

test('creates an account from a password piped on stdin, the trailing line break not part of it', async () => {
  assert.equal(created.status, 0, created.stderr);
  assert.match(created.stdout, new RegExp(`Created editor ${email}`));
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  assert.deepEqual([user.role, user.name], ['EDITOR', 'Cli Editor']);
  assert.ok((await signIn({ email, password: 'a piped password' }, { ip: null, userAgent: null })).token);
});

test('never takes a password from the command line, and refuses a short one or a taken email', async () => {
  assert.equal(refusedArgv.status, 1);
  assert.match(refusedArgv.stderr, /Passwords are never taken from the command line/);
  assert.equal(refusedShort.status, 1);
  assert.match(refusedShort.stderr, /password: Use at least 12 characters/);
  assert.equal(refusedDuplicate.status, 1);
  assert.match(refusedDuplicate.stderr, /exists already/);
  assert.equal(await db.user.count({ where: { email: { in: [`other-${email}`, `short-${email}`] } } }), 0);
});

test('says in one line that the database server cannot be reached, where, and what to do', () => {
  assert.equal(unreachable.status, 1);
  assert.equal(unreachable.stdout, '');
  assert.equal(
    unreachable.stderr,
    'Nothing was created: Cannot reach the PostgreSQL server at 127.0.0.1:1 (from DATABASE_URL). Start it, or correct DATABASE_URL; unset DATABASE_URL to use the embedded database.\n',
  );
});

test('says in one line that a new embedded database needs its migrations first', () => {
  assert.equal(unmigrated.status, 1);
  assert.equal(
    unmigrated.stderr,
    'Nothing was created: The embedded database in memory:// has no tables yet. Run npm run db:migrate first.\n',
  );
});

test(
  'says the embedded database is busy while another process holds it',
  { skip: Boolean(env.DATABASE_URL) && 'PostgreSQL admits many processes' },
  async () => {
    await db.user.count(); // this process holds the database now
    const busy = userCreate(['--email', `busy-${email}`, '--role', 'admin'], 'a long enough password');
    assert.equal(busy.status, 1);
    assert.match(busy.stderr, new RegExp(`in use by process ${process.pid}.*stop that process`));
  },
);
