// Where a page's feeds live, what they are called, and the links that announce them.
//
// URL scheme: a page's feeds are the page's path followed by /feed.<format>:
//   /feed.xml (RSS 2.0), /feed.atom (Atom 1.0), /feed.json (JSON Feed 1.1) for the whole site,
//   /people/<slug>/feed.xml, /organizations/<slug>/feed.atom, /topics/<slug>/feed.json, ...
// Kept apart from feeds.ts so that pages announcing feeds do not load the feed writer.

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: Record<FeedFormat, { extension: string; contentType: string; label: string }> = {
  rss: { extension: 'xml', contentType: 'application/rss+xml', label: 'RSS' },
  atom: { extension: 'atom', contentType: 'application/atom+xml', label: 'Atom' },
  json: { extension: 'json', contentType: 'application/feed+json', label: 'JSON Feed' },
};

/** The feed URLs of the page at `pagePath` ('' for the home page): the page's path + /feed.<ext>. */
export function feedPaths(pagePath: '' | `/${string}`): Record<FeedFormat, `/${string}`> {
  const path = (format: FeedFormat) => `${pagePath}/feed.${FEED_FORMATS[format].extension}` as const;
  return { rss: path('rss'), atom: path('atom'), json: path('json') };
}

/** Next.js metadata `alternates.types` announcing a page's feeds (discovery links in its head). */
export function feedAlternates(
  pagePath: '' | `/${string}`,
  title: string,
): Record<string, { url: string; title: string }[]> {
  const paths = feedPaths(pagePath);
  return Object.fromEntries(
    (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => [
      FEED_FORMATS[format].contentType,
      [{ url: paths[format], title: `${title} (${FEED_FORMATS[format].label})` }],
    ]),
  );
}

export type FeedSubjectKind = 'site' | 'person' | 'organization' | 'topic';

/** A feed's title and description, which its discovery links share. */
export function describeFeed(kind: FeedSubjectKind, name: string | null): { title: string; description: string } {
  if (kind === 'site' || !name) {
    return {
      title: 'Countercheck: new claims and counter-statements',
      description:
        'The newest claims by officials on Countercheck, and the verbatim counter-statements that answer them.',
    };
  }
  const title = `${name} on Countercheck`;
  if (kind === 'person')
    return { title, description: `New claims by ${name}, and the counter-statements ${name} made, on Countercheck.` };
  if (kind === 'organization')
    return {
      title,
      description: `New claims and counter-statements by ${name}, its members and its spokespeople, on Countercheck.`,
    };
  return {
    title,
    description: `New claims about ${name}, and the counter-statements that answer them, on Countercheck.`,
  };
}
