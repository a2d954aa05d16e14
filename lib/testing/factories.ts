import 'server-only';
import { randomUUID } from 'node:crypto';
import { db, onQuery } from '../db';
import { isLocalDatabase } from '../database';
import { hashPassword } from '../auth/password';
import { signIn, type SignedIn } from '../dal/sessions';
import { sha256Hex } from '../domain/archive';
import { locateQuote } from '../domain/quote-match';
import type { DatePrecision, Stance, UserRole, Verdict } from '../generated/prisma/enums';

// Small factories for integration tests: each call makes its own uniquely named rows, so tests
// never depend on each other or on the seed. Test-only: nothing in app/ imports this.

// Tests write: refuse anything but a database on this machine, before the first write.
if (!isLocalDatabase())
  throw new Error('Refusing to run tests against a non-local database: point DATABASE_URL at localhost.');

const unique = () => randomUUID().slice(0, 8);

export async function makeOrganization(overrides: { name?: string; countryCode?: string | null } = {}) {
  const suffix = unique();
  return db.organization.create({
    data: {
      slug: `org-${suffix}`,
      name: overrides.name ?? `Organization ${suffix}`,
      kind: 'GOVERNMENT',
      countryCode: overrides.countryCode ?? null,
    },
  });
}

export async function makePerson(overrides: { name?: string } = {}) {
  const suffix = unique();
  return db.person.create({
    data: { slug: `person-${suffix}`, name: overrides.name ?? `Person ${suffix}`, description: 'Made by a test.' },
  });
}

export async function makeSource(archiveText = `Archived text ${unique()}.`) {
  return db.source.create({
    data: {
      kind: 'NEWS_ARTICLE',
      outlet: 'Test Outlet',
      title: `Test article ${unique()}`,
      archiveText,
      archiveSha256: sha256Hex(archiveText),
    },
  });
}

type StatementInput = {
  text?: string;
  organization?: { id: string };
  sourceText?: string;
  saidOn?: Date;
  saidOnPrecision?: DatePrecision;
  /** default: a new person */ person?: { id: string };
};

/**
 * A statement by `person` (else a new person) speaking for `organization` (or by the organization itself when
 * `asOrganization`), quoted from a new source whose text contains it, so it verifies.
 */
export async function makeStatement(input: StatementInput & { asOrganization?: boolean } = {}) {
  const text = input.text ?? `Quote ${unique()}`;
  const source = await makeSource(input.sourceText ?? `Before. "${text}" After.`);
  const span = locateQuote(source.archiveText, text);
  const base = {
    text,
    sourceId: source.id,
    saidOn: input.saidOn ?? null,
    saidOnPrecision: input.saidOnPrecision ?? 'DAY',
    quoteStart: span?.start ?? null,
    quoteEnd: span?.end ?? null,
  };
  if (input.asOrganization && input.organization) {
    return db.statement.create({ data: { ...base, speakerOrganizationId: input.organization.id } });
  }
  const person = input.person ?? (await makePerson());
  const role = await db.role.create({
    data: { personId: person.id, organizationId: input.organization?.id ?? null, title: 'Spokesperson' },
  });
  return db.statement.create({ data: { ...base, speakerPersonId: person.id, roleId: role.id } });
}

export async function makeClaim(
  input: {
    status?: 'DRAFT' | 'PUBLISHED';
    verdict?: Verdict;
    summary?: string;
    statement?: StatementInput & { asOrganization?: boolean };
  } = {},
) {
  const statement = await makeStatement(input.statement);
  const status = input.status ?? 'PUBLISHED';
  return db.claim.create({
    data: {
      slug: `claim-${unique()}`,
      statementId: statement.id,
      summary: input.summary ?? `Test claim ${unique()}`,
      verdict: input.verdict ?? 'FALSE',
      verdictExplanation: 'Explained by a test.',
      status,
      publishedAt: status === 'PUBLISHED' ? new Date() : null,
    },
  });
}

export async function makeCounterStatement(
  claim: { id: string },
  input: {
    stance?: Stance;
    status?: 'DRAFT' | 'PUBLISHED';
    statement?: StatementInput & { asOrganization?: boolean };
  } = {},
) {
  const statement = await makeStatement(input.statement);
  return db.counterStatement.create({
    data: {
      claimId: claim.id,
      statementId: statement.id,
      stance: input.stance ?? 'CONTRADICTS',
      status: input.status ?? 'PUBLISHED',
    },
  });
}

/** An account with a random password, returned with it so that the test can sign in. */
export async function makeTopic() {
  const suffix = unique();
  return db.topic.create({ data: { name: `Topic ${suffix}`, slug: `topic-${suffix}` } });
}

export async function makeUser(overrides: { role?: UserRole; disabled?: boolean } = {}) {
  const suffix = unique();
  const password = `password ${randomUUID()}`;
  const user = await db.user.create({
    data: {
      email: `user-${suffix}@example.test`,
      name: `User ${suffix}`,
      role: overrides.role ?? 'CONTRIBUTOR',
      passwordHash: await hashPassword(password),
      disabledAt: overrides.disabled ? new Date() : null,
    },
  });
  return { ...user, password };
}

// Prisma has no way to remove a query listener, so one counts for the whole test process.
let queriesSent = 0;
onQuery(() => queriesSent++);

/** Counts the SQL queries that `run` sends. Run it alone: concurrent queries would be counted too. */
export async function countQueries(run: () => Promise<unknown>): Promise<number> {
  const before = queriesSent;
  await run();
  return queriesSent - before;
}

/** Signs in an account that has no second factor: its session, or the DAL's refusal thrown. */
export async function signInWithPassword(...args: Parameters<typeof signIn>): Promise<SignedIn> {
  const result = await signIn(...args);
  if (result.step !== 'signed_in') throw new Error('This account asks for a second factor: use completeSignIn.');
  return result;
}
