import { ClaimArticle } from '@/components/claims/claim-article';
import { pageParams } from '@/lib/page-params';
import { prerenderedParams } from '@/lib/cache/prerendered-params';

// /claims/<slug>/all: the claim page with every counter-statement, for claims answered more often
// than the claim page shows. A path rather than ?show=all: a query would make the page render for
// each request instead of being cached (next.config.js redirects the old ?show=all links here).
// Its metadata is the claim page's, whose canonical URL it names.
export { generateMetadata } from '../page';

// Nothing is built ahead: this page is rarely asked for, and the first request renders and keeps it.
export async function generateStaticParams() {
  return prerenderedParams('slug');
}

export default async function EveryCounterStatementPage({ params }: { params: Promise<{ slug: string }> }) {
  return <ClaimArticle slug={(await pageParams(params)).slug} showAll />;
}
