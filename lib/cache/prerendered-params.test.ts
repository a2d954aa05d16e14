import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idSegment, slugSegment } from '../validation/url-segments';
import { PLACEHOLDER_SEGMENT, prerenderedParams } from './prerendered-params';

test('the first few values are built ahead', () => {
  assert.deepEqual(prerenderedParams('slug', ['a', 'b']), [{ slug: 'a' }, { slug: 'b' }]);
  assert.equal(prerenderedParams('slug', ['a', 'b', 'c', 'd', 'e', 'f', 'g']).length, 5);
});

test('with nothing to build ahead, one placeholder that names no record', () => {
  assert.deepEqual(prerenderedParams('id'), [{ id: PLACEHOLDER_SEGMENT }]);
  // The params check refuses it, so the build renders the not-found page without a query.
  assert.equal(slugSegment.safeParse(PLACEHOLDER_SEGMENT).success, false);
  assert.equal(idSegment.safeParse(PLACEHOLDER_SEGMENT).success, false);
});
