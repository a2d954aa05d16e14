import { PeopleIndex, PEOPLE_METADATA } from '@/components/people/people-index';
import { parsePageCursor } from '@/lib/validation/page-cursor';

// /people for the app's own navigations. Asked for as a document, its first page is served from
// /people/-first and its later pages (?cursor=) from /people/-page/<cursor> (app/(public)/people/-page/[page]),
// pages cached whole (proxy.ts, lib/proxy/list-view.ts). This page reads the query, so it is rendered
// per request (from cached data), whole (`instant = false`): as app/(public)/claims/page.tsx says, the
// browser's router would otherwise reuse it for a later page without asking the server.
export const instant = false;

export const metadata = PEOPLE_METADATA;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeoplePage({ searchParams }: Props) {
  return <PeopleIndex cursor={parsePageCursor(await searchParams)} />;
}
