import type { HistoryEntry } from '@/lib/dal/versioned-records';
import { displayTimestamp } from '@/lib/domain/dates';
import { RevisionChanges } from './revision-changes';

/**
 * A record's revisions for its editors, newest first: version, who, when, why, and what changed
 * (the first revision lists the record as it was then).
 */
export function RevisionHistory({ entries, currentVersion }: { entries: HistoryEntry[]; currentVersion: number }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-xl font-semibold">
        History
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-stone-700">
          No change has been recorded since this record was added (before revisions were kept).
        </p>
      ) : (
        <ol className="space-y-3">
          {entries.map((entry) => {
            const at = displayTimestamp(entry.createdAt);
            return (
              <li
                key={entry.version}
                aria-labelledby={`revision-${entry.version}`}
                className="space-y-2 rounded-lg border border-stone-200 bg-white p-3"
              >
                <h3 id={`revision-${entry.version}`} className="font-semibold">
                  Version {entry.version}
                  {entry.version === currentVersion ? ' (current)' : ''}
                </h3>
                <p className="text-sm text-stone-700">
                  {entry.actorName ? `By ${entry.actorName}` : 'As first recorded'},{' '}
                  <time dateTime={at.iso}>{at.label}</time>
                  {entry.reason ? <>. Why: {entry.reason}</> : null}
                </p>
                <RevisionChanges changes={entry.changes} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
