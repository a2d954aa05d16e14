import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { locateQuote } from '../domain/quote-match';
import {
  describeStatementChanges,
  diffStatementSnapshots,
  quoteCorrectionRequired,
  statementRevisions,
  type StatementSnapshot,
} from '../domain/statement-revisions';
import { Prisma } from '../generated/prisma/client';
import type { StatementEditInput } from '../validation/statement-edit';
import { FieldError, InvalidError } from '../errors';
import { publishedClaim } from './published';
import {
  findCurrentVersion,
  historyOf,
  writeVersion,
  type HistoryEntry,
  type VersionedEntity,
} from './versioned-records';
import { claimsChanged, type CacheTag } from '../cache/tags';

// Editors' changes to a quote (a statement): its words, language, translation, attribution and
// date. The words are checked against the source's archived text again, as when it was proposed.
// A quote that readers see (as a published claim, or a published counter-statement to one) owes
// them a correction when its words or date change: one per claim that shows it, in the same
// transaction as the change and its revision.

const editableSelect = {
  id: true,
  version: true,
  createdAt: true,
  text: true,
  language: true,
  translation: true,
  attribution: true,
  saidOn: true,
  saidOnPrecision: true,
  quoteStart: true,
  unverifiedReason: true,
  speakerPerson: { select: { name: true } },
  speakerOrganization: { select: { name: true } },
  source: { select: { id: true, outlet: true, title: true, archiveText: true } },
  claim: { select: { id: true, slug: true, summary: true, status: true } },
  counterStatements: {
    where: { deletedAt: null },
    select: { id: true, status: true, claim: { select: { id: true, slug: true, summary: true, status: true } } },
  },
} satisfies Prisma.StatementSelect;

type EditableRow = Prisma.StatementGetPayload<{ select: typeof editableSelect }>;

export const statementEntity: VersionedEntity<EditableRow, StatementSnapshot, Prisma.StatementUpdateManyMutationInput> =
  {
    ...statementRevisions,
    find: (client, id) => client.statement.findUnique({ where: { id }, select: editableSelect }),
    snapshotOf,
    compareAndSet: async (tx, id, seenVersion, data) =>
      (
        await tx.statement.updateMany({
          where: { id, version: seenVersion },
          data: { ...data, version: { increment: 1 } },
        })
      ).count,
  };

function snapshotOf(row: EditableRow): StatementSnapshot {
  return {
    text: row.text,
    language: row.language,
    translation: row.translation,
    attribution: row.attribution,
    saidOn: row.saidOn ? toIsoDay(row.saidOn) : null,
    saidOnPrecision: row.saidOnPrecision,
    verified: row.quoteStart !== null,
    unverifiedReason: row.unverifiedReason,
  };
}

/** A claim where readers see this quote: as the claim itself, or as a counter-statement to it. */
export type QuoteUse = {
  claimId: string;
  slug: string;
  summary: string;
  as: 'claim' | 'counter-statement';
  shownToReaders: boolean;
};

function usesOf(row: EditableRow): QuoteUse[] {
  const own = row.claim
    ? [
        {
          claimId: row.claim.id,
          slug: row.claim.slug,
          summary: row.claim.summary,
          as: 'claim' as const,
          shownToReaders: row.claim.status === 'PUBLISHED',
        },
      ]
    : [];
  const answers = row.counterStatements.map((counterStatement) => ({
    claimId: counterStatement.claim.id,
    slug: counterStatement.claim.slug,
    summary: counterStatement.claim.summary,
    as: 'counter-statement' as const,
    shownToReaders: counterStatement.status === 'PUBLISHED' && counterStatement.claim.status === 'PUBLISHED',
  }));
  return [...own, ...answers];
}

export type StatementForEdit = {
  id: string;
  version: number;
  current: StatementSnapshot;
  speakerName: string;
  source: { id: string; label: string; archiveText: string };
  uses: QuoteUse[];
  history: HistoryEntry[];
};

