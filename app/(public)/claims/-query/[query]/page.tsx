import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimsIndex, claimsIndexMetadata } from '@/components/claims/claims-index';
import { prerenderedParams } from '@/lib/cache/prerendered-params';
import { claimFiltersOfSegment } from '@/lib/list-views';

// /claims?<query>, served here: proxy.ts moves a canonical query into the path
// (lib/proxy/list-view.ts), so that every view of the list, a search included, is a page cached
// whole, on its first request. The public URL keeps the query; this path is never linked.
type Props = { params: Promise<{ query: string }> };

// Views are rendered on their first request and kept until a write expires them. The placeholder
// names no view: the build renders the not-found page once (lib/cache/prerendered-params.ts).
export async function generateStaticParams() {
  return prerenderedParams('query');
}

/** The view's filters; a segment that proxy.ts would not have written names nothing. */
async function viewFilters(params: Props['params']) {
  return claimFiltersOfSegment((await params).query) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return claimsIndexMetadata(await viewFilters(params));
}

export default async function ClaimsViewPage({ params }: Props) {
  return <ClaimsIndex filters={await viewFilters(params)} />;
}
