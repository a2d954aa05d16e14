import Link from 'next/link';
import { Field, fieldClass, Select } from '@/components/claims/claim-filter-form';
import type { FilterOption } from '@/lib/dal/claim-filter-options';
import type { AnswerFilters } from '@/lib/validation/answer-filters';
import { routes } from '@/lib/routes';

/**
 * The who-answered-whom filters (topic, claim dates) as a plain GET form. Not next/form: sent as a
 * document request, it reaches the filtered view cached whole (proxy.ts), where a client-side
 * navigation would get the unfiltered page. Empty fields are dropped by the parser.
 */
export function AnswerFilterForm({ filters, topics }: { filters: AnswerFilters; topics: FilterOption[] }) {
  const filtered = Object.keys(filters).length > 0;
  return (
    <form
      action={routes.whoAnsweredWhom()}
      method="get"
      aria-labelledby="answer-filters-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="answer-filters-heading" className="text-lg font-semibold">
        Filter the claims counted
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="answers-topic" label="Topic">
          <Select id="answers-topic" name="topic" value={filters.topic} options={topics} anyLabel="Any topic" />
        </Field>
        <Field id="answers-from" label="Claimed from">
          <input id="answers-from" name="from" type="date" defaultValue={filters.from ?? ''} className={fieldClass} />
        </Field>
        <Field id="answers-to" label="Claimed until">
          <input id="answers-to" name="to" type="date" defaultValue={filters.to ?? ''} className={fieldClass} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded border border-stone-700 bg-stone-800 px-4 py-2 font-medium text-white">
          Show answers
        </button>
        {filtered ? <Link href={routes.whoAnsweredWhom()}>Every claim</Link> : null}
      </div>
    </form>
  );
}
