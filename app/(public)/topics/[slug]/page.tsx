import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimCardList } from '@/components/claims/claim-card';
import { TOPIC_CLAIMS_LIST_LENGTH } from '@/lib/dal/topics';
import { describeFeed, feedAlternates } from '@/lib/domain/feed-links';
import { PageHeader } from '@/components/layout/page-header';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';
import { getTopicProfileOrNull } from '@/lib/cache/public-record';
import { prerenderedParams } from '@/lib/cache/prerendered-params';

type Props = { params: Promise<{ slug: string }> };

// Rendered on its first request and kept until a write expires it (lib/cache/prerendered-params.ts).
export async function generateStaticParams() {
  return prerenderedParams('slug');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopicProfileOrNull((await pageParams(params)).slug);
  if (!topic) return { title: 'Topic not found' };
  return {
    title: topic.name,
    description: `Claims about ${topic.name} and the counter-statements that answer them.`,
    alternates: { types: feedAlternates(routes.topic(topic.slug), describeFeed('topic', topic.name).title) },
  };
}

export default async function TopicPage({ params }: Props) {
  const topic = await getTopicProfileOrNull((await pageParams(params)).slug);
  if (!topic) notFound();
  const { claims, nextCursor } = topic.claims;
  return (
    <div className="space-y-6">
      <PageHeader eyebrow="Topic" title={topic.name}>
        <p>
          <Link href={routes.topicTimeline(topic.slug)}>
            Timeline: the claims and counter-statements on {topic.name} in the order they were said
          </Link>
        </p>
      </PageHeader>
      <section aria-labelledby="claims-heading" className="space-y-4">
        <h2 id="claims-heading" className="text-2xl font-bold">
          Claims
        </h2>
        {claims.length ? (
          <>
            {nextCursor ? <p className="text-sm text-stone-700">The {TOPIC_CLAIMS_LIST_LENGTH} most recent.</p> : null}
            <ClaimCardList claims={claims} headingLevel="h3" />
            <p>
              <Link href={routes.claims({ topic: topic.slug })}>All claims on {topic.name}</Link>
            </p>
          </>
        ) : (
          <p>No published claims on this topic yet.</p>
        )}
      </section>
    </div>
  );
}
