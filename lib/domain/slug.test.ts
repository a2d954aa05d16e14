import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimSlug, firstFreeSlug, SLUG_PATTERN, slugify } from './slug';

test('joins lower-cased words with single hyphens', () => {
  assert.equal(slugify('We have defeated ISIS in Syria!'), 'we-have-defeated-isis-in-syria');
  assert.equal(slugify('  100% of the   caliphate  '), '100-of-the-caliphate');
});

test('folds accents and Turkish letters to ASCII', () => {
  assert.equal(slugify('Recep Tayyip Erdoğan'), 'recep-tayyip-erdogan');
  assert.equal(slugify('François Hollande'), 'francois-hollande');
  assert.equal(slugify('Işıl Çelik'), 'isil-celik');
});

test('cuts long text at a word boundary within 80 characters', () => {
  const slug = slugify('word '.repeat(40));
  assert.ok(slug.length <= 80);
  assert.ok(!slug.endsWith('-'));
  assert.match(slug, SLUG_PATTERN);
});

test('cuts a single over-long word rather than returning nothing', () => {
  assert.equal(slugify('a'.repeat(100)).length, 80);
});

test('returns an empty string when there is nothing to keep', () => {
  assert.equal(slugify('!!! ... ???'), '');
  assert.equal(slugify('دمشق'), '');
});

test("a claim's slug names the speaker, then the summary", () => {
  assert.equal(
    claimSlug('Donald Trump', 'We have defeated ISIS in Syria'),
    'donald-trump-we-have-defeated-isis-in-syria',
  );
  assert.equal(claimSlug('Recep Tayyip Erdoğan', '“Solidarity” matters'), 'recep-tayyip-erdogan-solidarity-matters');
  assert.equal(claimSlug('دمشق', '؟'), 'claim');
  assert.match(claimSlug('word '.repeat(30), 'x'.repeat(75)), SLUG_PATTERN);
});

test('a taken slug gets the first free number', () => {
  assert.equal(firstFreeSlug('a-b', new Set()), 'a-b');
  assert.equal(firstFreeSlug('a-b', new Set(['a-b', 'a-b-c'])), 'a-b-2');
  assert.equal(firstFreeSlug('a-b', new Set(['a-b', 'a-b-2', 'a-b-3'])), 'a-b-4');
  assert.equal(firstFreeSlug('a-b', new Set(['a-b-2'])), 'a-b');
});
