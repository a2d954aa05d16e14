import 'server-only';
import type { Transaction } from '../db';
import {
  publicStatement,
  publishedClaim,
  publishedClaimAppearance,
  publishedCounterStatement,
  publishedPerson,
  publishedRole,
  publishedSource,
} from './published';
import type { Prisma, Stance, Verdict } from '../generated/prisma/client';
import { appearanceDateOf, appearanceSpan, type AppearanceSpan } from '../domain/appearances';
import { toIsoDay } from '../domain/dates';
import type { ExportRecord, RecordType } from '../validation/export-records';
import { inOneSnapshot } from './snapshot';
import { statementSelect, toStatementView, type StatementView } from './statement-view';

// Reads of the whole published dataset for the bulk export, in keyset batches by id so that memory
// stays flat however large the dataset: a batch is read, written out, and dropped before the next.
// What is exported is what readers may see, closed under references: published claims, their
// published counter-statements, the statements, sources, speakers (with their published roles), the
// organizations those point at, and the topics. Every filter comes from ./published. All batches of
// one download are read in one snapshot (./snapshot.ts): an edit saved meanwhile is in the whole
// export or not at all, never in its claims but not in their statements.

const BATCH_SIZE = 500;
// Archived texts are whole articles: fewer per batch.
const SOURCE_BATCH_SIZE = 50;

const publicSpeaker = { ...publishedPerson, statements: { some: publicStatement } } satisfies Prisma.PersonWhereInput;
// A public speaker's role that awaits review, or was rejected, stays out.
const publicSpeakerRole = { ...publishedRole, person: publicSpeaker } satisfies Prisma.RoleWhereInput;

const afterId = (after: string | undefined) => (after ? { id: { gt: after } } : {});
/** One batch of the rows matching `where` after the id `after`, in id order. */
const batch = (where: object, after: string | undefined, take = BATCH_SIZE) => ({
  where: { AND: [where, afterId(after)] },
  orderBy: { id: 'asc' as const },
  take,
});

/** Rows in id order, a batch at a time; `read` gets the last id of the previous batch. */
async function* byId<Row extends { id: string }>(
  read: (after: string | undefined) => Promise<Row[]>,
  batchSize = BATCH_SIZE,
): AsyncGenerator<Row> {
  let after: string | undefined;
  for (;;) {
    const rows = await read(after);
    yield* rows;
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.id;
  }
}

/** A row as its export record: timestamps as ISO 8601, calendar dates as YYYY-MM-DD. */
function toRecord(type: RecordType, row: object, dayFields: readonly string[] = []): ExportRecord {
  const fields = Object.entries(row).map(([key, value]) => [
    key,
    value instanceof Date ? (dayFields.includes(key) ? toIsoDay(value) : value.toISOString()) : value,
  ]);
  // The row has exactly the columns of its record (the round-trip test parses every line back).
  return { type, ...Object.fromEntries(fields) } as ExportRecord;
}

/** Every record of the published dataset, each type after the types it refers to, as of one moment. */
export function exportRecords(): AsyncGenerator<ExportRecord> {
  return inOneSnapshot(records);
}

async function* records(db: Transaction): AsyncGenerator<ExportRecord> {
  for await (const row of byId((after) => db.person.findMany(batch(publicSpeaker, after)))) {
    yield toRecord('person', row);
  }
  const organizationWhere = {
    OR: [{ statements: { some: publicStatement } }, { roles: { some: publicSpeakerRole } }],
  } satisfies Prisma.OrganizationWhereInput;
  for await (const row of byId((after) => db.organization.findMany(batch(organizationWhere, after)))) {
    yield toRecord('organization', row);
  }
  for await (const row of byId((after) => db.role.findMany(batch(publicSpeakerRole, after)))) {
    yield toRecord('role', row, ['startDate', 'endDate']);
  }
  const sources = (after: string | undefined) => db.source.findMany(batch(publishedSource, after, SOURCE_BATCH_SIZE));
  for await (const row of byId(sources, SOURCE_BATCH_SIZE)) yield toRecord('source', row, ['publishedOn']);
  // The affiliation columns are derived: the database's triggers recompute them on import.
  const statements = (after: string | undefined) =>
    db.statement.findMany({
      ...batch(publicStatement, after),
      omit: { affiliatedOrganizationId: true, affiliatedCountryCode: true },
    });
  for await (const row of byId(statements)) {
    yield toRecord('statement', row, ['saidOn']);
  }
  const topicWhere = { claims: { some: { claim: publishedClaim } } } satisfies Prisma.TopicWhereInput;
  for await (const row of byId((after) => db.topic.findMany(batch(topicWhere, after)))) {
    yield toRecord('topic', row);
  }
  // Who proposed and reviewed a claim or counter-statement is the newsroom's own record (it names
  // accounts, which are not part of the published dataset).
  const editorial = { proposedById: true, reviewedById: true, reviewedAt: true, reviewNote: true } as const;
  // The sort and filter columns are derived: the database's triggers recompute them on import.
  const derived = {
    claimedOn: true,
    counterStatementCount: true,
    answeredByOrganizationIds: true,
    answeredByCountryCodes: true,
  } as const;
  const claims = (after: string | undefined) =>
    db.claim.findMany({ ...batch(publishedClaim, after), omit: { ...derived, ...editorial } });
  for await (const row of byId(claims)) yield toRecord('claim', row);
  for await (const row of slugRedirects(db)) yield toRecord('claimSlugRedirect', row);
  for await (const row of claimTopics(db)) yield toRecord('claimTopic', row);
  for await (const row of relatedClaims(db)) yield toRecord('relatedClaim', row);
  for await (const row of byId((after) =>
    db.counterStatement.findMany({ ...batch(publishedCounterStatement, after), omit: editorial }),
  )) {
    yield toRecord('rebuttal', row);
  }
  const appearanceEditorial = { proposedById: true, reviewedById: true, reviewedAt: true } as const;
  for await (const row of byId((after) =>
    db.claimAppearance.findMany({ ...batch(publishedClaimAppearance, after), omit: appearanceEditorial }),
  )) {
    yield toRecord('claimAppearance', row);
  }
}

