import Link from 'next/link';
import { CounterStatementItem } from '@/components/counter-statements/counter-statement-item';
import type { StatementView } from '@/lib/dal/statement-view';
import { counterStatementHref, type ClaimCounterStatements } from '@/lib/domain/counter-statement-groups';
import { absoluteUrl } from '@/lib/site-url';
import { routes } from '@/lib/routes';

/** Counter-statements grouped under the claim they answer, the claim's summary heading each group. */
export function CounterStatementsByClaim({ groups }: { groups: ClaimCounterStatements<StatementView>[] }) {
  return (
    <div className="space-y-8">
      {groups.map((group) => (
        <section key={group.claim.slug} aria-labelledby={`answered-${group.claim.slug}`} className="space-y-4">
          <h3 id={`answered-${group.claim.slug}`} className="border-b border-stone-300 pb-1 text-xl font-semibold">
            <Link href={routes.claim(group.claim.slug)}>{group.claim.summary}</Link>
          </h3>
          <ul className="space-y-6">
            {group.counterStatements.map((counterStatement) => (
              <li key={counterStatement.counterStatementId} className="space-y-2">
                <CounterStatementItem
                  counterStatement={{
                    id: counterStatement.counterStatementId,
                    stance: counterStatement.stance,
                    note: null,
                    statement: counterStatement.statement,
                  }}
                  claimUrl={absoluteUrl(routes.claim(group.claim.slug))}
                />
                <p className="text-sm">
                  <Link
                    href={counterStatementHref({
                      counterStatementId: counterStatement.counterStatementId,
                      claim: group.claim,
                    })}
                  >
                    See it beside the claim
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
