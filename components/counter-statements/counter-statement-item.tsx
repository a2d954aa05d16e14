import Link from 'next/link';
import { IfPermitted } from '@/components/accounts/viewer';
import type { CounterStatementView } from '@/lib/dal/claims';
import { CopyLinkButton } from '@/components/sharing/copy-link-button';
import { StanceBadge } from '@/components/counter-statements/stance-badge';
import { StatementQuote } from '@/components/quotes/statement-quote';
import { counterStatementAnchor } from '@/lib/routes';

/**
 * A counter-statement on a claim page, with its own anchor so it can be linked to directly, and a
 * button that copies that link (`claimUrl` is the absolute URL of a claim page that shows it). An
 * editor also gets a link to edit it (`editHref`), shown by their browser (IfPermitted).
 */
export function CounterStatementItem({
  counterStatement,
  claimUrl,
  editHref,
}: {
  counterStatement: CounterStatementView;
  claimUrl: string;
  editHref?: string;
}) {
  const anchor = counterStatementAnchor(counterStatement.id);
  return (
    <article
      id={anchor}
      aria-label={`${counterStatement.statement.speakerName}: ${counterStatement.stance.toLowerCase()}`}
      className="scroll-mt-4 space-y-3 rounded-lg bg-white p-4 shadow-sm"
    >
      <StanceBadge stance={counterStatement.stance} />
      <StatementQuote statement={counterStatement.statement} />
      {counterStatement.note ? (
        <p className="text-sm text-stone-800">
          <span className="font-semibold">Editor’s note:</span> {counterStatement.note}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <CopyLinkButton
          url={`${claimUrl}#${anchor}`}
          describedThing={`to this counter-statement by ${counterStatement.statement.speakerName}`}
        />
        {editHref ? (
          <IfPermitted permission="counterStatement.edit">
            <Link
              href={editHref}
              aria-label={`Edit the counter-statement by ${counterStatement.statement.speakerName}`}
              className="text-sm"
            >
              Edit
            </Link>
          </IfPermitted>
        ) : null}
      </div>
    </article>
  );
}
