import { html } from './html';
import { MAX_EMBED_COUNTER_STATEMENTS } from './embed-card';
import { SHARE_IMAGE_SIZE } from './share-image-url';
import { SLUG_PATTERN } from './slug';
import { routes } from '../routes';

// oEmbed (https://oembed.com) for claim pages: what a blog or CMS asks for when someone pastes a
// claim's link, answered with an iframe of the embed card. Pure: the route does the lookups.

export const PROVIDER_NAME = 'Countercheck';
export const EMBED_WIDTH = 560;
/** How long consumers may keep an answer, in seconds (oEmbed's cache_age). */
export const OEMBED_CACHE_AGE = 3600;

/** The slug of the claim page `url` names on the site at `siteUrl`, or null for any other URL. */
export function claimSlugFromUrl(url: string, siteUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== new URL(siteUrl).origin) return null;
  const slug = /^\/claims\/([^/]+)\/?$/.exec(parsed.pathname)?.[1];
  return slug && SLUG_PATTERN.test(slug) ? slug : null;
}

export type OEmbedClaim = {
  slug: string;
  summary: string;
  claimant: string;
  claimantPath: string | null;
  counterStatementCount: number;
  thumbnailPath: `/${string}`;
};

export type OEmbedResponse = {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  author_name: string;
  author_url?: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
};

/**
 * The card's natural height: the claim, then one row per counter-statement shown. Within an iframe
 * of a fixed size the card scrolls, so an estimate that is off by a line does no harm.
 */
export function embedHeight(counterStatementCount: number): number {
  const shown = Math.min(counterStatementCount, MAX_EMBED_COUNTER_STATEMENTS);
  return 300 + shown * 120 + (counterStatementCount > shown ? 40 : 0);
}

export function buildOEmbed(
  claim: OEmbedClaim,
  siteUrl: string,
  max: { maxwidth?: number; maxheight?: number } = {},
): OEmbedResponse {
  // The spec: a rich embed's width and height must not exceed the consumer's maximum.
  const width = Math.min(EMBED_WIDTH, max.maxwidth ?? Infinity);
  const height = Math.min(embedHeight(claim.counterStatementCount), max.maxheight ?? Infinity);
  const title = `${PROVIDER_NAME}: ${claim.summary}`;
  const iframe = html`<iframe src="${siteUrl}${routes.claimEmbed(claim.slug)}" width="${width}" height="${height}" title="${title}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: PROVIDER_NAME,
    provider_url: `${siteUrl}${routes.home()}`,
    title: claim.summary,
    author_name: claim.claimant,
    ...(claim.claimantPath ? { author_url: `${siteUrl}${claim.claimantPath}` } : {}),
    html: iframe.toString(),
    width,
    height,
    thumbnail_url: `${siteUrl}${claim.thumbnailPath}`,
    thumbnail_width: SHARE_IMAGE_SIZE.width,
    thumbnail_height: SHARE_IMAGE_SIZE.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
