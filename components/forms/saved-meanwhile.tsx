/**
 * After a save refused because someone else saved first: the value saved meanwhile, shown beside
 * the editor's own text (which the field keeps) so that the two can be merged by hand.
 */
export function SavedMeanwhile({ id, current, typed }: { id: string; current: string; typed: string | undefined }) {
  if (current === typed) return null;
  return (
    <p id={id} className="rounded border border-amber-700 bg-amber-50 px-2 py-1 text-sm">
      <span className="font-medium">Saved meanwhile:</span> {current}
    </p>
  );
}
