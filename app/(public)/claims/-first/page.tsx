import { ClaimsIndex, claimsIndexMetadata } from '@/components/claims/claims-index';

// /claims asked for as a document (a link followed, a reload, a reader without JavaScript), served
// here: proxy.ts moves it to this path (lib/proxy/list-view.ts), so that the unfiltered list is a page
// cached whole, as its filtered views are. The public URL stays /claims; this path is never linked.
// The app's own navigations to /claims stay on app/(public)/claims/page.tsx, which says why.
export const metadata = claimsIndexMetadata({});

export default function ClaimsFirstPage() {
  return <ClaimsIndex filters={{}} />;
}
