import assert from 'node:assert/strict';
import { test } from 'node:test';
import { etagOf, ifNoneMatchHits, jsonResponse } from './json-response';

test('the ETag is a strong hash of the exact body', () => {
  assert.match(etagOf('{"a":1}'), /^"[\w-]{43}"$/);
  assert.equal(etagOf('{"a":1}'), etagOf('{"a":1}'));
  assert.notEqual(etagOf('{"a":1}'), etagOf('{"a":2}'));
});

test('If-None-Match matches a listed tag, a weak form of it, or *', () => {
  const etag = etagOf('body');
  assert.equal(ifNoneMatchHits(null, etag), false);
  assert.equal(ifNoneMatchHits('"other"', etag), false);
  assert.equal(ifNoneMatchHits(`"other", ${etag}`, etag), true);
  assert.equal(ifNoneMatchHits(`W/${etag}`, etag), true);
  assert.equal(ifNoneMatchHits(' * ', etag), true);
});

test('a JSON response is 304 with no body when the client has it', async () => {
  const first = jsonResponse(new Request('http://x/'), { a: 1 });
  assert.equal(first.status, 200);
  assert.deepEqual(await first.json(), { a: 1 });
  const again = jsonResponse(new Request('http://x/', { headers: { 'If-None-Match': first.headers.get('etag')! } }), {
    a: 1,
  });
  assert.equal(again.status, 304);
  assert.equal(again.body, null);
});
