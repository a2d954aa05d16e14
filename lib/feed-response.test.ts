import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { db, disconnectDb } from './db';
import { env } from './env';
import { feedResponse } from './feed-response';
import { consumeRateLimit } from './rate-limit/limiters';
import { absoluteUrl } from './site-url';
import { makeClaim, makeOrganization, makePerson, makeCounterStatement } from './testing/factories';

/** A reader's request: feedResponse counts it against the feeds' limit first. */
const aReader = () => new Request('https://countercheck.test/feed.xml');

after(() => disconnectDb());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

async function topicWith(claim: { id: string }) {
  const suffix = claim.id.slice(-8);
  const topic = await db.topic.create({ data: { slug: `topic-${suffix}`, name: `Topic ${suffix}` } });
  await db.claimTopic.create({ data: { claimId: claim.id, topicId: topic.id } });
  return topic;
}

describe('feeds', () => {
  test("a person's RSS feed has its channel, and an item per published claim and counter-statement with guid and pubDate", async () => {
    const person = await makePerson({ name: 'Feed Person' });
    const claim = await makeClaim({ summary: 'A claim in a feed', statement: { person } });
    const answered = await makeClaim();
    const counterStatement = await makeCounterStatement(answered, { statement: { person } });
    await makeClaim({ status: 'DRAFT', statement: { person } });
    await makeCounterStatement(answered, { status: 'DRAFT', statement: { person } });

    const response = await feedResponse(aReader(), { kind: 'person', slug: person.slug }, 'rss');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=\d+/);
    const { channel } = parser.parse(await response.text()).rss;
    assert.equal(channel.title, 'Feed Person on Countercheck');
    assert.equal(channel.link, absoluteUrl(`/people/${person.slug}`));
    assert.match(channel.description, /Feed Person/);
    const items = asArray(channel.item);
    assert.deepEqual(
      items.map((item: { guid: { '#text': string } }) => item.guid['#text']).sort(),
      [`urn:uuid:${claim.id}`, `urn:uuid:${counterStatement.id}`].sort(),
      'drafts stay out',
    );
    for (const item of items) {
      assert.ok(!Number.isNaN(Date.parse(item.pubDate)), 'pubDate is an RFC 822 date');
      assert.equal(item['dc:creator'], 'Feed Person');
      assert.ok(item.link.startsWith(absoluteUrl('/claims/')));
    }
  });

  test("an organization's Atom feed has feed id, title and updated, and entries with id, title, updated and link", async () => {
    const organization = await makeOrganization({ name: 'Feed Ministry' });
    const claim = await makeClaim();
    const counterStatement = await makeCounterStatement(claim, { statement: { organization } });

    const response = await feedResponse(aReader(), { kind: 'organization', slug: organization.slug }, 'atom');
    assert.equal(response.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    const { feed } = parser.parse(await response.text());
    assert.equal(feed.id, absoluteUrl(`/organizations/${organization.slug}/feed.atom`));
    assert.equal(feed.title, 'Feed Ministry on Countercheck');
    assert.ok(!Number.isNaN(Date.parse(feed.updated)));
    const [entry] = asArray(feed.entry);
    assert.equal(entry.id, `urn:uuid:${counterStatement.id}`);
    assert.match(entry.title['#text'], /answers/);
    assert.ok(!Number.isNaN(Date.parse(entry.updated)));
    assert.equal(entry.link['@href'], absoluteUrl(`/claims/${claim.slug}#rebuttal-${counterStatement.id}`));
  });

  test("a topic's JSON Feed has the 1.1 version URL, a title and items with ids", async () => {
    const claim = await makeClaim({ summary: 'A topical claim' });
    const topic = await topicWith(claim);
    const counterStatement = await makeCounterStatement(claim);

    const response = await feedResponse(aReader(), { kind: 'topic', slug: topic.slug }, 'json');
    assert.equal(response.headers.get('content-type'), 'application/feed+json; charset=utf-8');
    const feed = await response.json();
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, `${topic.name} on Countercheck`);
    assert.equal(feed.feed_url, absoluteUrl(`/topics/${topic.slug}/feed.json`));
    assert.deepEqual(
      feed.items.map((item: { id: string }) => item.id).sort(),
      [`urn:uuid:${claim.id}`, `urn:uuid:${counterStatement.id}`].sort(),
    );
  });

  test('the site-wide feed carries the newest claims', async () => {
    const claim = await makeClaim({ summary: 'The newest claim of all' });
    const feed = await (await feedResponse(aReader(), { kind: 'site' }, 'json')).json();
    assert.equal(feed.home_page_url, absoluteUrl('/'));
    assert.equal(feed.items[0].id, `urn:uuid:${claim.id}`);
  });

  test('a feed of an unknown person, organization or topic is 404', async () => {
    for (const kind of ['person', 'organization', 'topic'] as const) {
      assert.equal((await feedResponse(aReader(), { kind, slug: 'no-such-slug' }, 'rss')).status, 404, kind);
    }
  });

  test("a reader over the feeds' limit is refused with 429 in plain text", async () => {
    const address = '2001:db8:fee::1';
    for (let i = 0; i < env.RATE_LIMITS.feeds.points; i++) await consumeRateLimit('feeds', address);
    const request = new Request('https://countercheck.test/feed.xml', { headers: { 'x-forwarded-for': address } });
    const refused = await feedResponse(request, { kind: 'site' }, 'rss');
    assert.equal(refused.status, 429);
    assert.match(refused.headers.get('content-type') ?? '', /^text\/plain/);
    assert.equal((await feedResponse(aReader(), { kind: 'site' }, 'rss')).status, 200);
  });
});
