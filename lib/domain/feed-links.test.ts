import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeFeed, feedAlternates } from './feed-links';

describe('feed discovery', () => {
  test('a page announces its three feeds under its own path', () => {
    assert.deepEqual(feedAlternates('/people/donald-trump', 'Donald Trump'), {
      'application/rss+xml': [{ url: '/people/donald-trump/feed.xml', title: 'Donald Trump (RSS)' }],
      'application/atom+xml': [{ url: '/people/donald-trump/feed.atom', title: 'Donald Trump (Atom)' }],
      'application/feed+json': [{ url: '/people/donald-trump/feed.json', title: 'Donald Trump (JSON Feed)' }],
    });
  });

  test('a feed is named after its subject, and the site-wide one after the site', () => {
    assert.equal(describeFeed('topic', 'Syria').title, 'Syria on Countercheck');
    assert.match(
      describeFeed('organization', 'UK Government').description,
      /UK Government, its members and its spokespeople/,
    );
    assert.equal(describeFeed('site', null).title, 'Countercheck: new claims and counter-statements');
  });
});
