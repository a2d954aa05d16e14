import type { Metadata } from 'next';
import { ClaimsIndex, claimsIndexMetadata } from '@/components/claims/claims-index';
import { parseClaimFilters } from '@/lib/validation/claim-filters';

// /claims for the app's own navigations (the browser router's fetches: a link followed, the filter form
// or the header search sent with JavaScript). Asked for as a document, /claims is served from a page
// cached whole instead (proxy.ts, lib/proxy/list-view.ts): /claims/-first without a query,
// /claims/-query/<query> with one. This page reads the query, so it is rendered per request (from
// cached data), whole rather than streamed behind a fallback (`instant = false`), and that is why it
// stays: Next.js 16.4's router learns a route from every page it is given whose route matches its URL,
// and serves /claims?<any query> from the one it learned for /claims without asking the server when
// that page read no query. The cached views do not teach it that route: their path (/claims/-first)
// is not their URL's, which the router takes for a rewrite and never predicts from (docs/caching.md).
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return claimsIndexMetadata(parseClaimFilters(await searchParams));
}

export default async function ClaimsPage({ searchParams }: Props) {
  return <ClaimsIndex filters={parseClaimFilters(await searchParams)} />;
}
