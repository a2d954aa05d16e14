import { TopicsIndex, TOPICS_METADATA } from '@/components/topics/topics-index';

// /topics: the list's first page, cached whole. Its later pages are at /topics/_page/<cursor>
// (app/(public)/topics/%5Fpage/[page]).
export const metadata = TOPICS_METADATA;

export default function TopicsPage() {
  return <TopicsIndex />;
}
