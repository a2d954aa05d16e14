import { z } from 'zod';
import { PublicationStatus, Verdict } from '../generated/prisma/enums';
import { displayTimestamp } from './dates';
import { verdictDefinition } from './verdicts';

// A claim's revisions as plain data: the snapshot each revision stores, the readable difference
// between two snapshots, when a change needs a public correction, and the message an editor gets
// when someone else saved first. Pure, so all of it is unit-tested without a database.

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

/** The order and the reader's names of the fields a diff shows. */
const FIELD_LABELS = {
  summary: 'Summary',
  verdict: 'Verdict',
  verdictExplanation: 'Verdict explanation',
  topics: 'Topics',
  status: 'Publication',
  deleted: 'Deleted',
} as const satisfies Record<keyof ClaimSnapshot, string>;

export type ClaimField = keyof typeof FIELD_LABELS;

export type FieldChange = { field: ClaimField; label: string; before: string | null; after: string };

/** A field's value as a reader reads it. */
function formatField(snapshot: ClaimSnapshot, field: ClaimField): string {
  switch (field) {
    case 'verdict':
      return verdictDefinition(snapshot.verdict).label;
    case 'topics':
      return snapshot.topics.length ? snapshot.topics.map((topic) => topic.name).join(', ') : 'none';
    case 'status':
      return snapshot.status === 'PUBLISHED' ? 'published' : 'draft';
    case 'deleted':
      return snapshot.deleted ? 'yes' : 'no';
    default:
      return snapshot[field];
  }
}

/**
 * The fields that differ between two snapshots, in a fixed order, each before and after. With no
 * `before` (the first revision) every field is listed as it was set.
 */
export function diffClaimSnapshots(before: ClaimSnapshot | null, after: ClaimSnapshot): FieldChange[] {
  return (Object.keys(FIELD_LABELS) as ClaimField[]).flatMap((field) => {
    const next = formatField(after, field);
    const previous = before ? formatField(before, field) : null;
    if (previous === next) return [];
    // Topics compare by slug: a renamed topic is not a change to the claim.
    if (field === 'topics' && before && sameTopics(before, after)) return [];
    return [{ field, label: FIELD_LABELS[field], before: previous, after: next }];
  });
}

function sameTopics(a: ClaimSnapshot, b: ClaimSnapshot): boolean {
  return a.topics.map((topic) => topic.slug).join('\n') === b.topics.map((topic) => topic.slug).join('\n');
}

/** One line saying what changed: "Verdict: False → Mostly false; Summary". Long texts are named, not quoted. */
export function describeChanges(changes: FieldChange[]): string {
  return changes
    .map((change) => (change.field === 'verdict' || change.field === 'status' ? `${change.label}: ${change.before ?? '—'} → ${change.after}` : change.label))
    .join('; ');
}

/**
 * Readers were told something that is no longer so: a published claim's verdict changed. (A
 * quote's change is a statement edit, which asks the same question of its claim.)
 */
export function correctionRequired(before: ClaimSnapshot, after: ClaimSnapshot): boolean {
  return before.status === 'PUBLISHED' && before.verdict !== after.verdict;
}

export type ConcurrentRevision = { actorName: string | null; createdAt: Date; changes: FieldChange[] };

/** Why a save on a stale version was refused: who changed what, and when, since the editor loaded it. */
export function staleVersionMessage(revisions: ConcurrentRevision[]): string {
  const lines = revisions.map((revision) => {
    const what = describeChanges(revision.changes) || 'no visible field';
    return `${revision.actorName ?? 'Someone'} changed ${what} on ${displayTimestamp(revision.createdAt).label}`;
  });
  const who = lines.length ? `${lines.join('. ')}.` : 'Someone else changed it.';
  return `This claim was changed after you opened it. ${who} Nothing was saved: your text is kept below, beside the current values, to merge and save again.`;
}
