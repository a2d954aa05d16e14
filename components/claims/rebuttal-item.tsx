import type { RebuttalView } from '@/lib/dal/claims';
import { StanceBadge } from '@/components/statements/stance-badge';
import { StatementQuote } from '@/components/statements/statement-quote';

/** A counter-statement on a claim page, with its own anchor so it can be linked to directly. */
export function RebuttalItem({ rebuttal }: { rebuttal: RebuttalView }) {
  return (
    <article id={`rebuttal-${rebuttal.id}`} aria-label={`${rebuttal.statement.speakerName}: ${rebuttal.stance.toLowerCase()}`} className="scroll-mt-4 space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <StanceBadge stance={rebuttal.stance} />
      <StatementQuote statement={rebuttal.statement} />
      {rebuttal.note ? (
        <p className="text-sm text-stone-800">
          <span className="font-semibold">Editor’s note:</span> {rebuttal.note}
        </p>
      ) : null}
    </article>
  );
}
