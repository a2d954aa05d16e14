import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseWhiteSpace, truncateText } from './truncate';

test('text within the budget is returned whole, white space collapsed', () => {
  assert.equal(truncateText('  We have\n defeated   ISIS. ', 40), 'We have defeated ISIS.');
  assert.equal(collapseWhiteSpace('a\t\tb\r\nc'), 'a b c');
});

test('long text is cut at a word boundary with an ellipsis, within the budget', () => {
  const quote = 'We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.';
  const short = truncateText(quote, 40);
  assert.equal(short, 'We have defeated ISIS in Syria, my only…');
  assert.ok(Array.from(short).length <= 40);
});

test('punctuation before the cut is dropped so the ellipsis does not follow a comma', () => {
  assert.equal(truncateText('We have defeated ISIS in Syria, my only reason', 32), 'We have defeated ISIS in Syria…');
});

test('one very long word is cut inside the word rather than leaving almost nothing', () => {
  assert.equal(truncateText('Ok Donaudampfschifffahrtsgesellschaftskapitän', 20), 'Ok Donaudampfschiff…');
});

test('accented letters, combining marks, Arabic and emoji are never split', () => {
  // "é" written as e + a combining acute accent is one character to a reader.
  const decomposed = 'Parle\u0301 '.repeat(10);
  const cut = truncateText(decomposed, 13);
  assert.ok(!cut.endsWith('e…'), 'the accent stays with its letter');
  assert.equal(truncateText('👍🏽👍🏽👍🏽👍🏽', 3), '👍🏽👍🏽…');
  assert.equal(truncateText('ئیلهام ئەحمەد دەڵێت', 14), 'ئیلهام ئەحمەد…');
});

test('a budget below one character is a programming error', () => {
  assert.throws(() => truncateText('x', 0), RangeError);
});
