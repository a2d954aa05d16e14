import type { Metadata } from 'next';
import { ClaimArticle } from '@/components/claims/claim-article';
import { findPublishedClaims, getPublishedClaimBySlugOrNull } from '@/lib/cache/public-record';
import { prerenderedParams } from '@/lib/cache/prerendered-params';
import { buildShareCard, describeClaim } from '@/lib/domain/share-card';
import { SHARE_IMAGE_SIZE, shareImagePath } from '@/lib/domain/share-image-url';
import { absoluteUrl } from '@/lib/site-url';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';

type Props = { params: Promise<{ slug: string }> };

// The newest claims are built with the site; any other is rendered on its first request and kept
// from then on (docs/caching.md), until a write expires it.
export async function generateStaticParams() {
  const { claims } = await findPublishedClaims({ sort: 'newest' });
  return prerenderedParams(
    'slug',
    claims.map((claim) => claim.slug),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await getPublishedClaimBySlugOrNull((await pageParams(params)).slug);
  if (!claim) return { title: 'Claim not found' };
  const path = routes.claim(claim.slug);
  const description = describeClaim(claim);
  const card = buildShareCard(claim);
  // Relative URLs resolve against metadataBase (SITE_URL, set in the root layout). The share
  // image's URL changes whenever what it shows changes, so link-preview caches refresh.
  const image = { url: shareImagePath(claim.slug, card), ...SHARE_IMAGE_SIZE, alt: card.alt, type: 'image/png' };
  return {
    title: claim.summary,
    description,
    alternates: {
      canonical: path,
      // oEmbed discovery: a CMS handed this page's link finds how to embed it.
      types: {
        'application/json+oembed': [{ url: routes.oembed(absoluteUrl(path)), title: claim.summary }],
      },
    },
    openGraph: {
      type: 'article',
      siteName: 'Countercheck',
      title: claim.summary,
      description,
      url: path,
      images: [image],
      ...(claim.publishedAt ? { publishedTime: claim.publishedAt.toISOString() } : {}),
      modifiedTime: claim.updatedAt.toISOString(),
    },
    twitter: { card: 'summary_large_image', title: claim.summary, description, images: [image] },
  };
}

export default async function ClaimPage({ params }: Props) {
  return <ClaimArticle slug={(await pageParams(params)).slug} showAll={false} />;
}
