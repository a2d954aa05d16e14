// npm run user:create -- --email ed@example.org --role admin [--name "Ed Itor"]
//
// Creates an account; the first admin is made this way, as there is no default account. The
// password comes from stdin (piped: `… < file`, or `printf %s "$PW" | …`) or, on a terminal, from a
// prompt that does not echo. Never from the command line, where other users and shell history see it.
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeDatabaseFailure } from '../lib/database-failure';
import { env } from '../lib/env';
import { AppError, ServiceUnavailableError } from '../lib/errors';
import { DatabaseBusyError } from '../lib/pglite-lock';
import { TWO_FACTOR_REQUIRED_ROLES } from '../lib/auth/pending-step';
import { createUserSchema } from '../lib/validation/accounts';

const USAGE =
  'usage: npm run user:create -- --email ed@example.org --role contributor|editor|admin [--name "Ed Itor"]\n' +
  'The password is read from stdin, or asked for on a terminal; it is never taken from the command line.';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Asks on the terminal without echoing what is typed: readline writes its echo to a sink. */
async function promptHidden(question: string): Promise<string> {
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const prompt = createInterface({ input: process.stdin, output: sink, terminal: true });
  process.stdout.write(question);
  try {
    return await prompt.question('');
  } finally {
    prompt.close();
    process.stdout.write('\n');
  }
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    // One trailing line break is the pipe's (echo, a file's last line), not the password's.
    return (await readAll(process.stdin)).replace(/\r?\n$/, '');
  }
  const password = await promptHidden('Password: ');
  if ((await promptHidden('Password again: ')) !== password) fail('The two passwords differ. Nothing was created.');
  return password;
}

function parseOptions() {
  try {
    return parseArgs({
      options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
      strict: true,
    }).values;
  } catch (error) {
    const hint = process.argv.some((arg) => arg.startsWith('--password'))
      ? '\nPasswords are never taken from the command line.'
      : '';
    return fail(`${error instanceof Error ? error.message : String(error)}${hint}\n${USAGE}`);
  }
}

const options = parseOptions();
if (!options.email || !options.role) fail(USAGE);
const password = await readPassword();
const parsed = createUserSchema.safeParse({
  email: options.email,
  name: options.name ?? options.email.split('@')[0],
  role: options.role.toUpperCase(),
  password,
});
if (!parsed.success) {
  const problems = Object.entries(z.flattenError(parsed.error).fieldErrors).map(
    ([field, messages]) => `  ${field}: ${messages?.join(' ')}`,
  );
  fail(`Nothing was created:\n${problems.join('\n')}`);
}

try {
  // Imported here, not above: opening the database is what can fail when a server holds it.
  const { createUserFromCommandLine } = await import('../lib/dal/users');
  const { db, disconnectDb } = await import('../lib/db');
  // A new embedded database is created on first open (initdb, several seconds), longer than a
  // transaction waits to start: a plain query first lets a folder that was never migrated be
  // reported as such rather than as a timeout.
  await db.$queryRaw`SELECT 1`;
  const user = await createUserFromCommandLine(parsed.data);
  await disconnectDb();
  console.log(`Created ${user.role.toLowerCase()} ${user.email} (${user.name}).`);
  // Enrolment needs the person's own authenticator app, so it cannot happen here (lib/auth/pending-step.ts).
  if (TWO_FACTOR_REQUIRED_ROLES.includes(user.role))
    console.log('At its first sign-in it must turn on two-factor sign-in with an authenticator app.');
  process.exit(0);
} catch (error) {
  // A server that is down or a database not migrated yet: one line to act on, not a stack trace. The
  // DAL reports an unreachable server as ServiceUnavailableError; the driver's failure, its cause, says where.
  const failure = error instanceof ServiceUnavailableError ? error.cause : error;
  const databaseFailure = describeDatabaseFailure(failure, {
    databaseUrl: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
  });
  if (databaseFailure) fail(`Nothing was created: ${databaseFailure}`);
  if (error instanceof DatabaseBusyError || error instanceof AppError) fail(`Nothing was created: ${error.message}`);
  throw error;
}
