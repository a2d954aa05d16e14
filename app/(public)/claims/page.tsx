import type { Metadata } from 'next';
import { ClaimsIndex, claimsIndexMetadata } from '@/components/claims/claims-index';
import { parseClaimFilters } from '@/lib/validation/claim-filters';

// /claims. With a query (filters, a search, a sort, a page) proxy.ts serves it from
// /claims/-query/<query> (app/(public)/claims/-query/[query]), a page cached whole; this page answers
// /claims itself. It reads the query all the same, so it is rendered per request (from cached data),
// whole rather than streamed behind a fallback (`instant = false`): a page that does not read the
// query would be reused by the browser's router for /claims?<any query> without asking the server,
// which is where the query is moved to its own page (docs/caching.md).
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return claimsIndexMetadata(parseClaimFilters(await searchParams));
}

export default async function ClaimsPage({ searchParams }: Props) {
  return <ClaimsIndex filters={parseClaimFilters(await searchParams)} />;
}
