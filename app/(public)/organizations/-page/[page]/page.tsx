import { OrganizationsIndex, ORGANIZATIONS_METADATA } from '@/components/organizations/organizations-index';
import { prerenderedParams } from '@/lib/cache/prerendered-params';
import { pageParams } from '@/lib/page-params';

// /organizations?cursor=<cursor>, served here: proxy.ts moves the cursor into the path (lib/proxy/list-view.ts),
// so that each page of the list is cached whole. The public URL keeps the query; this path is never linked.
type Props = { params: Promise<{ page: string }> };

// Rendered on its first request and kept until a write expires it (lib/cache/prerendered-params.ts).
// The placeholder is a cursor of no row: the build renders it as the first page, once.
export async function generateStaticParams() {
  return prerenderedParams('page');
}

export const metadata = ORGANIZATIONS_METADATA;

export default async function OrganizationsPageAt({ params }: Props) {
  return <OrganizationsIndex cursor={(await pageParams(params)).page} />;
}
