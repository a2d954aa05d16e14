import Form from 'next/form';
import type { ReactNode } from 'react';
import type { ClaimFilterOptions, FilterOption } from '@/lib/dal/claim-filter-options';
import { VERDICT_SCALE } from '@/lib/domain/verdicts';
import { MAX_QUERY_LENGTH, verdictToParam, type ClaimFilters, type ClaimSort } from '@/lib/validation/claim-filters';
import { routes } from '@/lib/routes';

export const fieldClass = 'w-full rounded border border-stone-400 bg-white px-2 py-1.5';

export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

export function Select({
  id,
  name,
  value,
  options,
  anyLabel,
}: {
  id: string;
  name: string;
  value?: string;
  options: FilterOption[];
  anyLabel: string;
}) {
  return (
    <select id={id} name={name} defaultValue={value ?? ''} className={fieldClass}>
      <option value="">{anyLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

const verdictOptions = VERDICT_SCALE.map((entry) => ({ value: verdictToParam(entry.verdict), label: entry.label }));
const sortOptions: { value: ClaimSort; label: string }[] = [
  { value: 'relevance', label: 'Best match (when searching)' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'most-rebutted', label: 'Most rebutted' },
];

/** Whether anything beyond a search is set: then the detailed filters open, to show it. */
const hasRefinements = ({ q: _q, cursor: _cursor, ...refinements }: ClaimFilters) =>
  Object.keys(refinements).length > 0;

/**
 * The claim filters as a plain GET form: it works without JavaScript, and next/form turns it into
 * a client-side navigation when JavaScript is there. Empty fields are left out of the URL by the
 * page's parser, so a shared link carries only the filters in force.
 */
export function ClaimFilterForm({
  filters,
  sort,
  options,
}: {
  filters: ClaimFilters;
  sort: ClaimSort;
  options: ClaimFilterOptions;
}) {
  return (
    <Form
      action={routes.claims()}
      aria-labelledby="filters-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="filters-heading" className="text-lg font-semibold">
        Find claims
      </h2>
      {/* Filters set from a person's or organization's page travel along with the rest. */}
      {filters.person ? <input type="hidden" name="person" value={filters.person} /> : null}
      {filters.org ? <input type="hidden" name="org" value={filters.org} /> : null}
      <Field id="filter-q" label="Words, names or outlets">
        <input
          id="filter-q"
          name="q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          defaultValue={filters.q ?? ''}
          className={fieldClass}
        />
      </Field>
      <details open={hasRefinements(filters)}>
        <summary className="cursor-pointer font-medium">More filters: country, topic, verdict, dates, sort</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <Field id="filter-country" label="Answered from (country)">
            <Select
              id="filter-country"
              name="country"
              value={filters.country}
              options={options.countries}
              anyLabel="Any country"
            />
          </Field>
          <Field id="filter-topic" label="Topic">
            <Select
              id="filter-topic"
              name="topic"
              value={filters.topic}
              options={options.topics}
              anyLabel="Any topic"
            />
          </Field>
          <Field id="filter-verdict" label="Verdict">
            <Select
              id="filter-verdict"
              name="verdict"
              value={filters.verdict && verdictToParam(filters.verdict)}
              options={verdictOptions}
              anyLabel="Any verdict"
            />
          </Field>
          <Field id="filter-from" label="Claimed from">
            <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ''} className={fieldClass} />
          </Field>
          <Field id="filter-to" label="Claimed until">
            <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ''} className={fieldClass} />
          </Field>
          <Field id="filter-rebutted" label="Rebutted">
            <Select
              id="filter-rebutted"
              name="rebutted"
              value={filters.rebutted}
              options={[
                { value: 'yes', label: 'Rebutted' },
                { value: 'no', label: 'Not yet rebutted' },
              ]}
              anyLabel="Either"
            />
          </Field>
          <Field id="filter-sort" label="Sort">
            <select id="filter-sort" name="sort" defaultValue={sort} className={fieldClass}>
              {sortOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </details>
      <button type="submit" className="rounded border border-stone-700 bg-stone-800 px-4 py-2 font-medium text-white">
        Show claims
      </button>
    </Form>
  );
}
