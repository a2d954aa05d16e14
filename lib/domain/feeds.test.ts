import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { feedPaths } from './feed-links';
import {
  FEED_LENGTH,
  buildFeedEntries,
  renderFeed,
  type FeedClaim,
  type FeedDocument,
  type FeedCounterStatement,
} from './feeds';

const SITE = 'https://countercheck.test';
const quote = (speakerName: string, text: string) => ({
  text,
  language: 'en',
  speakerName,
  speakerRole: 'President of the United States',
  saidOn: { label: '19 December 2018' },
});

const claim: FeedClaim = {
  kind: 'claim',
  id: '019a0000-0000-7000-8000-000000000001',
  slug: 'isis-defeated',
  summary: 'ISIS has been defeated in Syria',
  verdict: 'FALSE',
  publishedAt: new Date('2026-01-02T10:00:00Z'),
  quote: quote('Donald Trump', 'We have defeated ISIS in Syria.'),
  saidTimes: null,
};
const counterStatement: FeedCounterStatement = {
  kind: 'counterStatement',
  id: '019a0000-0000-7000-8000-000000000002',
  stance: 'CONTRADICTS',
  publishedAt: new Date('2026-01-03T10:00:00Z'),
  quote: {
    ...quote('Florence Parly', 'The Islamic State has not been wiped off the map, <nor> its roots.'),
    speakerRole: 'Minister of the Armed Forces',
  },
  claim: { path: '/claims/isis-defeated', summary: 'ISIS has been defeated in Syria', claimantName: 'Donald Trump' },
};

