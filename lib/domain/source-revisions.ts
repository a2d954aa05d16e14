import { z } from 'zod';
import { PublicationStatus, SourceKind } from '../generated/prisma/enums';
import type { RevisionFields } from './revisions';
import { SOURCE_KINDS } from './source-kinds';

// A source's revisions as plain data. The snapshot keeps the archived text itself, not only its
// fingerprint: an unquoted source's text may be replaced, and the history must still hold the text
// it replaced.

export const sourceSnapshotSchema = z.object({
  kind: z.enum(SourceKind),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  /** YYYY-MM-DD, or null when not known. */
  publishedOn: z.string().nullable(),
  language: z.string(),
  provenanceNote: z.string().nullable(),
  archiveText: z.string(),
  archiveSha256: z.string(),
  status: z.enum(PublicationStatus),
  deleted: z.boolean(),
});
export type SourceSnapshot = z.infer<typeof sourceSnapshotSchema>;

const kindLabel = (kind: SourceKind) => SOURCE_KINDS.find((entry) => entry.kind === kind)?.label ?? kind;

export const sourceRevisionFields: RevisionFields<SourceSnapshot> = {
  kind: { label: 'Kind', format: kindLabel, inline: true },
  outlet: { label: 'Outlet', inline: true },
  title: { label: 'Title' },
  url: { label: 'URL' },
  publishedOn: { label: 'Published', inline: true },
  language: { label: 'Language', inline: true },
  provenanceNote: { label: 'Provenance note' },
  // A diff shows the text's length and fingerprint, not half a megabyte of it.
  archiveText: {
    label: 'Archived text',
    format: (text) => `${text.length.toLocaleString('en')} characters`,
    identity: (text) => text,
  },
  archiveSha256: { label: 'Archive SHA-256' },
  status: { label: 'Publication', format: (status) => status.toLowerCase(), inline: true },
  deleted: { label: 'Deleted', format: (deleted) => (deleted ? 'yes' : 'no'), inline: true },
};

export const sourceRevisions = {
  type: 'SOURCE',
  noun: 'This source',
  snapshotSchema: sourceSnapshotSchema,
  fields: sourceRevisionFields,
} as const;
