import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locateQuote } from './quote-match';

const source =
  'Intro.\n"Islamic State has been weakened   more than ever," Florence Parly said.\nShe added: \u201cBut it has not been wiped from the map.\u201d';

test('finds an exact quote and returns its offsets in the original text', () => {
  const span = locateQuote(source, 'Florence Parly said.');
  assert.deepEqual(span, { start: source.indexOf('Florence'), end: source.indexOf('said.') + 'said.'.length });
});

test('folds runs of whitespace, including line breaks', () => {
  const span = locateQuote(source, 'Islamic State has been weakened more than ever');
  assert.ok(span);
  assert.equal(source.slice(span.start, span.end), 'Islamic State has been weakened   more than ever');
  assert.ok(locateQuote(source, 'Parly said. She added'));
});

test('treats curly and straight quotation marks alike, both ways', () => {
  assert.ok(locateQuote(source, '"But it has not been wiped from the map."'));
  assert.ok(locateQuote('He said "no".', 'He said \u201cno\u201d.'));
  assert.ok(locateQuote('It\u2019s over', "It's over"));
});

test('ignores whitespace around the quote itself', () => {
  assert.ok(locateQuote(source, '  Florence Parly said.\n'));
});

test('misses a changed word, a dropped comma or a changed case', () => {
  assert.equal(locateQuote(source, 'Islamic State has been weakened more than before'), null);
  assert.equal(locateQuote(source, 'more than ever" Florence'), null);
  assert.equal(locateQuote(source, 'florence parly said.'), null);
});

test('rejects an empty or blank quote', () => {
  assert.equal(locateQuote(source, ''), null);
  assert.equal(locateQuote(source, '   \n'), null);
});
