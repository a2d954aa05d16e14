import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WhoAnsweredWhomView } from '@/components/who-answered-whom/who-answered-whom-view';
import { prerenderedParams } from '@/lib/cache/prerendered-params';
import { answerFiltersOfSegment } from '@/lib/list-views';

// /who-answered-whom?<filters>, served here: proxy.ts moves the filters into the path
// (lib/proxy/list-view.ts), so that each view is a page cached whole, on its first request. The
// public URL keeps the query; this path is never linked.
type Props = { params: Promise<{ query: string }> };

// Rendered on their first request and kept until a write expires them (lib/cache/prerendered-params.ts).
export async function generateStaticParams() {
  return prerenderedParams('query');
}

/** The view's filters; a segment that proxy.ts would not have written names nothing. */
async function viewFilters(params: Props['params']) {
  return answerFiltersOfSegment((await params).query) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await viewFilters(params);
  return {
    title: 'Who answered whom (filtered)',
    description: 'Which claimants were answered by which countries and organizations, for the claims filtered.',
  };
}

export default async function WhoAnsweredWhomViewPage({ params }: Props) {
  return <WhoAnsweredWhomView filters={await viewFilters(params)} />;
}
