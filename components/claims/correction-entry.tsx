import { displayTimestamp } from '@/lib/domain/dates';

type Correction = { id: string; changed: string; note: string; createdAt: Date };

/** A claim page's corrections, in the order given, under `heading`; nothing when there are none. */
export function ClaimCorrections({ corrections, heading }: { corrections: readonly Correction[]; heading: string }) {
  if (!corrections.length) return null;
  return (
    <section
      aria-labelledby="corrections-heading"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="corrections-heading" className="text-xl font-bold">
        {heading}
      </h2>
      <ol className="space-y-3">
        {corrections.map((correction) => (
          <li key={correction.id}>
            <CorrectionEntry correction={correction} />
          </li>
        ))}
      </ol>
    </section>
  );
}

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
