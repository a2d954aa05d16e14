// GET /embed/claims/:slug - the claim and its counter-statements as a compact card for other
// sites' iframes. The only routes other sites may frame (see headers() in next.config.js).
import { renderEmbedCard, renderEmbedNotFound } from '@/lib/domain/embed-card';
import { routeParams } from '@/lib/route-params';
import { absoluteUrl } from '@/lib/site-url';
import { routes } from '@/lib/routes';
import { describeEntry } from '@/lib/cache/entry';
import { microCached } from '@/lib/cache/micro-cache';
import { RECORD_LIFE } from '@/lib/cache/life';
import { findCurrentClaimSlug, getPublishedClaimBySlugOrNull } from '@/lib/cache/public-record';

const HTML = 'text/html; charset=utf-8';

/** The card kept whole per slug, under the tags of the read it is made of; null when no published claim has the slug. */
async function embedCardOrNull(slug: string): Promise<string | null> {
  'use cache';
  describeEntry(RECORD_LIFE, []);
  const claim = await getPublishedClaimBySlugOrNull(slug);
  return claim && renderEmbedCard(claim, absoluteUrl(routes.claim(claim.slug)));
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = (await routeParams(params))?.slug;
  const card = slug ? await microCached(new URL(request.url).pathname, () => embedCardOrNull(slug)) : null;
  if (card !== null) {
    // Embedding pages are read far more often than claims change: five minutes of caching.
    return new Response(card, {
      headers: { 'Content-Type': HTML, 'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600' },
    });
  }
  const current = slug ? await findCurrentClaimSlug(slug) : null;
  if (current) return Response.redirect(absoluteUrl(routes.claimEmbed(current)), 308);
  return new Response(renderEmbedNotFound(absoluteUrl(routes.claims())), {
    status: 404,
    headers: { 'Content-Type': HTML },
  });
}
