// GET /claims/:slug/share-image/:version - the claim's share image (1200x630 PNG) for link
// previews. The version fingerprints what the image shows (lib/domain/share-image-url.ts): the
// current one is cached for good, any other answers 308 with the current image's URL.
import { describeEntry } from '@/lib/cache/entry';
import { RECORD_LIFE } from '@/lib/cache/life';
import { getPublishedClaimBySlugOrNull } from '@/lib/cache/public-record';
import { buildShareCard, type ShareCard } from '@/lib/domain/share-card';
import { shareCardVersion, shareImagePath } from '@/lib/domain/share-image-url';
import { renderShareCardImage } from '@/lib/share-image/share-card-image';
import { routeParams } from '@/lib/route-params';
import { readLimitRefusal } from '@/lib/rate-limit/read-limit';
import { absoluteUrl } from '@/lib/site-url';

/**
 * The card's PNG, drawn once per card (about a quarter of a second of CPU each) and kept: the
 * card is everything the image shows, so a changed claim is a different card, and needs no tag.
 */
async function shareCardPng(card: ShareCard): Promise<ArrayBuffer> {
  'use cache';
  describeEntry(RECORD_LIFE, []);
  return renderShareCardImage(card).arrayBuffer();
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; version: string }> }) {
  const refusal = await readLimitRefusal(request);
  if (refusal) return refusal;
  const segments = await routeParams(params);
  const claim = segments && (await getPublishedClaimBySlugOrNull(segments.slug));
  if (!segments || !claim) return new Response('Not found', { status: 404 });
  const card = buildShareCard(claim);
  if (segments.version !== shareCardVersion(card))
    return Response.redirect(absoluteUrl(shareImagePath(claim.slug, card)), 308);
  return new Response(await shareCardPng(card), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
