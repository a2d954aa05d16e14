import Link from 'next/link';
import { AsOfBanner } from '@/components/as-of/as-of-banner';
import { AsOfDayForm } from '@/components/as-of/as-of-day-form';
import { PageHeader } from '@/components/layout/page-header';
import { PageLinks } from '@/components/layout/page-links';
import { Timeline } from '@/components/topics/timeline';
import type { TopicTimeline } from '@/lib/dal/topics';
import { displayDate, parseIsoDay } from '@/lib/domain/dates';
import { routes } from '@/lib/routes';

/**
 * A page of a topic's timeline: today's, or (`asOf`, YYYY-MM-DD) as it stood at the end of that day,
 * under a banner, with a day picker either way. `isFirstPage`: no cursor was given.
 */
export function TopicTimelineView({
  timeline,
  isFirstPage,
  asOf,
}: {
  timeline: TopicTimeline;
  isFirstPage: boolean;
  asOf?: string;
}) {
  const today = routes.topicTimeline(timeline.slug);
  const dayLabel = asOf && displayDate(parseIsoDay(asOf)).label;
  const pageHref = (cursor?: string) =>
    asOf ? routes.topicTimelineAsOf(timeline.slug, asOf, cursor) : routes.topicTimeline(timeline.slug, cursor);
  return (
    <div className="space-y-8">
      {dayLabel ? <AsOfBanner dayLabel={dayLabel} todayHref={today} /> : null}
      <PageHeader eyebrow="Topic timeline" title={`${timeline.name}: timeline`}>
        <p className="text-stone-800">
          Every published claim on {timeline.name} and the counter-statements that answer it, oldest first, by the date
          they were said: what had been claimed, and answered, as of each date.
        </p>
        <p>
          <Link href={routes.topic(timeline.slug)}>Back to the claims on {timeline.name}</Link>
        </p>
        <AsOfDayForm action={today} day={asOf ?? ''} />
      </PageHeader>
      {timeline.entries.length ? (
        <Timeline entries={timeline.entries} />
      ) : (
        <p>
          {dayLabel ? `Nothing on this topic had been said by ${dayLabel}.` : 'No published claims on this topic yet.'}
        </p>
      )}
      <PageLinks
        label="Pages of the timeline"
        firstHref={pageHref()}
        nextHref={timeline.nextCursor && pageHref(timeline.nextCursor)}
        isFirstPage={isFirstPage}
      />
    </div>
  );
}
