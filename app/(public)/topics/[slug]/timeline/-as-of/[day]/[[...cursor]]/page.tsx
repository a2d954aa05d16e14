import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicTimelineView } from '@/components/topics/topic-timeline-view';
import { getTopicTimelineAsOf } from '@/lib/cache/public-record';
import { PLACEHOLDER_SEGMENT } from '@/lib/cache/prerendered-params';
import { displayDate, parseIsoDay } from '@/lib/domain/dates';
import { pageParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { parsePageCursor } from '@/lib/validation/page-cursor';

// /topics/<slug>/timeline?asOf=<day>[&cursor=<c>], served here: proxy.ts moves a valid day, and the
// cursor, into the path (lib/proxy/timeline-cursor.ts), so that each page of each day is cached
// whole, on its first request. The public URL keeps the query; this path is never linked.
type Props = { params: Promise<{ slug: string; day: string; cursor?: string[] }> };

// Nothing built ahead: the placeholders name nothing (lib/cache/prerendered-params.ts).
export function generateStaticParams() {
  return [{ slug: PLACEHOLDER_SEGMENT, day: PLACEHOLDER_SEGMENT, cursor: [] }];
}

/** The topic, the day, and the page's cursor when it names one (a bad cursor shows the first page). */
async function timelinePage(params: Props['params']) {
  const { slug, day, cursor } = await pageParams(params);
  return { slug, day, cursor: parsePageCursor({ cursor: cursor?.[0] }) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, day, cursor } = await timelinePage(params);
  const timeline = await getTopicTimelineAsOf(slug, day, cursor);
  if (!timeline) return { title: 'Topic not found' };
  return {
    title: `${timeline.name}: timeline as of ${displayDate(parseIsoDay(day)).label}`,
    description: `Claims about ${timeline.name} and their answers as they stood on that day.`,
    // One timeline, many days: search engines are pointed at today's.
    alternates: { canonical: routes.topicTimeline(timeline.slug) },
  };
}

export default async function TopicTimelineAsOfPage({ params }: Props) {
  const { slug, day, cursor } = await timelinePage(params);
  const timeline = await getTopicTimelineAsOf(slug, day, cursor);
  if (!timeline) notFound();
  return <TopicTimelineView timeline={timeline} isFirstPage={!cursor} asOf={day} />;
}
