import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasSignedInHint } from './signed-in-hint';

test('the hint is found among other cookies, and only with its value', () => {
  assert.equal(hasSignedInHint('theme=dark; signed_in=1; other=x'), true);
  assert.equal(hasSignedInHint('signed_in=1'), true);
  assert.equal(hasSignedInHint(''), false);
  assert.equal(hasSignedInHint('signed_in='), false);
  assert.equal(hasSignedInHint('not_signed_in=1'), false);
});