/** Rows in key order, a batch at a time; `read` gets the last row of the previous batch. */
async function* byKey<Row>(read: (after: Row | undefined) => Promise<Row[]>): AsyncGenerator<Row> {
  let after: Row | undefined;
  for (;;) {
    const rows = await read(after);
    yield* rows;
    if (rows.length < BATCH_SIZE) return;
    after = rows.at(-1);
  }
}

/** Topics of published claims, in keyset batches on their (claimId, topicId) key. */
function claimTopics(db: Transaction): AsyncGenerator<{ claimId: string; topicId: string }> {
  return byKey((after) =>
    db.claimTopic.findMany({
      where: {
        AND: [
          { claim: publishedClaim },
          after
            ? { OR: [{ claimId: { gt: after.claimId } }, { claimId: after.claimId, topicId: { gt: after.topicId } }] }
            : {},
        ],
      },
      orderBy: [{ claimId: 'asc' }, { topicId: 'asc' }],
      take: BATCH_SIZE,
    }),
  );
}

/** Links between two published claims, in keyset batches on their (first, second) key; who linked them stays out, as accounts do. */
function relatedClaims(
  db: Transaction,
): AsyncGenerator<{ firstClaimId: string; secondClaimId: string; createdAt: Date }> {
  return byKey((after) =>
    db.relatedClaim.findMany({
      where: {
        AND: [
          { firstClaim: publishedClaim, secondClaim: publishedClaim },
          after
            ? {
                OR: [
                  { firstClaimId: { gt: after.firstClaimId } },
                  { firstClaimId: after.firstClaimId, secondClaimId: { gt: after.secondClaimId } },
                ],
              }
            : {},
        ],
      },
      select: { firstClaimId: true, secondClaimId: true, createdAt: true },
      orderBy: [{ firstClaimId: 'asc' }, { secondClaimId: 'asc' }],
      take: BATCH_SIZE,
    }),
  );
}

/** Old slugs of published claims (they answer 308 to the current one), in keyset batches on the slug. */
function slugRedirects(db: Transaction): AsyncGenerator<{ slug: string; claimId: string; createdAt: Date }> {
  return byKey((after) =>
    db.claimSlugRedirect.findMany({
      where: { claim: publishedClaim, ...(after ? { slug: { gt: after.slug } } : {}) },
      orderBy: { slug: 'asc' },
      take: BATCH_SIZE,
    }),
  );
}

export type ExportedCounterStatement = { id: string; stance: Stance; note: string | null; statement: StatementView };

/** A published claim with everything the flat exports (CSV, ClaimReview) show of it. */
export type ExportedClaim = {
  slug: string;
  summary: string;
  verdict: Verdict;
  claimedOn: string;
  publishedAt: Date | null;
  updatedAt: Date;
  topics: string[];
  claim: StatementView;
  counterStatements: ExportedCounterStatement[];
  /** Where the claim was said again, earliest first. */
  repetitions: { id: string; statement: StatementView }[];
  /** How often and over what span it was made, its own statement included. */
  appearances: AppearanceSpan;
};

const CLAIM_BATCH_SIZE = 100;

const exportedClaimSelect = {
  id: true,
  slug: true,
  summary: true,
  verdict: true,
  claimedOn: true,
  publishedAt: true,
  updatedAt: true,
  statement: { select: statementSelect },
  topics: { select: { topic: { select: { slug: true } } }, orderBy: { topic: { slug: 'asc' } } },
  counterStatements: {
    where: publishedCounterStatement,
    select: { id: true, stance: true, note: true, statement: { select: statementSelect } },
    orderBy: [{ statement: { saidOn: { sort: 'asc', nulls: 'last' } } }, { id: 'asc' }],
  },
  appearances: {
    where: publishedClaimAppearance,
    select: { id: true, statement: { select: statementSelect } },
    orderBy: [{ statement: { saidOn: { sort: 'asc', nulls: 'last' } } }, { id: 'asc' }],
  },
} satisfies Prisma.ClaimSelect;

/** Every published claim with its published counter-statements, in id order, a batch at a time, as of one moment. */
export function exportedClaims(): AsyncGenerator<ExportedClaim> {
  return inOneSnapshot(exportedClaimRows);
}

async function* exportedClaimRows(db: Transaction): AsyncGenerator<ExportedClaim> {
  const read = (after: string | undefined) =>
    db.claim.findMany({ ...batch(publishedClaim, after, CLAIM_BATCH_SIZE), select: exportedClaimSelect });
  for await (const row of byId(read, CLAIM_BATCH_SIZE)) {
    yield {
      slug: row.slug,
      summary: row.summary,
      verdict: row.verdict,
      claimedOn: toIsoDay(row.claimedOn),
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      topics: row.topics.map(({ topic }) => topic.slug),
      claim: toStatementView(row.statement),
      counterStatements: row.counterStatements.map((counterStatement) => ({
        id: counterStatement.id,
        stance: counterStatement.stance,
        note: counterStatement.note,
        statement: toStatementView(counterStatement.statement),
      })),
      repetitions: row.appearances.map(({ id, statement }) => ({ id, statement: toStatementView(statement) })),
      appearances: appearanceSpan(
        [row.statement, ...row.appearances.map(({ statement }) => statement)].map(appearanceDateOf),
      ),
    };
  }
}
