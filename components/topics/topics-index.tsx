import type { Metadata } from 'next';
import Link from 'next/link';
import { PageLinks } from '@/components/layout/page-links';
import { routes } from '@/lib/routes';
import { findTopics } from '@/lib/cache/public-record';

// The list of topics, one page of it: the first at /topics (rendered per request), each later one at
// /topics/-page/<cursor>, where proxy.ts moves the ?cursor= of its links (lib/list-views.ts), a page
// cached whole.

export const TOPICS_METADATA: Metadata = {
  title: 'Topics',
  description: 'The subjects of the claims on Countercheck, each with its claims and a timeline of what was said.',
};

export async function TopicsIndex({ cursor }: { cursor?: string }) {
  const page = await findTopics({ cursor });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Topics</h1>
        <p className="text-stone-800">
          What the published claims are about. Each topic has its claims and a timeline of what was said, and when.
        </p>
      </header>
      {page.items.length === 0 ? (
        <p>No claims have been published yet.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {page.items.map((topic) => (
            <li key={topic.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={routes.topic(topic.slug)}>{topic.name}</Link>
              </h2>
              <Link href={routes.topicTimeline(topic.slug)} className="text-sm">
                Timeline<span className="sr-only"> of {topic.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <PageLinks
        label="Pages of topics"
        firstHref={routes.topics()}
        nextHref={page.nextCursor && routes.topics(page.nextCursor)}
        isFirstPage={!cursor}
      />
    </div>
  );
}
