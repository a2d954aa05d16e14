import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeLike, lookupPatterns, MAX_LOOKUP_WORDS } from './lookup-terms';

test('each distinct word becomes a contains pattern; the words as typed, one space apart, are the text', () => {
  assert.deepEqual(lookupPatterns('  Jam   smi JAM '), { words: ['%Jam%', '%smi%'], text: 'Jam smi JAM' });
});

test('an empty or blank query has nothing to look for', () => {
  assert.equal(lookupPatterns(''), null);
  assert.equal(lookupPatterns(' \t\n'), null);
});

test("LIKE's wildcards and escape character are taken literally", () => {
  assert.equal(escapeLike('100%_sure\\'), '100\\%\\_sure\\\\');
  assert.deepEqual(lookupPatterns('50%')?.words, ['%50\\%%']);
});

test('a long query is cut to its first words, and long words to a bounded length', () => {
  const patterns = lookupPatterns('one two three four five six seven');
  assert.equal(patterns?.words.length, MAX_LOOKUP_WORDS);
  assert.equal(patterns?.text, 'one two three four five');
  assert.ok(lookupPatterns('x'.repeat(500))!.words[0]!.length < 100);
});
