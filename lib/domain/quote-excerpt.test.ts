import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteExcerpt } from './quote-excerpt';
import { locateQuote } from './quote-match';

test('shows the quote with whole words around it, marking cuts', () => {
  const text = 'One two three four five six seven eight nine ten.';
  const span = locateQuote(text, 'five six')!;
  const excerpt = quoteExcerpt(text, span, 6);
  assert.equal(excerpt.match, 'five six');
  // 6 characters before "five" fall inside "three four ": widened to the whole word "three".
  assert.equal(excerpt.before, 'three four ');
  assert.equal(excerpt.after, ' seven');
  assert.equal(excerpt.cutBefore, true);
  assert.equal(excerpt.cutAfter, true);
});

test('a quote at the edges of a short text is not marked as cut', () => {
  const text = 'Short text.';
  const excerpt = quoteExcerpt(text, { start: 0, end: text.length });
  assert.deepEqual(excerpt, { before: '', match: 'Short text.', after: '', cutBefore: false, cutAfter: false });
});

test('the match is the source text as written, curly quotes and line breaks included', () => {
  const text = 'He said: \u201cWe  will\nwin.\u201d Then left.';
  const span = locateQuote(text, '"We will win."')!;
  assert.equal(quoteExcerpt(text, span).match, '\u201cWe  will\nwin.\u201d');
});
