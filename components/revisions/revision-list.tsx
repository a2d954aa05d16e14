import type { ReactNode } from 'react';
import type { HistoryEntry } from '@/lib/dal/versioned-records';
import { displayTimestamp } from '@/lib/domain/dates';

type Props = {
  /** Newest first. */
  entries: HistoryEntry[];
  currentVersion: number;
  /** What the first revision of a record made before revisions existed is called ("As published"). */
  baselineLabel: string;
  /** The heading level that suits the page the list sits in. */
  headingLevel?: 'h2' | 'h3';
  /** An action for an earlier version, such as a restore link. */
  actionFor?: (entry: HistoryEntry) => ReactNode;
};

/** A record's revisions: who changed it, when, why, and each field before and after. */
export function RevisionList({ entries, currentVersion, baselineLabel, headingLevel: Heading = 'h2', actionFor }: Props) {
  return (
    <ol className="space-y-4">
      {entries.map((entry) => {
        const at = displayTimestamp(entry.createdAt);
        const isFirst = entry.changes.every((change) => change.before === null);
        return (
          <li key={entry.version} aria-labelledby={`version-${entry.version}`} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
            <Heading id={`version-${entry.version}`} className="text-lg font-semibold">
              Version {entry.version}
              {entry.version === currentVersion ? ' (current)' : ''}
            </Heading>
            <p className="text-sm text-stone-700">
              {isFirst && !entry.actorName ? baselineLabel : `By ${entry.actorName ?? 'Countercheck'}`}, <time dateTime={at.iso}>{at.label}</time>
              {entry.reason ? <>. Why: {entry.reason}</> : null}
            </p>
            {isFirst ? null : (
              <dl className="grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
                {entry.changes.map((change) => (
                  <div key={change.field} className="contents">
                    <dt className="font-medium">{change.label}</dt>
                    <dd>
                      <span className="sr-only">from </span>
                      <del className="bg-red-50 text-red-900">{change.before}</del> <span className="sr-only">to </span>
                      <ins className="bg-green-50 text-green-900 no-underline">{change.after}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {entry.version !== currentVersion ? actionFor?.(entry) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** An edit page's "History" section: the record's revisions, or a line saying there are none. */
export function HistorySection({ id, entries, currentVersion }: { id: string; entries: HistoryEntry[]; currentVersion: number }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">History</h2>
      {entries.length ? (
        <RevisionList entries={entries} currentVersion={currentVersion} baselineLabel="As first recorded" headingLevel="h3" />
      ) : (
        <p>Not changed since it was recorded.</p>
      )}
    </section>
  );
}
