import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlightMatches } from './highlight';

const marked = (text: string, query?: string) =>
  highlightMatches(text, query)
    .filter((part) => part.match)
    .map((part) => part.text);

test('marks whole words that start like a search term, whatever their case', () => {
  assert.deepEqual(marked('We have defeated ISIS in Syria', 'defeat isis'), ['defeated', 'ISIS']);
});

test('finds words the search found through stemming or a typo', () => {
  assert.deepEqual(marked('100% of the caliphate', 'caliphat'), ['caliphate']);
  assert.deepEqual(marked('Florence Parly said', 'Parley'), ['Parly']);
  assert.deepEqual(marked('Our ferries cross', 'ferry'), ['ferries']);
});

test('does not mark the middle of a word, or terms under three letters', () => {
  assert.deepEqual(marked('Mission unaccomplished', 'accomplished'), []);
  assert.deepEqual(marked('in IS territory', 'in IS'), []);
});

test('keeps every character of the text, in order', () => {
  const text = 'The battle is very fierce. Those remaining inside';
  assert.equal(
    highlightMatches(text, 'fierce remain')
      .map((part) => part.text)
      .join(''),
    text,
  );
});

test('treats regular-expression characters in the query as plain text', () => {
  assert.deepEqual(marked('a (b) c', '(.*)'), []);
  assert.doesNotThrow(() => highlightMatches('text', '[[[***'));
});

test('without a query, nothing is marked', () => {
  assert.deepEqual(highlightMatches('text', undefined), [{ text: 'text', match: false }]);
  assert.deepEqual(highlightMatches('', 'x'), []);
});
