import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readOnlyRoute } from './api/json-response';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  RateLimitedError,
  StaleError,
  UnauthenticatedError,
  type AppError,
} from './errors';
import { HTTP_STATUS } from './http-errors';

const refusals: [AppError, number][] = [
  [new UnauthenticatedError(), 401],
  [new ForbiddenError(), 403],
  [new NotFoundError('No such claim.'), 404],
  [new ConflictError('Taken.'), 409],
  [new StaleError('Changed meanwhile.', {}, 3, []), 409],
  [new InvalidError('note', 'Write a note.'), 422],
  [new RateLimitedError('Too many.', new Date()), 429],
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
