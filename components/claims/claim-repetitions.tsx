import { StatementQuote } from '@/components/quotes/statement-quote';
import type { RepetitionView } from '@/lib/dal/claims';
import type { AppearanceSpan } from '@/lib/domain/appearances';
import { appearanceAnchor } from '@/lib/routes';
import { SaidTimes } from './said-times';

/** Where and by whom the claim was said again, earliest first, each quote linked to its source. */
export function ClaimRepetitions({ repetitions, span }: { repetitions: RepetitionView[]; span: AppearanceSpan }) {
  return (
    <section aria-labelledby="repetitions-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="repetitions-heading" className="text-2xl font-bold">
          Said again
        </h2>
        <SaidTimes span={span} className="text-stone-700" />
      </div>
      <ol className="space-y-6">
        {repetitions.map((repetition) => (
          <li key={repetition.id} id={appearanceAnchor(repetition.id)}>
            <StatementQuote statement={repetition.statement} />
          </li>
        ))}
      </ol>
    </section>
  );
}
