import { AnswerFilterForm } from '@/components/who-answered-whom/answer-filter-form';
import { AnswerMatrixTable } from '@/components/who-answered-whom/answer-matrix-table';
import { getClaimFilterOptions, getMedianResponseTimes, getWhoAnsweredWhom } from '@/lib/cache/public-record';
import { MATRIX_LIMIT } from '@/lib/dal/who-answered-whom';
import { countOf } from '@/lib/domain/plural';
import type { AnswerFilters } from '@/lib/validation/answer-filters';

/**
 * Who answered whom, under the filters in force: the page at /who-answered-whom (none) and at its
 * filtered views (app/(public)/who-answered-whom/-query/[query]).
 */
export async function WhoAnsweredWhomView({ filters }: { filters: AnswerFilters }) {
  const [matrix, medians, options] = await Promise.all([
    getWhoAnsweredWhom(filters),
    getMedianResponseTimes(filters),
    getClaimFilterOptions(),
  ]);
  const filtered = Object.keys(filters).length > 0;
  const limited = matrix.claimantCount > matrix.claimants.length || matrix.answererCount > matrix.answerers.length;
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Who answered whom</h1>
        <p className="text-stone-800">
          How many published counter-statements each claimant received from each country or organization. An answer
          counts for the country of the speaker’s organization when it has one, else for the organization itself, as on
          a claim’s page. Each number links to the claims behind it.
        </p>
        <p className="text-sm text-stone-700">
          {limited
            ? `To stay readable, the table shows the ${MATRIX_LIMIT} claimants and the ${MATRIX_LIMIT} answering countries or organizations with the most counter-statements, of ${countOf(matrix.claimantCount, 'claimant', 'claimants')} and ${countOf(matrix.answererCount, 'answerer', 'answerers')} in all. `
            : ''}
          Only claims made by a person are counted, and only answers by someone speaking for an organization. The counts
          include every answer published so far{filtered ? ' to the claims under the filters below' : ''}.
        </p>
        <p className="text-sm text-stone-700">
          The last row gives the median time each took to answer a claim, from the claim to its first answer, over the
          claims where both are dated. Where a date is known only to the month or year, the median is a range of days
          rather than a guessed day.
        </p>
      </header>
      <AnswerFilterForm filters={filters} topics={options.topics} />
      {matrix.claimants.length ? (
        <AnswerMatrixTable
          matrix={matrix}
          medians={medians}
          filters={filters}
          caption="Counter-statements by claimant (rows) and by the country or organization that answered (columns); the total counts all answerers."
        />
      ) : (
        <p>{filtered ? 'No claim under these filters has been answered.' : 'No claim has been answered yet.'}</p>
      )}
    </div>
  );
}
