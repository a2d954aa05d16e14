import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db } from '../db';
import { stanceDefinition } from '../domain/stances';
import { counterStatementRevisions, type CounterStatementSnapshot } from '../domain/statement-revisions';
import type { Prisma } from '../generated/prisma/client';
import type { CounterStatementEditInput, CounterStatementWithdrawInput } from '../validation/statement-edit';
import {
  findCurrentVersion,
  historyOf,
  writeVersion,
  type HistoryEntry,
  type VersionedEntity,
} from './versioned-records';
import { claimsChanged, type CacheTag } from '../cache/tags';

// Editors' changes to a counter-statement (how a quote answers a claim): its stance and note, and
// its withdrawal, a soft delete that takes it off the claim page (a withdrawn row cannot stay
// published, see the versioned_records migration) and, when readers saw it, leaves a correction
// saying so. The review decisions (lib/dal/submissions.ts) write their versions through
// `counterStatementEntity` too, so a counter-statement's history holds every step from proposal on.

const editableSelect = {
  id: true,
  version: true,
  createdAt: true,
  stance: true,
  note: true,
  status: true,
  reviewNote: true,
  deletedAt: true,
  statementId: true,
  claim: { select: { id: true, slug: true, summary: true, status: true } },
  statement: {
    select: { text: true, speakerPerson: { select: { name: true } }, speakerOrganization: { select: { name: true } } },
  },
} satisfies Prisma.CounterStatementSelect;

type EditableRow = Prisma.CounterStatementGetPayload<{ select: typeof editableSelect }>;

export const counterStatementEntity: VersionedEntity<
  EditableRow,
  CounterStatementSnapshot,
  Prisma.CounterStatementUncheckedUpdateManyInput
> = {
  ...counterStatementRevisions,
  find: (client, id) => client.counterStatement.findFirst({ where: { id, deletedAt: null }, select: editableSelect }),
  snapshotOf,
  compareAndSet: async (tx, id, seenVersion, data) =>
    (
      await tx.counterStatement.updateMany({
        where: { id, version: seenVersion },
        data: { ...data, version: { increment: 1 } },
      })
    ).count,
};

function snapshotOf(
  row: Pick<EditableRow, 'stance' | 'note' | 'status' | 'reviewNote' | 'deletedAt'>,
): CounterStatementSnapshot {
  return {
    stance: row.stance,
    note: row.note,
    status: row.status,
    reviewNote: row.reviewNote,
    deleted: row.deletedAt !== null,
  };
}

export type CounterStatementForEdit = {
  id: string;
  version: number;
  current: CounterStatementSnapshot;
  claim: { slug: string; summary: string };
  statementId: string;
  quote: string;
  speakerName: string;
  history: HistoryEntry[];
};

/** A counter-statement of the claim `claimSlug`, as its edit form needs it. Editors only. */
export async function getCounterStatementForEditOrNull(
  { claimSlug, counterStatementId }: { claimSlug: string; counterStatementId: string },
  actor: Actor | null,
): Promise<CounterStatementForEdit | null> {
  assertCan(actor, 'counterStatement.edit');
  const row = await counterStatementEntity.find(db, counterStatementId);
  if (!row || row.claim.slug !== claimSlug) return null;
  return {
    id: row.id,
    version: row.version,
    current: snapshotOf(row),
    claim: { slug: row.claim.slug, summary: row.claim.summary },
    statementId: row.statementId,
    quote: row.statement.text,
    speakerName: speakerNameOf(row),
    history: (await historyOf(counterStatementEntity, row.id)).reverse(),
  };
}

function speakerNameOf(row: EditableRow): string {
  return row.statement.speakerPerson?.name ?? row.statement.speakerOrganization?.name ?? 'Unknown speaker';
}

export type CounterStatementEditResult = {
  claimSlug: string;
  version: number;
  changed: boolean;
  /** The cache tags of what readers see that this write changed (lib/cache/tags.ts): the caller expires them. */
  invalidates: CacheTag[];
};

/** Saves an editor's change to a counter-statement's stance or note, based on the version they loaded. */
export async function updateCounterStatement(
  input: CounterStatementEditInput,
  actor: Actor | null,
): Promise<CounterStatementEditResult> {
  assertCan(actor, 'counterStatement.edit');
  return db.$transaction(async (tx) => {
    const row = await findCurrentVersion(tx, counterStatementEntity, {
      id: input.counterStatementId,
      version: input.version,
    });
    const before = snapshotOf(row);
    const after: CounterStatementSnapshot = { ...before, stance: input.stance, note: input.note ?? null };
    if (before.stance === after.stance && before.note === after.note)
      return { claimSlug: row.claim.slug, version: row.version, changed: false, invalidates: [] };
    const data = { stance: after.stance, note: after.note };
    const version = await writeVersion(tx, counterStatementEntity, row, {
      before,
      after,
      seenVersion: input.version,
      actor,
      reason: input.reason ?? null,
      data,
    });
    return { claimSlug: row.claim.slug, version, changed: true, invalidates: claimsChanged([row.claim.id]) };
  });
}

/**
 * Withdraws a counter-statement with a reason: it leaves the claim page and its counts (the
 * count triggers follow the status), its history stays, and when readers saw it the reason is
 * published as a correction on the claim.
 */
export async function withdrawCounterStatement(
  input: CounterStatementWithdrawInput,
  actor: Actor | null,
): Promise<CounterStatementEditResult> {
  assertCan(actor, 'counterStatement.edit');
  return db.$transaction(async (tx) => {
    const row = await findCurrentVersion(tx, counterStatementEntity, {
      id: input.counterStatementId,
      version: input.version,
    });
    const before = snapshotOf(row);
    const status = row.status === 'PUBLISHED' ? 'DRAFT' : row.status;
    const after: CounterStatementSnapshot = { ...before, status, deleted: true };
    const version = await writeVersion(tx, counterStatementEntity, row, {
      before,
      after,
      seenVersion: input.version,
      actor,
      reason: input.reason,
      data: { status, deletedAt: new Date() },
    });
    if (row.status === 'PUBLISHED' && row.claim.status === 'PUBLISHED') {
      const changed = `Counter-statement withdrawn: ${speakerNameOf(row)} (${stanceDefinition(row.stance).label.toLowerCase()})`;
      await tx.correction.create({ data: { claimId: row.claim.id, changed, note: input.reason, actorId: actor.id } });
      await tx.claim.update({ where: { id: row.claim.id }, data: { updatedAt: new Date() } });
    }
    return { claimSlug: row.claim.slug, version, changed: true, invalidates: claimsChanged([row.claim.id]) };
  });
}
