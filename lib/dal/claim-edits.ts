import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import {
  claimSnapshotSchema,
  correctionRequired,
  describeChanges,
  diffClaimSnapshots,
  staleVersionMessage,
  type ClaimSnapshot,
} from '../domain/claim-revisions';
import { AppError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { ClaimEditInput } from '../validation/claim-edit';
import { listRevisions, recordRevision } from './revisions';

// Editors' changes to a claim. Each save is one transaction: the permission check, the version
// compare-and-set, the change, its revision and (for a published verdict) its correction, so that
// none exists without the others.

const editableSelect = {
  id: true,
  slug: true,
  summary: true,
  verdict: true,
  verdictExplanation: true,
  status: true,
  deletedAt: true,
  version: true,
  publishedAt: true,
  createdAt: true,
  topics: { select: { topic: { select: { id: true, slug: true, name: true } } } },
} as const;

type EditableRow = NonNullable<Awaited<ReturnType<typeof findEditable>>>;

function findEditable(client: Transaction | typeof db, where: { id: string } | { slug: string }) {
  return client.claim.findFirst({ where: { ...where, deletedAt: null }, select: editableSelect });
}

function snapshotOf(row: EditableRow): ClaimSnapshot {
  return {
    summary: row.summary,
    verdict: row.verdict,
    verdictExplanation: row.verdictExplanation,
    topics: row.topics.map(({ topic }) => ({ slug: topic.slug, name: topic.name })).sort((a, b) => a.slug.localeCompare(b.slug)),
    status: row.status,
    deleted: row.deletedAt !== null,
  };
}

export type ClaimForEdit = { id: string; slug: string; version: number; current: ClaimSnapshot; topicOptions: { slug: string; name: string }[] };

/** A claim as its edit form needs it. Editors only (contributors may not change a published claim). */
export async function getClaimForEdit(slug: string, actor: Actor | null): Promise<ClaimForEdit | null> {
  assertCan(actor, 'claim.publish');
  const [row, topicOptions] = await Promise.all([
    findEditable(db, { slug }),
    db.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  if (!row) return null;
  return { id: row.id, slug: row.slug, version: row.version, current: snapshotOf(row), topicOptions };
}

/** One earlier revision's snapshot, for an editor about to restore it. */
export async function getClaimRevisionSnapshot(claimId: string, version: number, actor: Actor | null): Promise<ClaimSnapshot | null> {
  assertCan(actor, 'revision.restore');
  const revision = await db.revision.findUnique({ where: { entityType_entityId_version: { entityType: 'CLAIM', entityId: claimId, version } }, select: { snapshot: true } });
  return revision ? claimSnapshotSchema.parse(revision.snapshot) : null;
}

export type ClaimEditResult =
  | { ok: true; slug: string; version: number; changed: boolean }
  /** Someone saved first: nothing was written. */
  | { ok: false; reason: 'stale'; message: string; current: ClaimSnapshot; version: number }
  | { ok: false; reason: 'correction_required'; message: string }
  | { ok: false; reason: 'unknown_topic'; message: string };

/** Thrown inside the transaction to roll it back; turned into a result outside it. */
class EditRefused extends Error {
  constructor(readonly result: Exclude<ClaimEditResult, { ok: true }> | { ok: false; reason: 'stale_pending' }) {
    super('edit refused');
  }
}

/**
 * Saves an editor's change to a claim, based on the version they loaded. A published claim's new
 * verdict needs a correction note, published with it.
 */
export async function updateClaim(input: ClaimEditInput, actor: Actor | null): Promise<ClaimEditResult> {
  assertCan(actor, 'claim.publish');
  if (input.restoredFrom !== undefined) assertCan(actor, 'revision.restore');
  return refusalsAsResults(input, () =>
    db.$transaction(async (tx) => {
      const row = await findCurrentVersion(tx, input);
      const topics = await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true, slug: true, name: true } });
      if (topics.length !== new Set(input.topics).size) {
        throw new EditRefused({ ok: false, reason: 'unknown_topic', message: 'One of the chosen topics no longer exists.' });
      }
      const before = snapshotOf(row);
      const after: ClaimSnapshot = {
        ...before,
        summary: input.summary,
        verdict: input.verdict,
        verdictExplanation: input.verdictExplanation,
        topics: topics.map(({ slug, name }) => ({ slug, name })).sort((a, b) => a.slug.localeCompare(b.slug)),
      };
      const changes = diffClaimSnapshots(before, after);
      if (!changes.length) return { ok: true as const, slug: row.slug, version: row.version, changed: false };
      if (correctionRequired(before, after) && !input.correctionNote) {
        throw new EditRefused({
          ok: false,
          reason: 'correction_required',
          message: 'This claim is published and its verdict changes: write a correction note for readers.',
        });
      }

      const version = await writeClaimVersion(tx, row, {
        before,
        after,
        seenVersion: input.version,
        actor,
        reason: input.reason ?? (input.restoredFrom ? `Restored version ${input.restoredFrom}.` : null),
        data: { summary: after.summary, verdict: after.verdict, verdictExplanation: after.verdictExplanation },
      });
      const topicIds = topics.map((topic) => topic.id);
      await tx.claimTopic.deleteMany({ where: { claimId: row.id, topicId: { notIn: topicIds } } });
      await tx.claimTopic.createMany({ data: topicIds.map((topicId) => ({ claimId: row.id, topicId })), skipDuplicates: true });
      if (correctionRequired(before, after)) {
        await tx.correction.create({ data: { claimId: row.id, changed: describeChanges(changes), note: input.correctionNote!, actorId: actor.id } });
      }
      return { ok: true as const, slug: row.slug, version, changed: true };
    }),
  );
}

