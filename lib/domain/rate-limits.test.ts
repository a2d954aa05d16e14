import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DEFAULT_RATE_LIMITS,
  parseRateLimits,
  readRateLimitFamily,
  retryAfterSeconds,
  tooManyRequestsMessage,
} from './rate-limits';

const family = (path: string, method = 'GET') => {
  const url = new URL(path, 'https://countercheck.test');
  return readRateLimitFamily(method, url.pathname, url.searchParams);
};

test('search is counted where a query is run: the claim index and the API with q, not without', () => {
  assert.equal(family('/claims?q=budget'), 'search');
  assert.equal(family('/api/v1/claims?q=budget&sort=newest'), 'search');
  assert.equal(family('/claims'), null);
  assert.equal(family('/claims?q=%20%20'), null, 'a blank query runs no search');
  assert.equal(family('/api/v1/claims'), 'api');
});

test('the API, feeds, export downloads and share images each count against their own limit', () => {
  assert.equal(family('/api/v1/people/jane-doe'), 'api');
  assert.equal(family('/api/v1/openapi.json'), 'api');
  for (const feed of ['/feed.xml', '/feed.json', '/feed.atom', '/people/jane/feed.xml', '/topics/tax/feed.json']) {
    assert.equal(family(feed), 'feeds', feed);
  }
  assert.equal(family('/data/countercheck.jsonl'), 'exports');
  assert.equal(family('/data/countercheck-claims.csv'), 'exports');
  assert.equal(family('/claims/a-claim/share-image/abc123'), 'shareImages');
});

test('pages, unknown downloads and non-reads are not counted here', () => {
  assert.equal(family('/people/jane'), null);
  assert.equal(family('/people/jane/edit'), null);
  assert.equal(family('/claims/a-claim'), null);
  assert.equal(family('/data'), null);
  assert.equal(family('/data/secret.txt'), null, 'an unknown file is a cheap 404');
  assert.equal(family('/feed.xml.bak'), null);
  assert.equal(family('/people/a/b/feed.xml'), null);
  assert.equal(family('/api/v1/claims', 'HEAD'), 'api');
  assert.equal(family('/api/v1/claims', 'POST'), null, 'writes are counted per account, in the actions');
});

test('RATE_LIMITS overrides the families it names and keeps the defaults of the others', () => {
  assert.deepEqual(parseRateLimits(undefined), DEFAULT_RATE_LIMITS);
  assert.deepEqual(parseRateLimits(''), DEFAULT_RATE_LIMITS);
  const limits = parseRateLimits(' search=120/60, exports=2/30 ');
  assert.deepEqual(limits.search, { points: 120, durationSeconds: 60 });
  assert.deepEqual(limits.exports, { points: 2, durationSeconds: 30 });
  assert.deepEqual(limits.api, DEFAULT_RATE_LIMITS.api);
});

test('a malformed RATE_LIMITS entry is refused with the entry named', () => {
  for (const bad of ['search=0/60', 'search=10/0', 'serch=10/60', 'search=10', 'search=-1/60', 'search=1.5/60']) {
    assert.throws(
      () => parseRateLimits(bad),
      (error: Error) => error.message.includes(`"${bad}"`),
      bad,
    );
  }
});

test('Retry-After is whole seconds, rounded up, at least one', () => {
  assert.equal(retryAfterSeconds(0), 1);
  assert.equal(retryAfterSeconds(1), 1);
  assert.equal(retryAfterSeconds(1000), 1);
  assert.equal(retryAfterSeconds(1001), 2);
  assert.equal(retryAfterSeconds(59_400), 60);
  assert.equal(tooManyRequestsMessage(1), 'Too many requests. Try again in 1 second.');
  assert.equal(tooManyRequestsMessage(42), 'Too many requests. Try again in 42 seconds.');
});
