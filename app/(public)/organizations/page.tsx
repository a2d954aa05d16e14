import { OrganizationsIndex, ORGANIZATIONS_METADATA } from '@/components/organizations/organizations-index';
import { parsePageCursor } from '@/lib/validation/page-cursor';

// /organizations for the app's own navigations. Asked for as a document, its first page is served from
// /organizations/-first and its later pages (?cursor=) from /organizations/-page/<cursor> (app/(public)/organizations/-page/[page]),
// pages cached whole (proxy.ts, lib/proxy/list-view.ts). This page reads the query, so it is rendered
// per request (from cached data), whole (`instant = false`): as app/(public)/claims/page.tsx says, the
// browser's router would otherwise reuse it for a later page without asking the server.
export const instant = false;

export const metadata = ORGANIZATIONS_METADATA;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganizationsPage({ searchParams }: Props) {
  return <OrganizationsIndex cursor={parsePageCursor(await searchParams)} />;
}
