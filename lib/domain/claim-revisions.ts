import { z } from 'zod';
import { PublicationStatus, Verdict } from '../generated/prisma/enums';
import { describeChanges, diffSnapshots, type FieldChange, type RevisionFields } from './revisions';
import { verdictDefinition } from './verdicts';

// A claim's revisions as plain data: the snapshot each revision stores, how its fields read in a
// diff (lib/domain/revisions.ts does the diffing), and when a change needs a public correction.
// Pure, so all of it is unit-tested without a database.

/** The editable fields of a claim as a revision stores them (the whole record, not a delta). */
export const claimSnapshotSchema = z.object({
  summary: z.string(),
  verdict: z.enum(Verdict),
  verdictExplanation: z.string(),
  /** Sorted by slug, so that the same topics always compare equal. */
  topics: z.array(z.object({ slug: z.string(), name: z.string() })),
  status: z.enum(PublicationStatus),
  deleted: z.boolean(),
});
export type ClaimSnapshot = z.infer<typeof claimSnapshotSchema>;

const PUBLICATION_LABELS: Record<PublicationStatus, string> = {
  DRAFT: 'draft',
  SUBMITTED: 'submitted for review',
  PUBLISHED: 'published',
  REJECTED: 'rejected',
};

/** The fields a claim's diff shows, in order, as a reader reads them. */
export const claimRevisionFields: RevisionFields<ClaimSnapshot> = {
  summary: { label: 'Summary' },
  verdict: { label: 'Verdict', format: (verdict) => verdictDefinition(verdict).label, inline: true },
  verdictExplanation: { label: 'Verdict explanation' },
  topics: {
    label: 'Topics',
    format: (topics) => (topics.length ? topics.map((topic) => topic.name).join(', ') : 'none'),
    // Topics compare by slug: a renamed topic is not a change to the claim.
    identity: (topics) => topics.map((topic) => topic.slug).join('\n'),
  },
  status: { label: 'Publication', format: (status) => PUBLICATION_LABELS[status], inline: true },
  deleted: { label: 'Deleted', format: (deleted) => (deleted ? 'yes' : 'no') },
};

/** What the revision machinery (lib/dal/versioned-records.ts) needs to know of a claim's snapshots. */
export const claimRevisions = {
  type: 'CLAIM',
  noun: 'This claim',
  snapshotSchema: claimSnapshotSchema,
  fields: claimRevisionFields,
} as const;

export const diffClaimSnapshots = (before: ClaimSnapshot | null, after: ClaimSnapshot): FieldChange[] =>
  diffSnapshots(claimRevisionFields, before, after);

export const describeClaimChanges = (changes: FieldChange[]): string => describeChanges(claimRevisionFields, changes);

/**
 * Readers were told something that is no longer so: a published claim's verdict changed. (A
 * quote's change is a statement edit, which asks the same question of its claim.)
 */
export function correctionRequired(before: ClaimSnapshot, after: ClaimSnapshot): boolean {
  return before.status === 'PUBLISHED' && before.verdict !== after.verdict;
}
