import { TopicsIndex, TOPICS_METADATA } from '@/components/topics/topics-index';
import { prerenderedParams } from '@/lib/cache/prerendered-params';
import { pageParams } from '@/lib/page-params';

// /topics?cursor=<cursor>, served here: proxy.ts moves the cursor into the path (lib/proxy/list-view.ts),
// so that each page of the list is cached whole. The public URL keeps the query; this path is never linked.
type Props = { params: Promise<{ page: string }> };

// Rendered on its first request and kept until a write expires it (lib/cache/prerendered-params.ts).
// The placeholder is a cursor of no row: the build renders it as the first page, once.
export async function generateStaticParams() {
  return prerenderedParams('page');
}

export const metadata = TOPICS_METADATA;

export default async function TopicsPageAt({ params }: Props) {
  return <TopicsIndex cursor={(await pageParams(params)).page} />;
}
