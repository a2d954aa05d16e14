import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readOnlyRoute } from './api/json-response';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  RateLimitedError,
  ServiceUnavailableError,
  StaleError,
  UnauthenticatedError,
  type AppError,
} from './errors';
import { errorHeaders, HTTP_STATUS } from './http-errors';
import { RateLimitedError as WriteLimitedError } from './rate-limit/rate-limited-error';

const refusals: [AppError, number][] = [
  [new UnauthenticatedError(), 401],
  [new ForbiddenError(), 403],
  [new NotFoundError('No such claim.'), 404],
  [new ConflictError('Taken.'), 409],
  [new StaleError('Changed meanwhile.', {}, 3, []), 409],
  [new InvalidError('note', 'Write a note.'), 422],
  [new RateLimitedError('Too many.', new Date()), 429],
  [new ServiceUnavailableError(), 503],
];

test('every refusal the DAL throws has its HTTP status', () => {
  for (const [error, status] of refusals) assert.equal(HTTP_STATUS[error.code], status, error.name);
});

test('a route handler answers a refusal with its status and message, as JSON', async () => {
  for (const [error, status] of refusals) {
    const { GET } = readOnlyRoute(async () => {
      throw error;
    });
    const response = await GET(new Request('http://localhost/api/v1/x'), { params: Promise.resolve({}) });
    assert.equal(response.status, status);
    assert.deepEqual(await response.json(), { error: { status, message: error.message } });
  }
});

test('a refusal that ends by itself says when to try again, in whole seconds', () => {
  const now = Date.parse('2026-12-06T12:00:00Z');
  assert.deepEqual(errorHeaders(new ServiceUnavailableError(7), now), { 'Retry-After': '7' });
  assert.deepEqual(errorHeaders(new WriteLimitedError(42), now), { 'Retry-After': '42' });
  assert.deepEqual(errorHeaders(new RateLimitedError('Too many.', new Date(now + 90_500)), now), {
    'Retry-After': '91',
  });
  assert.deepEqual(errorHeaders(new ConflictError('Taken.'), now), {});
});

test('the API answers a database outage with a 503 that says so, Retry-After, and no caching', async () => {
  const { GET } = readOnlyRoute(async () => {
    throw new ServiceUnavailableError(10);
  });
  const response = await GET(new Request('http://localhost/api/v1/x'), { params: Promise.resolve({}) });
  assert.equal(response.status, 503);
  assert.equal(response.headers.get('retry-after'), '10');
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.deepEqual(await response.json(), {
    error: { status: 503, message: 'The database is unavailable. Try again in 10 seconds.' },
  });
});
