import { TopicsIndex, TOPICS_METADATA } from '@/components/topics/topics-index';

// /topics asked for as a document without a cursor, served here: proxy.ts moves it to this path
// (lib/proxy/list-view.ts), so that the first page is cached whole, as the later ones are. The
// public URL stays /topics; this path is never linked. The app's own navigations to /topics stay
// on app/(public)/topics/page.tsx.
export const metadata = TOPICS_METADATA;

export default function TopicsFirstPage() {
  return <TopicsIndex />;
}
