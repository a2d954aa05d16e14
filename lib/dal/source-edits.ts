import 'server-only';
import { z } from 'zod';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { sha256Hex } from '../domain/archive';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { diffSnapshots } from '../domain/revisions';
import { sourceRevisions, type SourceSnapshot } from '../domain/source-revisions';
import { ConflictError, FieldError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { SourceDeleteInput, SourceEditInput } from '../validation/record-edits';
import { uniqueViolationAsConflict } from './unique-violations';
import {
  findCurrentVersion,
  historyOf,
  writeVersion,
  type HistoryEntry,
  type VersionedEntity,
} from './versioned-records';
import { COLLECTION, type CacheTag } from '../cache/tags';

// Editors' changes to sources, each one transaction: permission, compare-and-set, the change, its
// revision. The archived text is what quotes are verified against and located in: once any
// statement quotes the source (published or not), the text is fixed; before that it may be
// replaced, with its SHA-256 recomputed (unique: one archive per text).

const editableSelect = {
  id: true,
  kind: true,
  outlet: true,
  title: true,
  url: true,
  publishedOn: true,
  language: true,
  provenanceNote: true,
  archiveText: true,
  archiveSha256: true,
  archivedAt: true,
  status: true,
  deletedAt: true,
  version: true,
  createdAt: true,
} as const;

type EditableRow = NonNullable<Awaited<ReturnType<typeof findEditable>>>;

function findEditable(client: Transaction | typeof db, id: string) {
  return client.source.findFirst({ where: { id, deletedAt: null }, select: editableSelect });
}

function snapshotOf(row: EditableRow): SourceSnapshot {
  return {
    kind: row.kind,
    outlet: row.outlet,
    title: row.title,
    url: row.url,
    publishedOn: row.publishedOn ? toIsoDay(row.publishedOn) : null,
    language: row.language,
    provenanceNote: row.provenanceNote,
    archiveText: row.archiveText,
    archiveSha256: row.archiveSha256,
    status: row.status,
    deleted: row.deletedAt !== null,
  };
}

export const sourceEntity: VersionedEntity<EditableRow, SourceSnapshot, Prisma.SourceUpdateManyMutationInput> = {
  ...sourceRevisions,
  find: findEditable,
  snapshotOf,
  compareAndSet: async (tx, id, seenVersion, data) =>
    (await tx.source.updateMany({ where: { id, version: seenVersion }, data: { ...data, version: { increment: 1 } } }))
      .count,
  baselineDate: (row) => row.archivedAt,
};

export type SourceForEdit = {
  id: string;
  version: number;
  current: SourceSnapshot;
  /** How many statements quote the source: while any does, its text is fixed and it cannot be deleted. */
  quotedBy: number;
  history: HistoryEntry[];
};

export async function getSourceForEditOrNull(id: string, actor: Actor | null): Promise<SourceForEdit | null> {
  assertCan(actor, 'source.edit');
  // The id comes from the URL: anything that is not a UUID cannot name a source.
  if (!z.uuid().safeParse(id).success) return null;
  const row = await findEditable(db, id);
  if (!row) return null;
  const [quotedBy, history] = await Promise.all([
    db.statement.count({ where: { sourceId: row.id } }),
    historyOf(sourceRevisions, row.id),
  ]);
  return { id: row.id, version: row.version, current: snapshotOf(row), quotedBy, history: history.reverse() };
}

export type SourceEditResult = {
  id: string;
  version: number;
  changed: boolean;
  /** The cache tags of what readers see that this write changed (lib/cache/tags.ts): the caller expires them. */
  invalidates: CacheTag[];
};

function saveSource(
  input: { sourceId: string; version: number; reason?: string | null },
  actor: Actor,
  apply: (
    tx: Transaction,
    row: EditableRow,
    before: SourceSnapshot,
  ) => Promise<{ after: SourceSnapshot; data: Prisma.SourceUpdateManyMutationInput }>,
): Promise<SourceEditResult> {
  return uniqueViolationAsConflict(() =>
    db.$transaction(async (tx) => {
      const row = await findCurrentVersion(tx, sourceEntity, { id: input.sourceId, version: input.version });
      const before = snapshotOf(row);
      const { after, data } = await apply(tx, row, before);
      if (!diffSnapshots(sourceRevisions.fields, before, after).length)
        return { id: row.id, version: row.version, changed: false, invalidates: [] };
      const version = await writeVersion(tx, sourceEntity, row, {
        before,
        after,
        seenVersion: input.version,
        actor,
        reason: input.reason ?? null,
        data,
      });
      // Its outlet and title are shown wherever it is quoted.
      return { id: row.id, version, changed: true, invalidates: [COLLECTION.sources] };
    }),
  );
}

/** Saves an editor's change to a source's description and, while nothing quotes it, its text. */
export async function updateSource(input: SourceEditInput, actor: Actor | null): Promise<SourceEditResult> {
  assertCan(actor, 'source.edit');
  return saveSource(input, actor, async (tx, row, before) => {
    const archiveText = input.archiveText ?? row.archiveText;
    const replacesText = archiveText !== row.archiveText;
    if (replacesText) {
      const quotes = await tx.statement.count({ where: { sourceId: row.id } });
      if (quotes) {
        throw new FieldError(
          'archiveText',
          'conflict',
          `The archived text cannot change: ${quotes === 1 ? 'a statement quotes' : `${quotes} statements quote`} it, and were verified against it.`,
        );
      }
    }
    const archiveSha256 = replacesText ? sha256Hex(archiveText) : row.archiveSha256;
    if (
      replacesText &&
      (await tx.source.findFirst({ where: { archiveSha256, id: { not: row.id } }, select: { id: true } }))
    ) {
      throw new FieldError('archiveText', 'conflict', 'Another source has exactly this text archived already.');
    }
    const columns = {
      kind: input.kind,
      outlet: input.outlet ?? null,
      title: input.title ?? null,
      url: input.url ?? null,
      language: input.language,
      provenanceNote: input.provenanceNote ?? null,
      archiveText,
      archiveSha256,
    };
    return {
      after: { ...before, ...columns, publishedOn: input.publishedOn ?? null },
      data: {
        ...columns,
        publishedOn: input.publishedOn ? parseIsoDay(input.publishedOn) : null,
        ...(replacesText ? { archivedAt: new Date() } : {}),
      },
    };
  });
}

/** Soft-deletes a source nothing quotes, with the reason as its revision; its history is kept. */
export async function deleteSource(input: SourceDeleteInput, actor: Actor | null): Promise<SourceEditResult> {
  assertCan(actor, 'source.edit');
  return saveSource(input, actor, async (tx, row, before) => {
    const quotes = await tx.statement.count({ where: { sourceId: row.id } });
    if (quotes)
      throw new ConflictError(
        `This source cannot be deleted: ${quotes === 1 ? 'a statement quotes' : `${quotes} statements quote`} it.`,
      );
    return { after: { ...before, status: 'DRAFT', deleted: true }, data: { status: 'DRAFT', deletedAt: new Date() } };
  });
}
