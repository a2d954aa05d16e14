import type { Metadata } from 'next';
import { ClaimAsOfArticle } from '@/components/claims/claim-as-of-article';
import { getPublishedClaimAsOfOrNull } from '@/lib/cache/public-record';
import { PLACEHOLDER_SEGMENT } from '@/lib/cache/prerendered-params';
import { displayDate, parseIsoDay } from '@/lib/domain/dates';
import { pageParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

// /claims/<slug>?asOf=<day>, served here: proxy.ts moves a valid day into the path
// (lib/proxy/claim-as-of.ts), so that each day's page is cached whole, on its first request, until
// a write to the claim expires it. The public URL keeps the query; this path is never linked.
type Props = { params: Promise<{ slug: string; day: string }> };

// Nothing built ahead: the placeholders name nothing (lib/cache/prerendered-params.ts).
export function generateStaticParams() {
  return [{ slug: PLACEHOLDER_SEGMENT, day: PLACEHOLDER_SEGMENT }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, day } = await pageParams(params);
  const record = await getPublishedClaimAsOfOrNull(slug, day);
  if (!record) return { title: 'Claim not found' };
  return {
    title: `${record.claim.summary}, as of ${displayDate(parseIsoDay(day)).label}`,
    description: 'The record of this claim as it stood on that day: the answers said by then and the verdict in force.',
    // One record, many days: search engines are pointed at today's.
    alternates: { canonical: routes.claim(record.claim.slug) },
  };
}

export default async function ClaimAsOfPage({ params }: Props) {
  const { slug, day } = await pageParams(params);
  return <ClaimAsOfArticle slug={slug} day={day} />;
}
