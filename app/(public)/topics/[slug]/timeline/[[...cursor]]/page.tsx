import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicTimelineView } from '@/components/topics/topic-timeline-view';
import { parsePageCursor } from '@/lib/validation/page-cursor';
import { pageParams } from '@/lib/page-params';
import { getTopicTimeline } from '@/lib/cache/public-record';
import { prerenderedParams } from '@/lib/cache/prerendered-params';

// /topics/<slug>/timeline, and its later pages: their links say ?cursor=, which proxy.ts moves into
// the path (/topics/<slug>/timeline/<cursor>) so that every page of the timeline is cached whole,
// and an unknown topic answers 404 (a page that reads its query renders per request, and with Cache
// Components its 200 has been sent before it could say "not found").
type Props = { params: Promise<{ slug: string; cursor?: string[] }> };

// Rendered on its first request and kept until a write expires it (lib/cache/prerendered-params.ts).
// The first page's params are given whole (no cursor): a prerender must know the whole path.
export async function generateStaticParams() {
  return prerenderedParams('slug').map((params) => ({ ...params, cursor: [] }));
}

/** The topic's slug, and the page's cursor when it names one (a bad cursor shows the first page). */
async function timelinePage(params: Props['params']) {
  const { slug, cursor } = await pageParams(params);
  return { slug, cursor: parsePageCursor({ cursor: cursor?.[0] }) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, cursor } = await timelinePage(params);
  const timeline = await getTopicTimeline(slug, cursor);
  if (!timeline) return { title: 'Topic not found' };
  return {
    title: `${timeline.name}: timeline`,
    description: `Claims about ${timeline.name} and the counter-statements that answered them, in the order they were said.`,
  };
}

export default async function TopicTimelinePage({ params }: Props) {
  const { slug, cursor } = await timelinePage(params);
  const timeline = await getTopicTimeline(slug, cursor);
  if (!timeline) notFound();
  return <TopicTimelineView timeline={timeline} isFirstPage={!cursor} />;
}
