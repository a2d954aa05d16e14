import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tooManyRequestsResponse } from './too-many-requests';

test('the API is told in its JSON error shape, with Retry-After and no caching', async () => {
  const response = tooManyRequestsResponse('/api/v1/claims', 42);
  assert.equal(response.status, 429);
  assert.equal(response.headers.get('retry-after'), '42');
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.deepEqual(await response.json(), {
    error: { status: 429, message: 'Too many requests. Try again in 42 seconds.' },
  });
});

test('pages, feeds, downloads and images are told in plain text', async () => {
  const response = tooManyRequestsResponse('/data/countercheck.jsonl', 1);
  assert.equal(response.status, 429);
  assert.equal(response.headers.get('retry-after'), '1');
  assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.equal(await response.text(), 'Too many requests. Try again in 1 second.');
});
