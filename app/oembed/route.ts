// GET /oembed?url=<claim page URL>&format=json[&maxwidth=&maxheight=] - oEmbed for claim pages
// (https://oembed.com): an iframe of /embed/claims/:slug. Errors are JSON with a message.
import type { NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { OEMBED_CACHE_AGE, buildOEmbed, claimSlugFromUrl } from '@/lib/domain/oembed';
import { buildShareCard } from '@/lib/domain/share-card';
import { shareImagePath } from '@/lib/domain/share-image-url';
import { parseOEmbedQuery } from '@/lib/validation/oembed';
import { findCurrentClaimSlug, getPublishedClaimBySlugOrNull } from '@/lib/cache/public-record';

const error = (status: number, message: string) => Response.json({ error: message }, { status });

export async function GET(request: NextRequest) {
  const parsed = parseOEmbedQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return error(parsed.status, parsed.message);
  const slug = claimSlugFromUrl(parsed.query.url, env.SITE_URL);
  if (!slug) return error(404, `Not a claim page on ${env.SITE_URL}: ${parsed.query.url}`);
  // A link with a claim's old slug embeds the claim as it is now.
  const claim =
    (await getPublishedClaimBySlugOrNull(slug)) ??
    (await findCurrentClaimSlug(slug).then((current) => (current ? getPublishedClaimBySlugOrNull(current) : null)));
  if (!claim) return error(404, `No published claim at ${parsed.query.url}`);
  const body = buildOEmbed(
    {
      slug: claim.slug,
      summary: claim.summary,
      claimant: claim.claim.speakerName,
      claimantPath: claim.claim.speakerHref,
      counterStatementCount: claim.counterStatementCount,
      thumbnailPath: shareImagePath(claim.slug, buildShareCard(claim)),
    },
    env.SITE_URL,
    parsed.query,
  );
  return Response.json(body, { headers: { 'Cache-Control': `public, max-age=${OEMBED_CACHE_AGE}` } });
}
