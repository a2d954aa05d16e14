import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formStateFromError } from '../actions/form-state';
import { RateLimitedError } from './rate-limited-error';

test('a write over the account limit reaches the form as a message with when to retry, keeping what was typed', () => {
  const values = { name: 'What I typed' };
  assert.deepEqual(formStateFromError(new RateLimitedError(30), values), {
    message: 'Too many requests. Try again in 30 seconds.',
    values,
  });
  assert.equal(new RateLimitedError(1).code, 'rate_limited');
});