/**
 * Soft-deletes a claim, with the reason as its revision: readers no longer find it (a deleted
 * claim cannot stay published, see the revisions migration), and its history is kept.
 */
export async function deleteClaim(input: { claimId: string; version: number; reason: string }, actor: Actor | null): Promise<ClaimEditResult> {
  assertCan(actor, 'claim.publish');
  return refusalsAsResults(input, () =>
    db.$transaction(async (tx) => {
      const row = await findCurrentVersion(tx, input);
      const before = snapshotOf(row);
      const after: ClaimSnapshot = { ...before, status: 'DRAFT', deleted: true };
      const deletedAt = new Date();
      const version = await writeClaimVersion(tx, row, { before, after, seenVersion: input.version, actor, reason: input.reason, data: { status: 'DRAFT', deletedAt } });
      return { ok: true as const, slug: row.slug, version, changed: true };
    }),
  );
}

/** The claim to change, refused when it is missing or no longer at the version the editor saw. */
async function findCurrentVersion(tx: Transaction, input: { claimId: string; version: number }): Promise<EditableRow> {
  const row = await findEditable(tx, { id: input.claimId });
  if (!row) throw new AppError('not_found', 'This claim does not exist or was deleted.');
  if (row.version !== input.version) throw new EditRefused({ ok: false, reason: 'stale_pending' });
  return row;
}

/** Runs a save; a refusal thrown inside it (which rolled its transaction back) becomes its result. */
async function refusalsAsResults(input: { claimId: string; version: number }, save: () => Promise<ClaimEditResult>): Promise<ClaimEditResult> {
  try {
    return await save();
  } catch (error) {
    if (!(error instanceof EditRefused)) throw error;
    if (error.result.reason !== 'stale_pending') return error.result;
    return staleResult(input.claimId, input.version);
  }
}

/**
 * Writes a new version of the claim: its columns by compare-and-set on the version the editor saw,
 * and its revision. Returns the new version number.
 */
async function writeClaimVersion(
  tx: Transaction,
  row: EditableRow,
  change: { before: ClaimSnapshot; after: ClaimSnapshot; seenVersion: number; actor: Actor; reason: string | null; data: Prisma.ClaimUpdateManyMutationInput },
): Promise<number> {
  await recordBaselineRevision(tx, row, change.before);
  // A concurrent save that committed after this transaction read the row makes this match none,
  // and the whole transaction rolls back.
  const { count } = await tx.claim.updateMany({ where: { id: row.id, version: change.seenVersion }, data: { ...change.data, version: { increment: 1 } } });
  if (count !== 1) throw new EditRefused({ ok: false, reason: 'stale_pending' });
  const version = change.seenVersion + 1;
  await recordRevision(tx, { entityType: 'CLAIM', entityId: row.id, version, actorId: change.actor.id, reason: change.reason, snapshot: change.after });
  return version;
}

/**
 * Claims made before revisions existed (or by the seed) have none: their state before the first
 * tracked edit is kept as version `row.version`, so the history shows what the edit changed.
 */
async function recordBaselineRevision(tx: Transaction, row: EditableRow, snapshot: ClaimSnapshot) {
  const existing = await tx.revision.count({ where: { entityType: 'CLAIM', entityId: row.id, version: row.version } });
  if (existing) return;
  await recordRevision(tx, {
    entityType: 'CLAIM',
    entityId: row.id,
    version: row.version,
    actorId: null,
    snapshot,
    createdAt: row.publishedAt ?? row.createdAt,
  });
}

/** What an editor whose save was refused needs: who changed what since their version, and the current values. */
async function staleResult(claimId: string, seenVersion: number): Promise<ClaimEditResult> {
  const row = await findEditable(db, { id: claimId });
  if (!row) throw new AppError('not_found', 'This claim does not exist or was deleted.');
  const revisions = await listRevisions('CLAIM', claimId, { since: seenVersion - 1 });
  const snapshots = revisions.map((revision) => claimSnapshotSchema.parse(revision.snapshot));
  const concurrent = revisions.flatMap((revision, index) =>
    revision.version > seenVersion ? [{ actorName: revision.actor?.name ?? null, createdAt: revision.createdAt, changes: diffClaimSnapshots(snapshots[index - 1] ?? null, snapshots[index]!) }] : [],
  );
  return { ok: false, reason: 'stale', message: staleVersionMessage(concurrent), current: snapshotOf(row), version: row.version };
}
