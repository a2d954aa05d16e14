import Link from 'next/link';
import { TimelineChart } from '@/components/claims/timeline-chart';
import { CLAIM_PAGE_COUNTER_STATEMENTS } from '@/lib/domain/claim-page';
import { counterStatementHref } from '@/lib/domain/counter-statement-groups';
import { routes } from '@/lib/routes';
import type { ClaimTimeline as Timeline } from '@/lib/domain/claim-timeline';
import type { DisplayDate } from '@/lib/domain/dates';

const NOT_KNOWN = 'date not known';

function SaidOn({ saidOn }: { saidOn: DisplayDate | null }) {
  return saidOn ? <time dateTime={saidOn.iso}>{saidOn.label}</time> : <>Date not known</>;
}

/**
 * A claim's answers in time: how long each country or organization took to answer first, and a
 * drawing of the claim and its answers on a time axis with a table of the same data. Delays are
 * ranges where a date is known only to the month or year ("41–71 days"), never a made-up day.
 */
export function ClaimTimeline({
  timeline,
  claim,
  showAll,
  answerHref = (id) => counterStatementHref({ counterStatementId: id, claim }),
}: {
  timeline: Timeline;
  /** Where each answer's quote is: the claim page that holds its anchor. */
  claim: { slug: string; summary: string; counterStatementCount: number };
  /** Every answer in the table and the drawing, or (as the claim page lists counter-statements) the first ones. */
  showAll: boolean;
  /** Where an answer's quote is; by default on the claim's current page. */
  answerHref?: (counterStatementId: string) => string;
}) {
  // The first answers in time, so a much-answered claim costs its page no more than its quotes
  // list does; the delays above cover every answer.
  const answers = showAll ? timeline.answers : timeline.answers.slice(0, CLAIM_PAGE_COUNTER_STATEMENTS);
  const undated = answers.filter((answer) => !answer.interval).length;
  return (
    <section aria-labelledby="timeline-heading" className="space-y-4">
      <h2 id="timeline-heading" className="text-2xl font-bold">
        Timeline
      </h2>

      <h3 className="text-lg font-semibold">How long after the claim each first answered</h3>
      {timeline.claim.interval ? (
        <ul className="space-y-1">
          {timeline.parties.map((party) => (
            <li key={party.key}>
              <span className="font-semibold">{party.label}</span>: {party.delay?.label ?? NOT_KNOWN}
              {party.firstSaidOn ? (
                <span className="text-stone-700">
                  {' '}
                  (<SaidOn saidOn={party.firstSaidOn} />)
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>The claim’s date is not known, so no delay can be given.</p>
      )}

      <figure className="space-y-3 rounded-lg border border-stone-200 bg-white p-3">
        <figcaption id="timeline-caption" className="text-sm text-stone-800">
          The claim and its answers in time. A dot is a statement dated to the day; a bar spans the month or year a
          statement is known only to.
          {undated ? ` ${undated} of ${answers.length} answers have no known date and are listed last.` : ''}
          {answers.length < timeline.answers.length ? (
            <>
              {` These are the first ${answers.length} of ${timeline.answers.length} answers. `}
              <Link href={routes.claim(claim.slug, { showAll: true, anchor: 'timeline-heading' })}>
                Show all {timeline.answers.length} answers
              </Link>
            </>
          ) : null}
        </figcaption>
        {timeline.axis ? <TimelineChart timeline={timeline} answers={answers} axis={timeline.axis} /> : null}
        {/* Scrolls sideways on a narrow phone; focusable so that keyboard users can scroll it too. */}
        <div role="region" aria-labelledby="timeline-caption" tabIndex={0} className="overflow-x-auto">
          <table className="min-w-full border-collapse text-sm">
            <caption className="sr-only">The claim and its answers, by date</caption>
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col" className="py-2 pr-3">
                  Said on
                </th>
                <th scope="col" className="py-2 pr-3">
                  Who
                </th>
                <th scope="col" className="py-2 pr-3">
                  For
                </th>
                <th scope="col" className="py-2">
                  After the claim
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="border-b border-stone-200 bg-amber-50">
                <td className="py-2 pr-3">
                  <SaidOn saidOn={timeline.claim.saidOn} />
                </td>
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {timeline.claim.speakerName}
                </th>
                <td className="py-2 pr-3">The claim: {claim.summary}</td>
                <td className="py-2">—</td>
              </tr>
              {answers.map((answer) => (
                <tr key={answer.id} className="border-b border-stone-200">
                  <td className="py-2 pr-3">
                    <SaidOn saidOn={answer.saidOn} />
                  </td>
                  <th scope="row" className="py-2 pr-3 text-left font-medium">
                    <Link href={answerHref(answer.id)}>{answer.speakerName}</Link>
                  </th>
                  <td className="py-2 pr-3">{answer.party.label}</td>
                  <td className="py-2">{answer.delay?.label ?? NOT_KNOWN}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
    </section>
  );
}
