import { z } from 'zod';
import {
  DatePrecision,
  OrganizationKind,
  PublicationStatus,
  SourceKind,
  Stance,
  Verdict,
} from '../generated/prisma/enums';
import { parseIsoDay } from '../domain/dates';
import { calendarDay, isoMoment, isStorableText, UNSTORABLE_TEXT_MESSAGE } from './storable';

// The records of the JSON Lines export: one line per row of the published dataset, with a `type`,
// enough to rebuild it (ids and slugs kept). The export writes these shapes (their input side:
// dates as ISO strings) and the import parses every line with the same schemas (their output side:
// Dates, ready for Prisma). Derived columns (a claim's sort and filter columns, a statement's
// affiliation) are left out: the database's triggers recompute them on import.

const id = z.uuid();
// An imported file is input like any other: what PostgreSQL cannot store is refused by line.
const text = z.string().refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
const timestamp = isoMoment().transform((value) => new Date(value));
const day = calendarDay().transform(parseIsoDay);
const stamps = { createdAt: timestamp, updatedAt: timestamp };
/** Edited records keep their version (revisions refer to it) and their soft deletion. */
const versioned = { version: z.int(), deletedAt: timestamp.nullable() };

const record = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

export const exportRecordSchema = z.discriminatedUnion('type', [
  record('person', {
    id,
    slug: text,
    name: text,
    description: text,
    wikidataId: text.nullable(),
    status: z.enum(PublicationStatus),
    ...versioned,
    ...stamps,
  }),
  record('organization', {
    id,
    slug: text,
    name: text,
    kind: z.enum(OrganizationKind),
    countryCode: text.nullable(),
    version: z.int(),
    ...stamps,
  }),
  record('role', {
    id,
    personId: id,
    organizationId: id.nullable(),
    title: text,
    startDate: day.nullable(),
    endDate: day.nullable(),
    status: z.enum(PublicationStatus),
    ...stamps,
  }),
  record('source', {
    id,
    kind: z.enum(SourceKind),
    outlet: text.nullable(),
    title: text.nullable(),
    url: text.nullable(),
    publishedOn: day.nullable(),
    language: text,
    provenanceNote: text.nullable(),
    archiveText: text,
    archiveSha256: text,
    archivedAt: timestamp,
    status: z.enum(PublicationStatus),
    ...versioned,
    ...stamps,
  }),
  record('statement', {
    id,
    text: text,
    language: text,
    translation: text.nullable(),
    speakerPersonId: id.nullable(),
    speakerOrganizationId: id.nullable(),
    roleId: id.nullable(),
    attribution: text.nullable(),
    saidOn: day.nullable(),
    saidOnPrecision: z.enum(DatePrecision),
    sourceId: id,
    quoteStart: z.int().nullable(),
    quoteEnd: z.int().nullable(),
    unverifiedReason: text.nullable(),
    version: z.int(),
    ...stamps,
  }),
  record('topic', { id, slug: text, name: text, ...stamps }),
  record('claim', {
    id,
    slug: text,
    statementId: id,
    summary: text,
    verdict: z.enum(Verdict),
    verdictExplanation: text,
    status: z.enum(PublicationStatus),
    publishedAt: timestamp.nullable(),
    ...versioned,
    ...stamps,
  }),
  record('claimSlugRedirect', { slug: text, claimId: id, createdAt: timestamp }),
  record('claimTopic', { claimId: id, topicId: id }),
  record('relatedClaim', { firstClaimId: id, secondClaimId: id, createdAt: timestamp }),
  record('rebuttal', {
    id,
    claimId: id,
    statementId: id,
    stance: z.enum(Stance),
    note: text.nullable(),
    status: z.enum(PublicationStatus),
    ...versioned,
    ...stamps,
  }),
  record('claimAppearance', {
    id,
    claimId: id,
    statementId: id,
    status: z.enum(PublicationStatus),
    ...versioned,
    ...stamps,
  }),
]);

export type ExportRecord = z.input<typeof exportRecordSchema>;
export type ImportedRecord = z.output<typeof exportRecordSchema>;
export type RecordType = ExportRecord['type'];

/** The order records are written and read in: each type's foreign keys point at types before it. */
export const RECORD_TYPES: readonly RecordType[] = [
  'person',
  'organization',
  'role',
  'source',
  'statement',
  'topic',
  'claim',
  'claimSlugRedirect',
  'claimTopic',
  'relatedClaim',
  'rebuttal',
  'claimAppearance',
];
