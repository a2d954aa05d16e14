import { sha256Hex } from './archive';
import type { ShareCard } from './share-card';
import { routes } from '../routes';

// Where a claim's share image lives. Link-preview caches (chat apps, social sites) keep an image
// by its URL for days, so the URL names a version of what the image shows: a fingerprint of the
// share card's content. When the claim's quote, verdict or counter-statement counts change, the
// page names a new URL and previews fetch the new image; while nothing changes, the URL is the
// same and the image can be cached for good.

/** The share image's size: what Open Graph asks for, and what oEmbed gives as the thumbnail's. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Bump when the drawing itself changes (layout, fonts, colours), so every image gets a new URL. */
const SHARE_IMAGE_DESIGN = 1;

export function shareCardVersion(card: ShareCard): string {
  return sha256Hex(JSON.stringify([SHARE_IMAGE_DESIGN, card])).slice(0, 12);
}

/** The share image's path on the site: /claims/<slug>/share-image/<version>. */
export function shareImagePath(slug: string, card: ShareCard): `/${string}` {
  return routes.claimShareImage(slug, shareCardVersion(card));
}
