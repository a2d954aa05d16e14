import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageLinks } from '@/components/layout/page-links';
import { Timeline } from '@/components/topics/timeline';
import { parsePageCursor } from '@/lib/validation/page-cursor';
import { PageHeader } from '@/components/layout/page-header';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';
import { getTopicTimeline } from '@/lib/cache/public-record';

// A page of a list, chosen by its query (?cursor=): rendered for each request from cached data
// (lib/cache/public-record.ts). Not streamed behind a fallback, which readers without JavaScript
// would never see replaced.
export const instant = false;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const timeline = await getTopicTimeline((await pageParams(params)).slug, parsePageCursor(await searchParams));
  if (!timeline) return { title: 'Topic not found' };
  return {
    title: `${timeline.name}: timeline`,
    description: `Claims about ${timeline.name} and the counter-statements that answered them, in the order they were said.`,
  };
}

export default async function TopicTimelinePage({ params, searchParams }: Props) {
  const cursor = parsePageCursor(await searchParams);
  const timeline = await getTopicTimeline((await pageParams(params)).slug, cursor);
  if (!timeline) notFound();
  const path = routes.topicTimeline(timeline.slug);
  return (
    <div className="space-y-8">
      <PageHeader eyebrow="Topic timeline" title={`${timeline.name}: timeline`}>
        <p className="text-stone-800">
          Every published claim on {timeline.name} and the counter-statements that answer it, oldest first, by the date
          they were said: what had been claimed, and answered, as of each date.
        </p>
        <p>
          <Link href={routes.topic(timeline.slug)}>Back to the claims on {timeline.name}</Link>
        </p>
      </PageHeader>
      {timeline.entries.length ? (
        <Timeline entries={timeline.entries} />
      ) : (
        <p>No published claims on this topic yet.</p>
      )}
      <PageLinks
        label="Pages of the timeline"
        firstHref={path}
        nextHref={timeline.nextCursor && routes.topicTimeline(timeline.slug, timeline.nextCursor)}
        isFirstPage={!cursor}
      />
    </div>
  );
}
