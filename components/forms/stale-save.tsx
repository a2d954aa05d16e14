// What every edit form built on versions shares (claims, people, organizations, sources): the
// version the save is based on, and, after a save refused because someone saved first, the value
// saved meanwhile beside the editor's own, so that nothing typed is lost and a second save merges.

/**
 * The version a save is based on: the later of the one the page was loaded at and the one the last
 * answer reported (a refused stale save reports the current one; a save on this page elsewhere,
 * such as a role, reloads the page with the new one).
 */
export function VersionInput({ loaded, answered }: { loaded: number; answered?: string }) {
  const version = String(Math.max(loaded, Number(answered ?? 0)));
  // key: a hidden input keeps its first defaultValue; a new version must replace it.
  return <input key={version} type="hidden" name="version" defaultValue={version} />;
}

/** After a refused stale save: what is saved now, where it differs from what the editor typed. */
export function SavedMeanwhile({
  id,
  current,
  typed,
}: {
  id: string;
  current: string | undefined;
  typed: string | undefined;
}) {
  if (current === undefined || current === typed) return null;
  return (
    <p id={id} className="rounded border border-amber-700 bg-amber-50 px-2 py-1 text-sm">
      <span className="font-medium">Saved meanwhile:</span> {current}
    </p>
  );
}
