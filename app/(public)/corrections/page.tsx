import { CorrectionsIndex, CORRECTIONS_METADATA } from '@/components/claims/corrections-index';
import { parsePageCursor } from '@/lib/validation/page-cursor';

// /corrections for the app's own navigations. Asked for as a document, its first page is served from
// /corrections/-first and its later pages (?cursor=) from /corrections/-page/<cursor> (app/(public)/corrections/-page/[page]),
// pages cached whole (proxy.ts, lib/proxy/list-view.ts). This page reads the query, so it is rendered
// per request (from cached data), whole (`instant = false`): as app/(public)/claims/page.tsx says, the
// browser's router would otherwise reuse it for a later page without asking the server.
export const instant = false;

export const metadata = CORRECTIONS_METADATA;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CorrectionsPage({ searchParams }: Props) {
  return <CorrectionsIndex cursor={parsePageCursor(await searchParams)} />;
}
