import { z } from 'zod';
import { DatePrecision, PublicationStatus, Stance } from '../generated/prisma/enums';
import { displayDate, parseIsoDay } from './dates';
import { describeChanges, diffSnapshots, type FieldChange, type RevisionFields } from './revisions';
import { stanceDefinition } from './stances';

// Revisions of a statement (a verbatim quote) and of a counter-statement (how a statement answers
// a claim), as plain data: what each revision stores, how its fields read in a diff, and when a
// change to a quote needs a public correction. Pure, so it is unit-tested without a database.

/** The editable fields of a statement as a revision stores them. */
export const statementSnapshotSchema = z.object({
  text: z.string(),
  language: z.string(),
  translation: z.string().nullable(),
  attribution: z.string().nullable(),
  /** ISO day, read with its precision. */
  saidOn: z.string().nullable(),
  saidOnPrecision: z.enum(DatePrecision),
  /** Whether the quote stands verbatim in its source's archived text. */
  verified: z.boolean(),
  unverifiedReason: z.string().nullable(),
});
export type StatementSnapshot = z.infer<typeof statementSnapshotSchema>;

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export const statementRevisionFields: RevisionFields<StatementSnapshot> = {
  text: { label: 'Quote' },
  language: { label: 'Language', inline: true },
  translation: { label: 'Translation' },
  attribution: { label: 'Attribution' },
  saidOn: { label: 'Said on', inline: true },
  saidOnPrecision: { label: 'Date precision', format: (precision) => precision.toLowerCase(), inline: true },
  verified: { label: 'Found verbatim in the source', format: yesNo, inline: true },
  unverifiedReason: { label: 'Why saved unverified' },
};

export const statementRevisions = {
  type: 'STATEMENT',
  noun: 'This quote',
  snapshotSchema: statementSnapshotSchema,
  fields: statementRevisionFields,
} as const;

export const diffStatementSnapshots = (before: StatementSnapshot | null, after: StatementSnapshot): FieldChange[] =>
  diffSnapshots(statementRevisionFields, before, after);

/** How a statement's date reads: "19 December 2018", "December 2018". */
export function describeSaidOn(snapshot: Pick<StatementSnapshot, 'saidOn' | 'saidOnPrecision'>): string | null {
  return snapshot.saidOn ? displayDate(parseIsoDay(snapshot.saidOn), snapshot.saidOnPrecision).label : null;
}

/**
 * What readers were told changes, so a correction note is owed: the words of a quote that a
 * published claim shows (as the claim itself or as a published counter-statement), or its date.
 */
export function quoteCorrectionRequired(
  before: StatementSnapshot,
  after: StatementSnapshot,
  shownToReaders: boolean,
): boolean {
  return (
    shownToReaders &&
    (before.text !== after.text || before.translation !== after.translation || before.saidOn !== after.saidOn)
  );
}

/** The editable fields of a counter-statement (the link between a claim and a statement). */
export const counterStatementSnapshotSchema = z.object({
  stance: z.enum(Stance),
  note: z.string().nullable(),
  status: z.enum(PublicationStatus),
  /** The editor's note on a review decision, which the contributor reads. */
  reviewNote: z.string().nullable(),
  deleted: z.boolean(),
});
export type CounterStatementSnapshot = z.infer<typeof counterStatementSnapshotSchema>;

const STATUS_LABELS: Record<PublicationStatus, string> = {
  DRAFT: 'draft',
  SUBMITTED: 'submitted for review',
  PUBLISHED: 'published',
  REJECTED: 'rejected',
};

export const counterStatementRevisionFields: RevisionFields<CounterStatementSnapshot> = {
  stance: { label: 'Stance', format: (stance) => stanceDefinition(stance).label, inline: true },
  note: { label: "Editor's note" },
  status: { label: 'Publication', format: (status) => STATUS_LABELS[status], inline: true },
  reviewNote: { label: 'Review note' },
  deleted: { label: 'Withdrawn', format: yesNo, inline: true },
};

export const counterStatementRevisions = {
  type: 'COUNTER_STATEMENT',
  noun: 'This counter-statement',
  snapshotSchema: counterStatementSnapshotSchema,
  fields: counterStatementRevisionFields,
} as const;

export const describeStatementChanges = (changes: FieldChange[]): string =>
  describeChanges(statementRevisionFields, changes);
