import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import {
  claimRevisions,
  correctionRequired,
  describeClaimChanges,
  diffClaimSnapshots,
  type ClaimSnapshot,
} from '../domain/claim-revisions';
import type { Prisma } from '../generated/prisma/client';
import type { ClaimEditInput } from '../validation/claim-edit';
import { FieldError, InvalidError } from '../errors';
import { findCurrentVersion, revisionSnapshot, writeVersion, type VersionedEntity } from './versioned-records';
import { claimsChanged, type CacheTag } from '../cache/tags';

// Editors' changes to a claim. Each save is one transaction: the permission check, the version
// compare-and-set, the change, its revision and (for a published verdict) its correction, so that
// none exists without the others.

const editableSelect = {
  id: true,
  slug: true,
  statementId: true,
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

/** A claim as the revision machinery sees it; also used by creating and reviewing a claim. */
export const claimEntity: VersionedEntity<EditableRow, ClaimSnapshot, Prisma.ClaimUncheckedUpdateManyInput> = {
  ...claimRevisions,
  find: (client, id) => findEditable(client, { id }),
  snapshotOf,
  compareAndSet: async (tx, id, seenVersion, data) =>
    (await tx.claim.updateMany({ where: { id, version: seenVersion }, data: { ...data, version: { increment: 1 } } }))
      .count,
  baselineDate: (row) => row.publishedAt ?? row.createdAt,
};

function findEditable(client: Transaction | typeof db, where: { id: string } | { slug: string }) {
  return client.claim.findFirst({ where: { ...where, deletedAt: null }, select: editableSelect });
}

function snapshotOf(row: EditableRow): ClaimSnapshot {
  return {
    summary: row.summary,
    verdict: row.verdict,
    verdictExplanation: row.verdictExplanation,
    topics: row.topics
      .map(({ topic }) => ({ slug: topic.slug, name: topic.name }))
      .sort((a, b) => a.slug.localeCompare(b.slug)),
    status: row.status,
    deleted: row.deletedAt !== null,
  };
}

export type ClaimForEdit = {
  id: string;
  slug: string;
  statementId: string;
  version: number;
  current: ClaimSnapshot;
  topicOptions: { slug: string; name: string }[];
};

/** A claim as its edit form needs it. Editors only (contributors may not change a published claim). */
export async function getClaimForEditOrNull(slug: string, actor: Actor | null): Promise<ClaimForEdit | null> {
  assertCan(actor, 'claim.publish');
  const [row, topicOptions] = await Promise.all([
    findEditable(db, { slug }),
    db.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    statementId: row.statementId,
    version: row.version,
    current: snapshotOf(row),
    topicOptions,
  };
}

/** One earlier revision's snapshot, for an editor about to restore it. */
export async function getClaimRevisionSnapshotOrNull(
  claimId: string,
  version: number,
  actor: Actor | null,
): Promise<ClaimSnapshot | null> {
  assertCan(actor, 'revision.restore');
  return revisionSnapshot(claimEntity, claimId, version);
}

export type ClaimEditResult = {
  slug: string;
  version: number;
  changed: boolean;
  /** The cache tags of what readers see that this write changed (lib/cache/tags.ts): the caller expires them. */
  invalidates: CacheTag[];
};

/**
 * Saves an editor's change to a claim, based on the version they loaded. A published claim's new
 * verdict needs a correction note, published with it. Refused with a StaleError when someone saved
 * first, an InvalidError for a missing correction note, a FieldError for a topic deleted meanwhile.
 */
export async function updateClaim(input: ClaimEditInput, actor: Actor | null): Promise<ClaimEditResult> {
  assertCan(actor, 'claim.publish');
  if (input.restoredFrom !== undefined) assertCan(actor, 'revision.restore');
  return db.$transaction(async (tx) => {
    const row = await findCurrentVersion(tx, claimEntity, { id: input.claimId, version: input.version });
    const topics = await tx.topic.findMany({
      where: { slug: { in: input.topics } },
      select: { id: true, slug: true, name: true },
    });
    if (topics.length !== new Set(input.topics).size) {
      throw new FieldError('topics', 'not_found', 'One of the chosen topics no longer exists.');
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
    if (!changes.length) return { slug: row.slug, version: row.version, changed: false, invalidates: [] };
    if (correctionRequired(before, after) && !input.correctionNote) {
      throw new InvalidError(
        'correctionNote',
        'This claim is published and its verdict changes: write a correction note for readers.',
      );
    }

    const version = await writeVersion(tx, claimEntity, row, {
      before,
      after,
      seenVersion: input.version,
      actor,
      reason: input.reason ?? (input.restoredFrom ? `Restored version ${input.restoredFrom}.` : null),
      data: { summary: after.summary, verdict: after.verdict, verdictExplanation: after.verdictExplanation },
    });
    const topicIds = topics.map((topic) => topic.id);
    await tx.claimTopic.deleteMany({ where: { claimId: row.id, topicId: { notIn: topicIds } } });
    await tx.claimTopic.createMany({
      data: topicIds.map((topicId) => ({ claimId: row.id, topicId })),
      skipDuplicates: true,
    });
    if (correctionRequired(before, after)) {
      await tx.correction.create({
        data: {
          claimId: row.id,
          changed: describeClaimChanges(changes),
          note: input.correctionNote!,
          actorId: actor.id,
        },
      });
    }
    return { slug: row.slug, version, changed: true, invalidates: claimsChanged([row.id]) };
  });
}

/**
 * Soft-deletes a claim, with the reason as its revision: readers no longer find it (a deleted
 * claim cannot stay published, see the revisions migration), and its history is kept.
 */
export async function deleteClaim(
  input: { claimId: string; version: number; reason: string },
  actor: Actor | null,
): Promise<ClaimEditResult> {
  assertCan(actor, 'claim.publish');
  return db.$transaction(async (tx) => {
    const row = await findCurrentVersion(tx, claimEntity, { id: input.claimId, version: input.version });
    const before = snapshotOf(row);
    const after: ClaimSnapshot = { ...before, status: 'DRAFT', deleted: true };
    const deletedAt = new Date();
    const version = await writeVersion(tx, claimEntity, row, {
      before,
      after,
      seenVersion: input.version,
      actor,
      reason: input.reason,
      data: { status: 'DRAFT', deletedAt },
    });
    return { slug: row.slug, version, changed: true, invalidates: claimsChanged([row.id]) };
  });
}
