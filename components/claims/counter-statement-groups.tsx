import { CounterStatementItem } from '@/components/counter-statements/counter-statement-item';
import type { ClaimDetail } from '@/lib/dal/claims';
import { routes } from '@/lib/routes';

/**
 * A claim page's counter-statements, grouped by who answered, or `empty` when there is none.
 * `claimUrl` is the absolute URL of a claim page that shows every one of them (their copied links).
 */
export function CounterStatementGroups({
  claim,
  claimUrl,
  empty,
}: {
  claim: Pick<ClaimDetail, 'slug' | 'counterStatementGroups'>;
  claimUrl: string;
  empty: string;
}) {
  if (claim.counterStatementGroups.length === 0) {
    return <p className="rounded-lg border border-dashed border-stone-400 p-4">{empty}</p>;
  }
  return claim.counterStatementGroups.map((group) => (
    <section key={group.key} aria-labelledby={`group-${group.key}`} className="space-y-4">
      <h3 id={`group-${group.key}`} className="border-b border-stone-300 pb-1 text-xl font-semibold">
        {group.label}
      </h3>
      <ul className="space-y-6">
        {group.items.map((counterStatement) => (
          <li key={counterStatement.id}>
            <CounterStatementItem
              counterStatement={counterStatement}
              claimUrl={claimUrl}
              editHref={routes.counterStatementEdit(claim.slug, counterStatement.id)}
            />
          </li>
        ))}
      </ul>
    </section>
  ));
}
