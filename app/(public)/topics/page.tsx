import { TopicsIndex, TOPICS_METADATA } from '@/components/topics/topics-index';
import { parsePageCursor } from '@/lib/validation/page-cursor';

// /topics for the app's own navigations. Asked for as a document, its first page is served from
// /topics/-first and its later pages (?cursor=) from /topics/-page/<cursor> (app/(public)/topics/-page/[page]),
// pages cached whole (proxy.ts, lib/proxy/list-view.ts). This page reads the query, so it is rendered
// per request (from cached data), whole (`instant = false`): as app/(public)/claims/page.tsx says, the
// browser's router would otherwise reuse it for a later page without asking the server.
export const instant = false;

export const metadata = TOPICS_METADATA;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TopicsPage({ searchParams }: Props) {
  return <TopicsIndex cursor={parsePageCursor(await searchParams)} />;
}
