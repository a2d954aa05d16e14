import Link from 'next/link';
import type { AnswerFilters } from '@/lib/validation/answer-filters';
import type { MedianResponseTime } from '@/lib/dal/response-times';
import type { AnswerMatrix, MatrixAnswerer, MatrixClaimant } from '@/lib/domain/answer-matrix';
import { describeDelay } from '@/lib/domain/delays';
import { countOf } from '@/lib/domain/plural';
import type { ClaimFilters } from '@/lib/validation/claim-filters';
import { routes } from '@/lib/routes';

const answererHref = (answerer: MatrixAnswerer) =>
  answerer.countryCode
    ? routes.country(answerer.countryCode)
    : answerer.organizationSlug
      ? routes.organization(answerer.organizationSlug)
      : routes.organizations();

/** The claims view of one cell: this claimant's claims, answered by this country or organization. */
function cellHref(claimant: MatrixClaimant, answerer: MatrixAnswerer, filters: AnswerFilters): string {
  const answeredBy: ClaimFilters = answerer.countryCode
    ? { country: answerer.countryCode }
    : { org: answerer.organizationSlug ?? undefined };
  return routes.claims({ ...filters, person: claimant.slug, ...answeredBy });
}

/**
 * Claimants (rows) against who answered them (columns), each cell a number that links to the
 * claims behind it. The numbers carry the meaning; the shading only reinforces them.
 */
export function AnswerMatrixTable({
  matrix,
  medians,
  filters,
  caption,
}: {
  matrix: AnswerMatrix;
  /** Each answerer's median time to answer, by affiliation key; absent where nothing is dated. */
  medians: readonly MedianResponseTime[];
  /** The filters the counts are under: each cell's link lists the claims under them too. */
  filters: AnswerFilters;
  caption: string;
}) {
  const medianOf = new Map(medians.map((median) => [median.key, median]));
  const largest = Math.max(1, ...matrix.claimants.flatMap((claimant) => claimant.cells));
  return (
    // Scrolls sideways on a phone; focusable so that keyboard users can scroll it too. Relative, so
    // that the cells' screen-reader text (absolutely positioned) scrolls with it instead of widening the page.
    <div
      role="region"
      aria-labelledby="matrix-caption"
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white"
    >
      <table className="min-w-full border-collapse text-sm">
        <caption id="matrix-caption" className="px-3 py-2 text-left text-stone-800">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-stone-300 align-bottom">
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 text-left">
              Claimant
            </th>
            {matrix.answerers.map((answerer) => (
              <th key={answerer.key} scope="col" className="min-w-24 px-2 py-2 text-left font-medium">
                <Link href={answererHref(answerer)}>{answerer.label}</Link>
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.claimants.map((claimant) => (
            <tr key={claimant.slug} className="border-b border-stone-200">
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium">
                <Link href={routes.person(claimant.slug)}>{claimant.name}</Link>
              </th>
              {matrix.answerers.map((answerer, index) => {
                const count = claimant.cells[index] ?? 0;
                return (
                  <td
                    key={answerer.key}
                    className="px-2 py-2 text-center tabular-nums"
                    style={
                      count
                        ? { backgroundColor: `rgb(245 158 11 / ${(0.12 + (0.38 * count) / largest).toFixed(2)})` }
                        : undefined
                    }
                  >
                    {count ? (
                      <Link href={cellHref(claimant, answerer, filters)}>
                        {count}
                        <span className="sr-only">
                          {' '}
                          from {answerer.label} to {claimant.name}
                        </span>
                      </Link>
                    ) : (
                      <span className="text-stone-600">0</span>
                    )}
                  </td>
                );
              })}
              <td className="px-3 py-2 text-right font-semibold tabular-nums">{claimant.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-stone-300 align-top">
            <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium">
              Median time to first answer
            </th>
            {matrix.answerers.map((answerer) => {
              const median = medianOf.get(answerer.key);
              return (
                <td key={answerer.key} className="px-2 py-2 text-center">
                  {median ? (
                    <>
                      {describeDelay(median.minDays, median.maxDays)}
                      <span className="block text-xs text-stone-700">
                        over {countOf(median.claims, 'claim', 'claims')}
                      </span>
                    </>
                  ) : (
                    <span className="text-stone-700">no dates</span>
                  )}
                </td>
              );
            })}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
