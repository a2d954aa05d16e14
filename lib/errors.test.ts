import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError, FieldError, InvalidError, ServiceUnavailableError, StaleError } from './errors';
import { RateLimitedError as WriteLimitedError } from './rate-limit/rate-limited-error';

test("an error thrown by another copy of the module (another bundle's) is known by its kind", async () => {
  // A second instance of the module, as a second server bundle loads it.
  const copy = (await import(`./errors.ts?copy=${Date.now()}`)) as typeof import('./errors');
  assert.notEqual(copy.AppError, AppError, 'a separate copy');
  const outage = new copy.ServiceUnavailableError();
  assert.ok(outage instanceof ServiceUnavailableError);
  assert.ok(outage instanceof AppError);
  assert.ok(!(outage instanceof StaleError));
  assert.ok(!(outage instanceof WriteLimitedError));
});

test('kinds follow the classes: an InvalidError is a FieldError, not the reverse; nothing else is an AppError', () => {
  assert.ok(new InvalidError('name', 'Say why.') instanceof FieldError);
  assert.ok(!(new FieldError('name', 'conflict', 'Taken.') instanceof InvalidError));
  assert.ok(!(new Error('plain') instanceof AppError));
  assert.ok(!((null as unknown) instanceof AppError));
  assert.ok(!(Object.assign(new Error('look-alike'), { code: 'unavailable' }) instanceof AppError));
});
