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

// The records of the JSON Lines export: one line per row of the published dataset, with a `type`,
// enough to rebuild it (ids and slugs kept). The export writes these shapes (their input side:
// dates as ISO strings) and the import parses every line with the same schemas (their output side:
// Dates, ready for Prisma). Derived columns (a claim's sort and filter columns, a statement's
// affiliation) are left out: the database's triggers recompute them on import.

const id = z.uuid();
const timestamp = z.iso.datetime().transform((value) => new Date(value));
const day = z.iso.date().transform(parseIsoDay);
const stamps = { createdAt: timestamp, updatedAt: timestamp };
/** Edited records keep their version (revisions refer to it) and their soft deletion. */
const versioned = { version: z.int(), deletedAt: timestamp.nullable() };

const record = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

export const exportRecordSchema = z.discriminatedUnion('type', [
  record('person', {
    id,
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    wikidataId: z.string().nullable(),
    status: z.enum(PublicationStatus),
    ...versioned,
    ...stamps,
  }),
  record('organization', {
    id,
    slug: z.string(),
    name: z.string(),
    kind: z.enum(OrganizationKind),
    countryCode: z.string().nullable(),
    version: z.int(),
    ...stamps,
  }),
  record('role', {
    id,
    personId: id,
    organizationId: id.nullable(),
    title: z.string(),
    startDate: day.nullable(),
    endDate: day.nullable(),
    status: z.enum(PublicationStatus),
    ...stamps,
  }),
  record('source', {
    id,
    kind: z.enum(SourceKind),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publishedOn: day.nullable(),
    language: z.string(),
    provenanceNote: z.string().nullable(),
    archiveText: z.string(),
    archiveSha256: z.string(),
    archivedAt: timestamp,
    status: z.enum(PublicationStatus),
    ...versioned,
    ...stamps,
  }),
  record('statement', {
    id,
    text: z.string(),
    language: z.string(),
    translation: z.string().nullable(),
    speakerPersonId: id.nullable(),
    speakerOrganizationId: id.nullable(),
    roleId: id.nullable(),
    attribution: z.string().nullable(),
    saidOn: day.nullable(),
    saidOnPrecision: z.enum(DatePrecision),
    sourceId: id,
    quoteStart: z.int().nullable(),
    quoteEnd: z.int().nullable(),
    unverifiedReason: z.string().nullable(),
    version: z.int(),
    ...stamps,
  }),
  record('topic', { id, slug: z.string(), name: z.string(), ...stamps }),
  record('claim', {
    id,
    slug: z.string(),
    statementId: id,
    summary: z.string(),
    verdict: z.enum(Verdict),
    verdictExplanation: z.string(),
    status: z.enum(PublicationStatus),
    publishedAt: timestamp.nullable(),
    ...versioned,
    ...stamps,
  }),
  record('claimSlugRedirect', { slug: z.string(), claimId: id, createdAt: timestamp }),
  record('claimTopic', { claimId: id, topicId: id }),
  record('rebuttal', {
    id,
    claimId: id,
    statementId: id,
    stance: z.enum(Stance),
    note: z.string().nullable(),
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
  'rebuttal',
];
