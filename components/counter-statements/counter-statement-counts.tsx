import type { AffiliationCount } from '@/lib/domain/affiliation';

/** "3 counter-statements: United Kingdom 2, France 1", or a clear "no counter-statements yet". */
export function CounterStatementCounts({ total, byAffiliation }: { total: number; byAffiliation: AffiliationCount[] }) {
  if (total === 0) return <p className="text-sm text-stone-700">No counter-statements yet</p>;
  return (
    <p className="text-sm text-stone-700">
      <span className="font-semibold text-stone-900">
        {total} counter-statement{total === 1 ? '' : 's'}
      </span>
      {': '}
      {byAffiliation.map((group, index) => (
        <span key={group.key}>
          {index > 0 ? ', ' : null}
          {group.label} {group.count}
        </span>
      ))}
    </p>
  );
}
