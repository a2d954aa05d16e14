import { displayTimestamp } from '@/lib/domain/dates';

/** One published correction: when, what changed, and the editor's note. */
export function CorrectionEntry({ correction }: { correction: { changed: string; note: string; createdAt: Date } }) {
  const at = displayTimestamp(correction.createdAt);
  return (
    <>
      <p className="text-sm text-stone-700">
        <time dateTime={at.iso}>{at.label}</time> · {correction.changed}
      </p>
      <p>{correction.note}</p>
    </>
  );
}
