import assert from 'node:assert/strict';
import { test } from 'node:test';
import { urlSpelling, urlSpellings } from './url-spelling';

test('spells enum values in lower case with hyphens', () => {
  assert.equal(urlSpelling('MOSTLY_FALSE'), 'mostly-false');
  assert.equal(urlSpelling('FALSE'), 'false');
  assert.deepEqual(urlSpellings({ A: 'NEWS_ARTICLE', B: 'TRANSCRIPT' }), ['news-article', 'transcript']);
});

test('refuses an enum with no values', () => {
  assert.throws(() => urlSpellings({}));
});
