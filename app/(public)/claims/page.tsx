import { ClaimsIndex, claimsIndexMetadata } from '@/components/claims/claims-index';

// /claims without a query: every claim, newest first, cached whole. Any other view (filters, a search,
// a sort, a page) is served from /claims/_query/<query> (app/(public)/claims/%5Fquery/[query]), where
// proxy.ts moves its query.
export const metadata = claimsIndexMetadata({});

export default function ClaimsPage() {
  return <ClaimsIndex filters={{}} />;
}
