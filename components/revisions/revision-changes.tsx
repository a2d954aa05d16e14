import type { FieldChange } from '@/lib/domain/revisions';

/** What one revision changed, field by field, from and to (read out as such), or what the first one set. */
export function RevisionChanges({ changes }: { changes: FieldChange[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
      {changes.map((change) => (
        <div key={change.field} className="contents">
          <dt className="font-medium">{change.label}</dt>
          <dd className="break-words">
            {/* A record's first revision has nothing before it: its values as they were set. */}
            {change.before === null ? (
              change.after
            ) : (
              <>
                <span className="sr-only">from </span>
                <del className="bg-red-50 text-red-900">{change.before}</del> <span className="sr-only">to </span>
                <ins className="bg-green-50 text-green-900 no-underline">{change.after}</ins>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
