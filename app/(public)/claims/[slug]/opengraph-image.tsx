// GET /claims/:slug/opengraph-image-<hash>/card - the claim's share image (1200x630 PNG) for link
// previews. Next.js names the route and adds its og:image and twitter:image tags to the page.
import { getPublishedClaimBySlug } from '@/lib/dal/claims';
import { buildShareCard } from '@/lib/domain/share-card';
import { SHARE_IMAGE_SIZE, renderShareCardImage } from '@/lib/share-image/share-card-image';

export const dynamic = 'force-dynamic';
export const contentType = 'image/png';

type Params = { params: { slug: string } };

// One image per claim, with the claim's own alt text. An unknown or unpublished slug gets no
// image entry, which makes Next.js answer the image URL with 404.
export async function generateImageMetadata({ params }: Params) {
  const claim = await getPublishedClaimBySlug(params.slug);
  if (!claim) return [];
  return [{ id: 'card', alt: buildShareCard(claim).alt, size: SHARE_IMAGE_SIZE, contentType }];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const claim = await getPublishedClaimBySlug((await params).slug);
  if (!claim) return new Response('Not found', { status: 404 });
  return renderShareCardImage(buildShareCard(claim));
}
