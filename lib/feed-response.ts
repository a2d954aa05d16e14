import 'server-only';
import { type FeedScope } from './dal/feeds';
import { FEED_FORMATS, describeFeed, feedPaths, type FeedFormat } from './domain/feed-links';
import { buildFeedEntries, renderFeed } from './domain/feeds';
import { env } from './env';
import { slugSegment } from './validation/url-segments';
import { absoluteUrl } from './site-url';
import { describeEntry } from './cache/entry';
import { RECORD_LIFE } from './cache/life';
import { microCached } from './cache/micro-cache';
import { findFeedItems } from './cache/public-record';
import { readLimitRefusal } from './rate-limit/read-limit';

// The one handler behind every feed route (site-wide, person, organization, topic; RSS, Atom,
// JSON Feed), so that the twelve route files stay one line each.

/** Feed readers poll: a quarter of an hour fresh, then served stale while refreshed. */
const FEED_CACHE_CONTROL = 'public, max-age=900, stale-while-revalidate=3600';

const notFoundResponse = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * The feed's text, kept whole per scope and format under the tags of the read it is made of (Next.js
 * passes a nested entry's tags to the one around it); null when the scope names no feed.
 */
async function feedBody(scope: FeedScope, format: FeedFormat): Promise<string | null> {
  'use cache';
  describeEntry(RECORD_LIFE, []);
  const found = await findFeedItems(scope);
  if (!found) return null;
  const { subject, items } = found;
  const paths = feedPaths(subject.pagePath);
  return renderFeed(
    {
      ...describeFeed(scope.kind, subject.name),
      homePageUrl: subject.pagePath ? absoluteUrl(subject.pagePath) : `${env.SITE_URL}/`,
      feedUrls: { rss: absoluteUrl(paths.rss), atom: absoluteUrl(paths.atom), json: absoluteUrl(paths.json) },
      entries: buildFeedEntries(items, env.SITE_URL),
    },
    format,
  );
}

/**
 * The feed of `scope` for `request`, counted against its address's allowance first
 * (lib/rate-limit/read-limit.ts). The slug comes straight from the URL: one that cannot be a slug
 * names no feed.
 */
export async function feedResponse(request: Request, scope: FeedScope, format: FeedFormat): Promise<Response> {
  const refusal = await readLimitRefusal(request);
  if (refusal) return refusal;
  if (scope.kind !== 'site' && !slugSegment.safeParse(scope.slug).success) return notFoundResponse();
  const body = await microCached(new URL(request.url).pathname, () => feedBody(scope, format));
  if (body === null) return notFoundResponse();
  return new Response(body, {
    headers: {
      'Content-Type': `${FEED_FORMATS[format].contentType}; charset=utf-8`,
      'Cache-Control': FEED_CACHE_CONTROL,
    },
  });
}
