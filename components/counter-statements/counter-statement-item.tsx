import Link from 'next/link';
import type { RebuttalView } from '@/lib/dal/claims';
import { CopyLinkButton } from '@/components/sharing/copy-link-button';
import { StanceBadge } from '@/components/counter-statements/stance-badge';
import { StatementQuote } from '@/components/quotes/statement-quote';
import { counterStatementAnchor } from '@/lib/routes';

/**
 * A counter-statement on a claim page, with its own anchor so it can be linked to directly, and a
 * button that copies that link (`claimUrl` is the absolute URL of a claim page that shows it). An
 * editor also gets a link to edit it (`editHref`).
 */
export function CounterStatementItem({
  rebuttal,
  claimUrl,
  editHref,
}: {
  rebuttal: RebuttalView;
  claimUrl: string;
  editHref?: string;
}) {
  const anchor = counterStatementAnchor(rebuttal.id);
  return (
    <article
      id={anchor}
      aria-label={`${rebuttal.statement.speakerName}: ${rebuttal.stance.toLowerCase()}`}
      className="scroll-mt-4 space-y-3 rounded-lg bg-white p-4 shadow-sm"
    >
      <StanceBadge stance={rebuttal.stance} />
      <StatementQuote statement={rebuttal.statement} />
      {rebuttal.note ? (
        <p className="text-sm text-stone-800">
          <span className="font-semibold">Editor’s note:</span> {rebuttal.note}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <CopyLinkButton
          url={`${claimUrl}#${anchor}`}
          describedThing={`to this counter-statement by ${rebuttal.statement.speakerName}`}
        />
        {editHref ? (
          <Link
            href={editHref}
            aria-label={`Edit the counter-statement by ${rebuttal.statement.speakerName}`}
            className="text-sm"
          >
            Edit
          </Link>
        ) : null}
      </div>
    </article>
  );
}