/** A quote as its edit form needs it, with where readers see it and its revisions. Editors only. */
export async function getStatementForEditOrNull(
  statementId: string,
  actor: Actor | null,
): Promise<StatementForEdit | null> {
  assertCan(actor, 'statement.edit');
  const row = await statementEntity.find(db, statementId);
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    current: snapshotOf(row),
    speakerName: speakerNameOf(row),
    source: {
      id: row.source.id,
      label: [row.source.outlet, row.source.title].filter(Boolean).join(': ') || 'Untitled source',
      archiveText: row.source.archiveText,
    },
    uses: usesOf(row),
    history: (await historyOf(statementEntity, row.id)).reverse(),
  };
}

function speakerNameOf(row: EditableRow): string {
  return row.speakerPerson?.name ?? row.speakerOrganization?.name ?? 'Unknown speaker';
}

export type StatementEditResult = {
  version: number;
  changed: boolean;
  uses: QuoteUse[];
  /** The cache tags of what readers see that this write changed (lib/cache/tags.ts): the caller expires them. */
  invalidates: CacheTag[];
};

/**
 * Saves an editor's change to a quote, based on the version they loaded. Words not found verbatim
 * in the source need a stated reason; a change readers would notice needs a correction note (each
 * an InvalidError on its field); a StaleError when someone saved first.
 */
export async function updateStatement(input: StatementEditInput, actor: Actor | null): Promise<StatementEditResult> {
  assertCan(actor, 'statement.edit');
  try {
    return await db.$transaction((tx) => saveStatement(tx, input, actor));
  } catch (error) {
    // Another statement already quotes exactly this passage of the source.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new FieldError(
        'quote',
        'conflict',
        'Another quote on record is this very passage of the source: edit that one instead.',
      );
    }
    throw error;
  }
}

async function saveStatement(tx: Transaction, input: StatementEditInput, actor: Actor): Promise<StatementEditResult> {
  const row = await findCurrentVersion(tx, statementEntity, { id: input.statementId, version: input.version });
  const span = locateQuote(row.source.archiveText, input.quote);
  // Only an editor edits quotes, and editors may save one not found verbatim, with a reason.
  if (!span && !input.unverifiedReason) {
    throw new InvalidError(
      'unverifiedReason',
      'The quote is not found verbatim in the source text: say why it should be saved anyway.',
    );
  }
  const before = snapshotOf(row);
  const after: StatementSnapshot = {
    text: input.quote,
    language: input.quoteLanguage,
    translation: input.translation ?? null,
    attribution: input.attribution ?? null,
    saidOn: input.saidOn ?? null,
    saidOnPrecision: input.saidOnPrecision,
    verified: span !== null,
    unverifiedReason: span ? null : input.unverifiedReason!,
  };
  const changes = diffStatementSnapshots(before, after);
  const uses = usesOf(row);
  if (!changes.length) return { version: row.version, changed: false, uses, invalidates: [] };
  const shown = uses.filter((use) => use.shownToReaders);
  const owesCorrection = quoteCorrectionRequired(before, after, shown.length > 0);
  if (owesCorrection && !input.correctionNote) {
    throw new InvalidError('correctionNote', 'Readers see this quote: write a correction note saying what was wrong.');
  }
  const version = await writeVersion(tx, statementEntity, row, {
    before,
    after,
    seenVersion: input.version,
    actor,
    reason: input.reason ?? null,
    data: {
      text: after.text,
      language: after.language,
      translation: after.translation,
      attribution: after.attribution,
      saidOn: after.saidOn ? parseIsoDay(after.saidOn) : null,
      saidOnPrecision: after.saidOnPrecision,
      quoteStart: span?.start ?? null,
      quoteEnd: span?.end ?? null,
      unverifiedReason: after.unverifiedReason,
    },
  });
  if (owesCorrection) {
    const changed = `${speakerNameOf(row)}'s quote: ${describeStatementChanges(changes)}`.slice(0, 1000);
    const claimIds = [...new Set(shown.map((use) => use.claimId))];
    await tx.correction.createMany({
      data: claimIds.map((claimId) => ({ claimId, changed, note: input.correctionNote!, actorId: actor.id })),
    });
    // The claims readers see changed: their dateModified (ClaimReview) moves with them.
    await tx.claim.updateMany({ where: { id: { in: claimIds }, ...publishedClaim }, data: { updatedAt: new Date() } });
  }
  // The quote is shown on the page of every claim it makes or answers, and in the lists of claims and sources.
  return { version, changed: true, uses, invalidates: claimsChanged(uses.map((use) => use.claimId)) };
}
