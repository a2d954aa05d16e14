import 'server-only';
import type { z } from 'zod';
import type { Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import {
  describeChanges,
  diffSnapshots,
  staleVersionMessage,
  type FieldChange,
  type RevisionFields,
} from '../domain/revisions';
import { NotFoundError, StaleError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { RevisionEntity } from '../generated/prisma/enums';
import { listRevisions, recordRevision } from './revisions';

// How every edited record (claim, statement, counter-statement, source, person, organization) is
// saved: optimistic concurrency on its `version` column, and a revision in the same transaction.
// Each entity's DAL describes its record once (a VersionedEntity) and builds its own checks around
// these steps, so the compare-and-set, the baseline revision and the "who changed what" answer to a
// stale save are written once.

type Client = Transaction | typeof db;

/** The columns every versioned row has. */
export type VersionedRow = { id: string; version: number; createdAt: Date };

export type VersionedEntity<Row extends VersionedRow, Snapshot extends Prisma.InputJsonObject, Data> = {
  type: RevisionEntity;
  /** How a message names the record: "This claim". */
  noun: string;
  snapshotSchema: z.ZodType<Snapshot>;
  fields: RevisionFields<Snapshot>;
  /** The record as its editors see it; null when it is missing or deleted. */
  find(client: Client, id: string): Promise<Row | null>;
  snapshotOf(row: Row): Snapshot;
  /** `UPDATE … SET data, version = version + 1 WHERE id = ? AND version = ?`: how many rows matched. */
  compareAndSet(tx: Transaction, id: string, seenVersion: number, data: Data): Promise<number>;
  /** When the record as it stood before its first tracked edit came to be (its baseline revision's date). */
  baselineDate?(row: Row): Date;
};

/** The record to change, refused when it is missing or no longer at the version the editor saw. */
export async function findCurrentVersion<Row extends VersionedRow, Snapshot extends Prisma.InputJsonObject, Data>(
  tx: Transaction,
  entity: VersionedEntity<Row, Snapshot, Data>,
  input: { id: string; version: number },
): Promise<Row> {
  const row = await entity.find(tx, input.id);
  if (!row) throw new NotFoundError(`${entity.noun} does not exist or was deleted.`);
  if (row.version !== input.version) throw await staleError(tx, entity, row, input.version);
  return row;
}

export type VersionChange<Snapshot, Data> = {
  before: Snapshot;
  after: Snapshot;
  seenVersion: number;
  actor: Actor;
  reason: string | null;
  data: Data;
};

/**
 * Writes a new version of the record: its columns by compare-and-set on the version the editor
 * saw, and its revision. Returns the new version number.
 */
export async function writeVersion<Row extends VersionedRow, Snapshot extends Prisma.InputJsonObject, Data>(
  tx: Transaction,
  entity: VersionedEntity<Row, Snapshot, Data>,
  row: Row,
  change: VersionChange<Snapshot, Data>,
): Promise<number> {
  await recordBaselineRevision(tx, entity, row, change.before);
  // A concurrent save that committed after this transaction read the row makes this match none,
  // and the whole transaction rolls back.
  const count = await entity.compareAndSet(tx, row.id, change.seenVersion, change.data);
  if (count !== 1) {
    // Read committed: this transaction now sees the save that won.
    const current = await entity.find(tx, row.id);
    if (!current) throw new NotFoundError(`${entity.noun} does not exist or was deleted.`);
    throw await staleError(tx, entity, current, change.seenVersion);
  }
  const version = change.seenVersion + 1;
  await recordRevision(tx, {
    entityType: entity.type,
    entityId: row.id,
    version,
    actorId: change.actor.id,
    reason: change.reason,
    snapshot: change.after,
  });
  return version;
}

/** The first revision of a record created through the editing screens (version 1, as created). */
export function recordCreation<Snapshot extends Prisma.InputJsonObject>(
  tx: Transaction,
  entity: { type: RevisionEntity },
  { id, snapshot, actor, reason }: { id: string; snapshot: Snapshot; actor: Actor; reason?: string | null },
) {
  return recordRevision(tx, {
    entityType: entity.type,
    entityId: id,
    version: 1,
    actorId: actor.id,
    reason: reason ?? null,
    snapshot,
  });
}

/** The first revision of a record just created in this transaction, read back as it was stored. */
export async function recordCreated<Row extends VersionedRow, Snapshot extends Prisma.InputJsonObject, Data>(
  tx: Transaction,
  entity: VersionedEntity<Row, Snapshot, Data>,
  { id, actor }: { id: string; actor: Actor },
) {
  const row = await entity.find(tx, id);
  if (!row) throw new NotFoundError(`${entity.noun} does not exist or was deleted.`);
  await recordCreation(tx, entity, { id, snapshot: entity.snapshotOf(row), actor });
}

/**
 * Records made before revisions existed (the seed, imports) have none: their state before the
 * first tracked edit is kept as version `row.version`, so the history shows what the edit changed.
 */
async function recordBaselineRevision<Row extends VersionedRow, Snapshot extends Prisma.InputJsonObject, Data>(
  tx: Transaction,
  entity: VersionedEntity<Row, Snapshot, Data>,
  row: Row,
  snapshot: Snapshot,
) {
  // ON CONFLICT DO NOTHING: when two first edits race, the second finds the baseline there and
  // then fails its compare-and-set, as a stale save should, instead of on a duplicate revision.
  await tx.revision.createMany({
    data: [
      {
        entityType: entity.type,
        entityId: row.id,
        version: row.version,
        actorId: null,
        snapshot,
        createdAt: entity.baselineDate?.(row) ?? row.createdAt,
      },
    ],
    skipDuplicates: true,
  });
}

export type HistoryEntry = {
  version: number;
  actorName: string | null;
  createdAt: Date;
  reason: string | null;
  changes: FieldChange[];
};

/** A record's revisions, oldest first, each with what it changed from the one before. */
export async function historyOf<Snapshot extends Prisma.InputJsonObject>(
  entity: { type: RevisionEntity; snapshotSchema: z.ZodType<Snapshot>; fields: RevisionFields<Snapshot> },
  id: string,
  { since, client = db }: { since?: number; client?: Client } = {},
): Promise<HistoryEntry[]> {
  const revisions = await listRevisions(entity.type, id, { since, client });
  const snapshots = revisions.map((revision) => entity.snapshotSchema.parse(revision.snapshot));
  return revisions.map((revision, index) => ({
    version: revision.version,
    actorName: revision.actor?.name ?? null,
    createdAt: revision.createdAt,
    reason: revision.reason,
    changes: diffSnapshots(entity.fields, snapshots[index - 1] ?? null, snapshots[index]!),
  }));
}

/** One earlier revision's snapshot, for an editor about to restore it. */
export async function revisionSnapshot<Snapshot extends Prisma.InputJsonObject>(
  entity: { type: RevisionEntity; snapshotSchema: z.ZodType<Snapshot> },
  id: string,
  version: number,
): Promise<Snapshot | null> {
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: entity.type, entityId: id, version } },
    select: { snapshot: true },
  });
  return revision ? entity.snapshotSchema.parse(revision.snapshot) : null;
}

/**
 * The refusal of a save based on `seenVersion` of a record now at `row`: who changed what since, and
 * the current values, for the editor to merge. Read in the save's transaction, which then rolls back.
 */
async function staleError<Row extends VersionedRow, Snapshot extends Prisma.InputJsonObject, Data>(
  tx: Transaction,
  entity: VersionedEntity<Row, Snapshot, Data>,
  row: Row,
  seenVersion: number,
): Promise<StaleError<Snapshot>> {
  // From the version the editor saw, so that the first change after it has something to differ from.
  const entries = await historyOf(entity, row.id, { since: seenVersion - 1, client: tx });
  const concurrent = entries
    .filter((entry) => entry.version > seenVersion)
    .map((entry) => ({
      actorName: entry.actorName,
      createdAt: entry.createdAt,
      summary: describeChanges(entity.fields, entry.changes),
    }));
  return new StaleError(staleVersionMessage(entity.noun, concurrent), entity.snapshotOf(row), row.version, concurrent);
}
