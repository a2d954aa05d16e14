import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { exportRecordSchema, RECORD_TYPES, type ImportedRecord, type RecordType } from '../validation/export-records';

// Loads a JSON Lines export into an EMPTY database, keeping every id and slug, in one transaction:
// a bad line, a broken reference or a failure halfway leaves the database as empty as it was.

/** An import that was refused or failed: its message says why, and where. */
export class ImportError extends Error {}

const INSERT_BATCH_SIZE = 500;
// One transaction for the whole file: at 100,000 claims that takes minutes, not Prisma's 5 s default.
const TRANSACTION_TIMEOUT_MS = 60 * 60 * 1000;

type Row<T extends RecordType> = Omit<Extract<ImportedRecord, { type: T }>, 'type'>;
type Inserters = { [T in RecordType]: (tx: Prisma.TransactionClient, rows: Row<T>[]) => Promise<unknown> };

const insert: Inserters = {
  person: (tx, data) => tx.person.createMany({ data }),
  organization: (tx, data) => tx.organization.createMany({ data }),
  role: (tx, data) => tx.role.createMany({ data }),
  source: (tx, data) => tx.source.createMany({ data }),
  statement: (tx, data) => tx.statement.createMany({ data }),
  topic: (tx, data) => tx.topic.createMany({ data }),
  claim: (tx, data) => tx.claim.createMany({ data }),
  claimSlugRedirect: (tx, data) => tx.claimSlugRedirect.createMany({ data }),
  claimTopic: (tx, data) => tx.claimTopic.createMany({ data }),
  relatedClaim: (tx, data) => tx.relatedClaim.createMany({ data }),
  rebuttal: (tx, data) => tx.counterStatement.createMany({ data }),
  claimAppearance: (tx, data) => tx.claimAppearance.createMany({ data }),
};

async function assertEmpty(tx: Prisma.TransactionClient): Promise<void> {
  const counts = {
    people: await tx.person.count(),
    organizations: await tx.organization.count(),
    sources: await tx.source.count(),
    topics: await tx.topic.count(),
    claims: await tx.claim.count(),
  };
  const present = Object.entries(counts).filter(([, count]) => count > 0);
  if (present.length > 0) {
    const found = present.map(([table, count]) => `${count} ${table}`).join(', ');
    throw new ImportError(
      `Refusing to import: the database is not empty (it has ${found}). Import only into an empty database, so that every id and slug is kept; make a new one and run the migrations first.`,
    );
  }
}

function parseLine(line: string, lineNumber: number): ImportedRecord {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new ImportError(`Line ${lineNumber}: not JSON.`);
  }
  const parsed = exportRecordSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
      .join('; ');
    throw new ImportError(`Line ${lineNumber}: not a record of this export (${problems}).`);
  }
  return parsed.data;
}

/** Imports the lines of a JSON Lines export; returns how many records of each type were inserted. */
export async function importJsonLines(lines: AsyncIterable<string>): Promise<Record<RecordType, number>> {
  const counts = Object.fromEntries(RECORD_TYPES.map((type) => [type, 0])) as Record<RecordType, number>;
  await db.$transaction(
    async (tx) => {
      await assertEmpty(tx);
      let pending: { type: RecordType; rows: Row<RecordType>[] } | undefined;
      const flush = async () => {
        if (!pending || pending.rows.length === 0) return;
        // Rows of one type only: `pending.type` names the inserter that takes them.
        await (insert[pending.type] as (tx: Prisma.TransactionClient, rows: Row<RecordType>[]) => Promise<unknown>)(
          tx,
          pending.rows,
        );
        counts[pending.type] += pending.rows.length;
        pending = undefined;
      };
      let lineNumber = 0;
      for await (const line of lines) {
        lineNumber++;
        if (line.trim() === '') continue;
        const { type, ...row } = parseLine(line, lineNumber);
        // The export writes each type after the types it refers to; rows are inserted in that order.
        if (pending?.type !== type || pending.rows.length >= INSERT_BATCH_SIZE) await flush();
        pending ??= { type, rows: [] };
        pending.rows.push(row);
      }
      await flush();
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
  );
  return counts;
}
