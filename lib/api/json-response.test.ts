import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteDatabaseUnavailable } from '../cache/database-outage';
import { env } from '../env';
import { consumeRateLimit } from '../rate-limit/limiters';
import {
  ApiProblem,
  etagOf,
  ifNoneMatchHits,
  jsonResponse,
  prepareAnswer,
  prepareJson,
  readOnlyRoute,
} from './json-response';

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
  const prepared = prepareJson({ a: 1 });
  const first = jsonResponse(new Request('http://x/'), prepared);
  assert.equal(first.status, 200);
  assert.deepEqual(await first.json(), { a: 1 });
  const again = jsonResponse(
    new Request('http://x/', { headers: { 'If-None-Match': first.headers.get('etag')! } }),
    prepared,
  );
  assert.equal(again.status, 304);
  assert.equal(again.body, null);
});

test('an answer prepared to be kept whole holds the exact body and its ETag, or the problem, or not found', async () => {
  assert.deepEqual(await prepareAnswer(async () => ({ a: 1 })), { body: '{"a":1}', etag: etagOf('{"a":1}') });
  assert.equal(await prepareAnswer(async () => null), null);
  const issues = [{ path: ['asOf'], message: 'not a day' }];
  assert.deepEqual(
    await prepareAnswer(async () => {
      throw new ApiProblem(400, 'Bad query parameter.', issues);
    }),
    { problem: { status: 400, message: 'Bad query parameter.', issues } },
  );
  // A failed read is thrown, so that no cache keeps it.
  await assert.rejects(
    prepareAnswer(async () => {
      throw new TypeError('the database went away');
    }),
    TypeError,
  );
});

test('a kept problem is answered as the API’s JSON error, not cached by clients', async () => {
  const { GET } = readOnlyRoute(async () => ({ problem: { status: 404, message: 'Not on record by then.' } }));
  const response = await GET(new Request('https://countercheck.test/api/v1/claims/x?asOf=2020-01-01'), {
    params: Promise.resolve({}),
  });
  assert.equal(response.status, 404);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.deepEqual(await response.json(), { error: { status: 404, message: 'Not on record by then.' } });
});

// As 'use cache' rethrows a failed read: without the error's class or message.
const opaqueRenderError = () => new Error('An error occurred in the Server Components render.');
const context = { params: Promise.resolve({}) };

test('a read that failed as the database went down is asked again, and answered from the cache’s last copy', async () => {
  let calls = 0;
  const { GET } = readOnlyRoute(async () => {
    calls++;
    if (calls === 1) {
      noteDatabaseUnavailable();
      throw opaqueRenderError();
    }
    return prepareJson({ served: 'the last copy' });
  });
  const response = await GET(new Request('https://countercheck.test/api/v1/claims'), context);
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { served: 'the last copy' });
  assert.equal(calls, 2);
});

test('a read with no copy to serve during an outage is a 503 with Retry-After, asked again once only', async () => {
  let calls = 0;
  const { GET } = readOnlyRoute(async () => {
    calls++;
    noteDatabaseUnavailable();
    throw opaqueRenderError();
  });
  const response = await GET(new Request('https://countercheck.test/api/v1/claims'), context);
  assert.equal(response.status, 503);
  assert.equal(response.headers.get('retry-after'), '10');
  assert.match((await response.json()).error.message, /The database is unavailable/);
  assert.equal(calls, 2);
});

test('any other failure, with the database up, is a 500 and is not asked again', async () => {
  noteDatabaseUnavailable(Date.now() - 60_000);
  let calls = 0;
  const { GET } = readOnlyRoute(async () => {
    calls++;
    throw new TypeError('a bug');
  });
  const errors = console.error;
  console.error = () => {};
  try {
    const response = await GET(new Request('https://countercheck.test/api/v1/claims'), context);
    assert.equal(response.status, 500);
  } finally {
    console.error = errors;
  }
  assert.equal(calls, 1);
});

test("a read from an address over the API's limit is refused with 429 before the resource is read", async () => {
  const address = '2001:db8:a11::1';
  for (let i = 0; i < env.RATE_LIMITS.api.points; i++) await consumeRateLimit('api', address);
  let read = false;
  const { GET, HEAD } = readOnlyRoute(async () => {
    read = true;
    return null;
  });
  const request = () =>
    new Request('https://countercheck.test/api/v1/topics', { headers: { 'x-forwarded-for': address } });
  const refused = await GET(request(), context);
  assert.equal(refused.status, 429);
  assert.ok(Number(refused.headers.get('retry-after')) > 0);
  assert.equal((await refused.json()).error.status, 429);
  assert.equal((await HEAD(request(), context)).status, 429);
  assert.equal(read, false);
});
