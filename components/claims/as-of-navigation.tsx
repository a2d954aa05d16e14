import { AsOfDayForm } from '@/components/as-of/as-of-day-form';
import { daysTheRecordChanged } from '@/lib/domain/as-of';
import type { ClaimTimeline } from '@/lib/domain/claim-timeline';
import { displayDate, parseIsoDay } from '@/lib/domain/dates';
import { routes } from '@/lib/routes';

// The way through a claim's record in time: a day picker and a link for each day the record changed.
// Both reach the day's page by a document request, never by the app's router (AsOfDayForm says
// why): the links are plain <a>.

/**
 * `timeline`: the claim's whole timeline (today's), whose days are linked; `current`: the day shown,
 * or null on the current page.
 */
export function AsOfNavigation({
  slug,
  timeline,
  current,
}: {
  slug: string;
  timeline: ClaimTimeline | null;
  current: string | null;
}) {
  const days = timeline
    ? daysTheRecordChanged([timeline.claim.interval, ...timeline.answers.map((answer) => answer.interval)])
    : [];
  return (
    <nav aria-labelledby="as-of-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="as-of-heading" className="text-xl font-bold">
        The record on an earlier day
      </h2>
      <AsOfDayForm action={routes.claim(slug)} day={current ?? days.at(-1) ?? ''} />
      {days.length ? (
        <>
          <p id="as-of-days" className="text-sm text-stone-800">
            Or step through the days its timeline changed:
          </p>
          <ul aria-labelledby="as-of-days" className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
            {days.map((day) => {
              const { label, iso } = displayDate(parseIsoDay(day));
              return (
                <li key={day}>
                  {day === current ? (
                    <span aria-current="page" className="font-semibold">
                      <time dateTime={iso}>{label}</time>
                    </span>
                  ) : (
                    <a href={routes.claimAsOf(slug, day)}>
                      <time dateTime={iso}>{label}</time>
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </nav>
  );
}
