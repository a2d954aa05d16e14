import Link from 'next/link';
import { counterStatementHref, type CounterStatementRef } from '@/lib/domain/counter-statement-groups';
import { StanceBadge } from './stance-badge';

/** The claims a statement answers, each with its stance, linked to the counter-statement on the claim's page. */
export function CounterStatementLinks({ counterStatements }: { counterStatements: CounterStatementRef[] }) {
  return (
    <div className="space-y-1 text-sm">
      <p className="font-semibold">{counterStatements.length === 1 ? 'Answers the claim' : 'Answers the claims'}</p>
      <ul className="space-y-1">
        {counterStatements.map((counterStatement) => (
          <li key={counterStatement.counterStatementId} className="flex flex-wrap items-center gap-2">
            <StanceBadge stance={counterStatement.stance} />
            <Link href={counterStatementHref(counterStatement)}>{counterStatement.claim.summary}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
