import { displayTimestamp } from './dates';

// What every versioned record (claim, statement, counter-statement, source, person, organization)
// shares about its revisions: the readable difference between two snapshots, the one-line summary
// of a change, and the message an editor gets when someone else saved first. Each entity describes
// its snapshot's fields once (see claim-revisions.ts); everything here is pure and unit-tested.

/** How one field of a snapshot is shown to a reader, and whether two values count as the same. */
export type FieldSpec<S, K extends keyof S> = {
  label: string;
  /** The value as a reader reads it; defaults to the string itself. */
  format?: (value: S[K]) => string;
  /** What decides equality when it is not the formatted text (a renamed topic is not a change). */
  identity?: (value: S[K]) => string;
  /** Short values whose before and after belong in a one-line summary ("Verdict: False → True"). */
  inline?: boolean;
};

/** Every field of a snapshot, in the order a diff lists them. */
export type RevisionFields<S> = { [K in keyof S]-?: FieldSpec<S, K> };

export type FieldChange = { field: string; label: string; before: string | null; after: string };

function formatField<S, K extends keyof S>(spec: FieldSpec<S, K>, value: S[K]): string {
  if (spec.format) return spec.format(value);
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/**
 * The fields that differ between two snapshots, in the fields' order, each before and after. With
 * no `before` (the first revision) every field is listed as it was set.
 */
export function diffSnapshots<S>(
  fields: RevisionFields<S>,
  before: NoInfer<S> | null,
  after: NoInfer<S>,
): FieldChange[] {
  return (Object.keys(fields) as (keyof S & string)[]).flatMap((field) => {
    const spec = fields[field];
    const next = formatField(spec, after[field]);
    if (before) {
      const same = spec.identity
        ? spec.identity(before[field]) === spec.identity(after[field])
        : formatField(spec, before[field]) === next;
      if (same) return [];
    }
    return [{ field, label: spec.label, before: before ? formatField(spec, before[field]) : null, after: next }];
  });
}

/** Every field of a snapshot as a reader reads it, by field: what an editor is shown as saved meanwhile. */
export function readableSnapshot<S>(
  fields: RevisionFields<S>,
  snapshot: NoInfer<S>,
): Partial<Record<keyof S & string, string>> {
  return Object.fromEntries(
    diffSnapshots(fields, null, snapshot).map((change) => [change.field, change.after]),
  ) as Partial<Record<keyof S & string, string>>;
}

/** One line saying what changed: "Verdict: False → Mostly false; Summary". Long texts are named, not quoted. */
export function describeChanges<S>(fields: RevisionFields<S>, changes: FieldChange[]): string {
  return changes
    .map((change) =>
      fields[change.field as keyof S]?.inline
        ? `${change.label}: ${change.before ?? '—'} → ${change.after}`
        : change.label,
    )
    .join('; ');
}

export type ConcurrentRevision = { actorName: string | null; createdAt: Date; summary: string };

/**
 * Why a save on a stale version was refused: who changed what, and when, since the editor loaded
 * the record (`noun`: "This claim", "This person").
 */
export function staleVersionMessage(noun: string, revisions: ConcurrentRevision[]): string {
  const lines = revisions.map(
    (revision) =>
      `${revision.actorName ?? 'Someone'} changed ${revision.summary || 'no visible field'} on ${displayTimestamp(revision.createdAt).label}`,
  );
  const who = lines.length ? `${lines.join('. ')}.` : 'Someone else changed it.';
  return `${noun} was changed after you opened it. ${who} Nothing was saved: your text is kept below, beside the current values, to merge and save again.`;
}
