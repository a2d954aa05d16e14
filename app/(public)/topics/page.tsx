import { TopicsIndex, TOPICS_METADATA } from '@/components/topics/topics-index';
import { parsePageCursor } from '@/lib/validation/page-cursor';

// /topics. Its later pages (?cursor=) are served by proxy.ts from /topics/-page/<cursor>
// (app/(public)/topics/-page/[page]), pages cached whole; this page answers the first, and a cursor that is
// not one. It reads the query all the same, so it is rendered per request (from cached data), whole
// (`instant = false`): as app/(public)/claims/page.tsx says, the browser's router would otherwise reuse
// it for a later page without asking the server.
export const instant = false;

export const metadata = TOPICS_METADATA;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TopicsPage({ searchParams }: Props) {
  return <TopicsIndex cursor={parsePageCursor(await searchParams)} />;
}
