import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reviewDecisionSchema } from './review';

const id = '0195f3c2-0000-7000-8000-000000000000';

test('a rejection needs a note, an approval does not', () => {
  assert.ok(reviewDecisionSchema.safeParse({ decision: 'approve', kind: 'counterStatement', id }).success);
  assert.ok(reviewDecisionSchema.safeParse({ decision: 'approve', kind: 'claim', id }).success);
  assert.equal(reviewDecisionSchema.safeParse({ decision: 'reject', kind: 'claim', id, note: ' ' }).success, false);
  assert.equal(reviewDecisionSchema.safeParse({ decision: 'publish', kind: 'claim', id }).success, false);
});

test('a decision names a kind of submission and its id', () => {
  assert.equal(reviewDecisionSchema.safeParse({ decision: 'approve', kind: 'person', id }).success, false);
  assert.equal(reviewDecisionSchema.safeParse({ decision: 'approve', kind: 'claim', id: 'x' }).success, false);
});