function documentOf(items: (FeedClaim | FeedCounterStatement)[]): FeedDocument {
  const paths = feedPaths('');
  return {
    title: 'Countercheck: new claims and counter-statements',
    description: 'New claims and counter-statements.',
    homePageUrl: `${SITE}/`,
    feedUrls: { rss: SITE + paths.rss, atom: SITE + paths.atom, json: SITE + paths.json },
    entries: buildFeedEntries(items, SITE),
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('buildFeedEntries', () => {
  test('makes claims and counter-statements into entries, newest first, with stable ids and absolute links', () => {
    const [first, second] = buildFeedEntries([claim, counterStatement], SITE);
    assert.equal(first?.id, `urn:uuid:${counterStatement.id}`);
    assert.equal(first?.url, `${SITE}/claims/isis-defeated#rebuttal-${counterStatement.id}`);
    assert.equal(first?.title, 'Florence Parly answers Donald Trump: ISIS has been defeated in Syria');
    assert.equal(first?.authorName, 'Florence Parly');
    assert.match(
      first?.summary ?? '',
      /^“The Islamic State has not been wiped off the map, <nor> its roots.” — Florence Parly, Minister of the Armed Forces, 19 December 2018\. A counter-statement that contradicts/,
    );
    assert.equal(second?.id, `urn:uuid:${claim.id}`);
    assert.equal(second?.url, `${SITE}/claims/isis-defeated`);
    assert.match(
      second?.contentHtml ?? '',
      /^<blockquote lang="en"><p>We have defeated ISIS in Syria.<\/p><\/blockquote><p>— Donald Trump, President of the United States, 19 December 2018<\/p><p>Our verdict: <strong>False<\/strong>/,
    );
  });

  test('a claim said again says how often, over what span, before its verdict', () => {
    const [entry] = buildFeedEntries([{ ...claim, saidTimes: 'said 2 times, December 2018 to 6 February 2019' }], SITE);
    assert.match(
      entry?.summary ?? '',
      /19 December 2018\. Said 2 times, December 2018 to 6 February 2019\. Our verdict: False\.$/,
    );
    assert.match(entry?.contentHtml ?? '', /<p>Said 2 times, December 2018 to 6 February 2019\.<\/p><p>Our verdict/);
  });

  test('escapes quotes in the HTML content', () => {
    const [entry] = buildFeedEntries([counterStatement], SITE);
    assert.match(entry?.contentHtml ?? '', /&lt;nor&gt;/);
  });

  test(`keeps the newest ${FEED_LENGTH}`, () => {
    const many = Array.from({ length: FEED_LENGTH + 5 }, (_, index) => ({
      ...claim,
      id: `id-${index}`,
      publishedAt: new Date(Date.UTC(2026, 0, 1, 0, index)),
    }));
    const entries = buildFeedEntries(many, SITE);
    assert.equal(entries.length, FEED_LENGTH);
    assert.equal(entries[0]?.id, `urn:uuid:id-${FEED_LENGTH + 4}`);
  });
});

describe('renderFeed', () => {
  test('RSS 2.0: channel title, link and description; items with a guid, pubDate, link and the speaker', () => {
    const rss = parser.parse(renderFeed(documentOf([claim, counterStatement]), 'rss')).rss;
    assert.equal(rss['@version'], '2.0');
    assert.equal(rss.channel.title, 'Countercheck: new claims and counter-statements');
    assert.equal(rss.channel.link, `${SITE}/`);
    assert.equal(rss.channel.description, 'New claims and counter-statements.');
    assert.equal(rss.channel['atom:link']['@href'], `${SITE}/feed.xml`);
    const [item] = rss.channel.item;
    assert.equal(item.guid['#text'], `urn:uuid:${counterStatement.id}`);
    assert.equal(item.guid['@isPermaLink'], 'false');
    assert.equal(item.pubDate, 'Sat, 03 Jan 2026 10:00:00 GMT');
    assert.equal(item['dc:creator'], 'Florence Parly');
    assert.equal(item.author, undefined, 'RSS <author> must be an e-mail address: none is given');
    assert.match(
      item.description,
      /wiped off the map, &lt;nor&gt; its roots/,
      'the description is HTML: text in it is escaped',
    );
  });

  test('Atom 1.0: feed id, title and updated; entries with id, title, updated, link and author', () => {
    const feed = parser.parse(renderFeed(documentOf([claim, counterStatement]), 'atom')).feed;
    assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
    assert.equal(feed.id, `${SITE}/feed.atom`);
    assert.equal(feed.title, 'Countercheck: new claims and counter-statements');
    assert.equal(feed.updated, '2026-01-03T10:00:00.000Z');
    const entry = feed.entry[1];
    assert.equal(entry.id, `urn:uuid:${claim.id}`);
    assert.equal(entry.title['#text'] ?? entry.title, 'Donald Trump: ISIS has been defeated in Syria');
    assert.equal(entry.updated, '2026-01-02T10:00:00.000Z');
    assert.equal(entry.link['@href'], `${SITE}/claims/isis-defeated`);
    assert.equal(entry.author.name, 'Donald Trump');
    assert.match(feed.entry[0].summary['#text'], /&lt;nor&gt;/, 'type="html": text in it is escaped');
  });

  test('JSON Feed 1.1: version URL, title, feed_url and items with id, url, date and authors', () => {
    const feed = JSON.parse(renderFeed(documentOf([claim]), 'json'));
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, 'Countercheck: new claims and counter-statements');
    assert.equal(feed.feed_url, `${SITE}/feed.json`);
    assert.deepEqual(feed.items[0], {
      id: `urn:uuid:${claim.id}`,
      url: `${SITE}/claims/isis-defeated`,
      title: 'Donald Trump: ISIS has been defeated in Syria',
      summary:
        '“We have defeated ISIS in Syria.” — Donald Trump, President of the United States, 19 December 2018. Our verdict: False.',
      content_html: buildFeedEntries([claim], SITE)[0]?.contentHtml,
      date_published: '2026-01-02T10:00:00.000Z',
      authors: [{ name: 'Donald Trump' }],
    });
  });

  test('an empty feed is still valid in every format', () => {
    assert.equal(parser.parse(renderFeed(documentOf([]), 'atom')).feed.updated, '1970-01-01T00:00:00.000Z');
    assert.deepEqual(JSON.parse(renderFeed(documentOf([]), 'json')).items, []);
    assert.equal(
      parser.parse(renderFeed(documentOf([]), 'rss')).rss.channel.title,
      'Countercheck: new claims and counter-statements',
    );
  });
});
