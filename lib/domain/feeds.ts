import { Feed, type Item } from 'feed';
import type { Stance, Verdict } from '../generated/prisma/enums';
import { escapeHtml, html } from './html';
import type { FeedFormat } from './feed-links';
import { stanceDefinition } from './stances';
import { verdictDefinition } from './verdicts';
import { counterStatementAnchor, routes } from '../routes';

// Feeds of new claims and counter-statements, site-wide and per person, organization and topic,
// in three formats. Pure: the DAL reads the rows, this turns them into entries and documents.
// URLs and discovery links: feed-links.ts.
//
// RSS and Atom are written by the `feed` package; JSON Feed 1.1 is a plain object, because that
// package writes JSON Feed 1.0 (a single `author`, the old version URL).

/** How many entries a feed carries: the newest, claims and counter-statements together. */
export const FEED_LENGTH = 50;

/** A quote as a feed entry shows it: verbatim, with who said it. */
export type FeedQuote = {
  text: string;
  language: string;
  speakerName: string;
  speakerRole: string | null;
  saidOn: { label: string } | null;
};

export type FeedClaim = {
  kind: 'claim';
  id: string;
  slug: string;
  summary: string;
  verdict: Verdict;
  publishedAt: Date;
  quote: FeedQuote;
  /** "said 3 times, December 2018 to February 2019" (lib/domain/appearances.ts); null when said once. */
  saidTimes: string | null;
};
export type FeedCounterStatement = {
  kind: 'counterStatement';
  id: string;
  stance: Stance;
  publishedAt: Date;
  quote: FeedQuote;
  /** The claim answered; `path` is its page that shows this counter-statement. */
  claim: { path: `/${string}`; summary: string; claimantName: string };
};

export type FeedEntry = {
  /** Stable whatever happens to slugs: the row's UUID as a URN (RSS guid, Atom id, JSON Feed id). */
  id: string;
  title: string;
  url: string;
  date: Date;
  summary: string;
  contentHtml: string;
  authorName: string;
};

export type FeedDocument = {
  title: string;
  description: string;
  /** The page the feed follows (absolute). */
  homePageUrl: string;
  /** This feed's URL in each format (absolute). */
  feedUrls: Record<FeedFormat, string>;
  entries: FeedEntry[];
};

function attribution(quote: FeedQuote): string {
  return [quote.speakerName, quote.speakerRole, quote.saidOn?.label].filter(Boolean).join(', ');
}

function quoteHtml(quote: FeedQuote) {
  return html`<blockquote lang="${quote.language}"><p>${quote.text}</p></blockquote><p>— ${attribution(quote)}</p>`;
}

/** The entries of a feed, newest first, at most FEED_LENGTH. `siteUrl` makes every link absolute. */
export function buildFeedEntries(items: (FeedClaim | FeedCounterStatement)[], siteUrl: string): FeedEntry[] {
  return [...items]
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id.localeCompare(a.id))
    .slice(0, FEED_LENGTH)
    .map((item) => {
      if (item.kind === 'claim') {
        const verdict = verdictDefinition(item.verdict).label;
        const saidTimes = item.saidTimes ? `${item.saidTimes[0]!.toUpperCase()}${item.saidTimes.slice(1)}.` : null;
        return {
          id: `urn:uuid:${item.id}`,
          title: `${item.quote.speakerName}: ${item.summary}`,
          url: `${siteUrl}${routes.claim(item.slug)}`,
          date: item.publishedAt,
          summary: [`“${item.quote.text}” — ${attribution(item.quote)}.`, saidTimes, `Our verdict: ${verdict}.`]
            .filter(Boolean)
            .join(' '),
          contentHtml:
            html`${quoteHtml(item.quote)}${saidTimes ? html`<p>${saidTimes}</p>` : ''}<p>Our verdict: <strong>${verdict}</strong></p>`.toString(),
          authorName: item.quote.speakerName,
        };
      }
      const stance = stanceDefinition(item.stance).label.toLowerCase();
      return {
        id: `urn:uuid:${item.id}`,
        title: `${item.quote.speakerName} answers ${item.claim.claimantName}: ${item.claim.summary}`,
        url: `${siteUrl}${item.claim.path}#${counterStatementAnchor(item.id)}`,
        date: item.publishedAt,
        summary: `“${item.quote.text}” — ${attribution(item.quote)}. A counter-statement that ${stance} the claim “${item.claim.summary}”.`,
        contentHtml:
          html`${quoteHtml(item.quote)}<p>This counter-statement ${stance} the claim by ${item.claim.claimantName}: “${item.claim.summary}”.</p>`.toString(),
        authorName: item.quote.speakerName,
      };
    });
}

/** When the feed last changed: its newest entry, else the epoch (an empty feed never changed). */
function updated(document: FeedDocument): Date {
  return document.entries[0]?.date ?? new Date(0);
}

// Atom's title and summary are written as type="html" and RSS's description is HTML, so their
// plain text is escaped: a quote with "<" in it shows as written, never as markup.
// RSS's <author> must be an e-mail address, so RSS names the speaker in dc:creator; Atom has
// <author><name>. Hence one `feed` instance per format.
function xmlFeed(document: FeedDocument, format: 'rss' | 'atom'): Feed {
  const feed = new Feed({
    id: document.feedUrls[format],
    title: document.title,
    description: document.description,
    link: document.homePageUrl,
    language: 'en',
    updated: updated(document),
    generator: false,
    feedLinks: { [format]: document.feedUrls[format] },
    author: { name: 'Countercheck', link: document.homePageUrl },
  });
  for (const entry of document.entries) {
    const item: Item = {
      id: entry.id,
      title: escapeHtml(entry.title),
      link: entry.url,
      date: entry.date,
      description: escapeHtml(entry.summary),
      content: entry.contentHtml,
    };
    if (format === 'atom') item.author = [{ name: entry.authorName }];
    else item.extensions = [{ name: 'dc:creator', objects: { _text: entry.authorName } }];
    feed.addItem(item);
  }
  return feed;
}

export function renderFeed(document: FeedDocument, format: FeedFormat): string {
  if (format === 'rss') return xmlFeed(document, 'rss').rss2();
  if (format === 'atom') return xmlFeed(document, 'atom').atom1();
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: document.title,
    home_page_url: document.homePageUrl,
    feed_url: document.feedUrls.json,
    description: document.description,
    language: 'en',
    authors: [{ name: 'Countercheck' }],
    items: document.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      date_published: entry.date.toISOString(),
      authors: [{ name: entry.authorName }],
    })),
  });
}
