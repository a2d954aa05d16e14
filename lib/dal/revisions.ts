import 'server-only';
import { db, type Transaction } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { RevisionEntity } from '../generated/prisma/enums';

// Revisions: every version of an edited record, kept whole. Rows are only ever added (a trigger
// refuses UPDATE and DELETE), each in the same transaction as the change it records, so a change
// without its revision, or the reverse, cannot exist. Each entity's DAL builds its own snapshot.

export type RevisionInput = {
  entityType: RevisionEntity;
  entityId: string;
  /** The record's version after the change. */
  version: number;
  actorId: string | null;
  reason?: string | null;
  /** The record's editable fields after the change, whole. */
  snapshot: Prisma.InputJsonObject;
  /** Defaults to now; set only for the record as it stood before its first tracked edit. */
  createdAt?: Date;
};

/** Writes one revision inside the caller's transaction. */
export function recordRevision(tx: Transaction, revision: RevisionInput) {
  return tx.revision.create({ data: { ...revision, reason: revision.reason ?? null } });
}

/** Revisions of one record, oldest first, with who made each; `since` keeps those after a version. */
export function listRevisions(
  entityType: RevisionEntity,
  entityId: string,
  { since, client = db }: { since?: number; client?: Transaction | typeof db } = {},
) {
  return client.revision.findMany({
    where: { entityType, entityId, ...(since === undefined ? {} : { version: { gt: since } }) },
    orderBy: { version: 'asc' },
    select: {
      id: true,
      version: true,
      reason: true,
      snapshot: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
}
