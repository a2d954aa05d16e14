import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuoteSpans } from './quote-spans';

const texts = (article: string) => findQuoteSpans(article).map(({ text }) => text);

test('straight and curly double quotes of running text, verbatim, with their positions', () => {
  const article =
    'The mayor said: "We will rebuild the bridge by spring." Her deputy called it “a promise we can keep,” adding that funds were ready.';
  const spans = findQuoteSpans(article);
  assert.deepEqual(
    spans.map(({ text }) => text),
    ['We will rebuild the bridge by spring.', 'a promise we can keep'],
  );
  for (const span of spans) assert.equal(article.slice(span.start, span.end), span.text);
});

test('a quote split by its attribution gives both parts; a paragraph that continues a quote gives it too', () => {
  const article = [
    '"The harvest failed," the farmer said, "and the river took the rest of what we had."',
    '"We are asking for seed, not for money, so that we can plant again next year."',
  ].join('\n');
  assert.deepEqual(texts(article), [
    'The harvest failed',
    'and the river took the rest of what we had.',
    'We are asking for seed, not for money, so that we can plant again next year.',
  ]);
});

test('page furniture gives nothing: headlines, tickers, captions and single-quoted headline quotes', () => {
  const article = [
    'Breaking News',
    'Minister: "No talks" with rebels',
    'PM calls critics "naysayers" in row over budget',
    "Governor: 'We will not back down' on taxes",
    '09:46 12.05.2023',
    'The governor said the state would "not back down" on the tax plan this year.',
  ].join('\n');
  assert.deepEqual(texts(article), ['not back down']);
});

test('a term held at a distance is no quote: a single word, or a word or two after "a", "the", "its" or "so-called"', () => {
  const article =
    'Rebels left the so-called "safe zone" and the "caliphate" they had declared, while officials said talks could "resume" and "go on for weeks."';
  assert.deepEqual(texts(article), ['resume', 'go on for weeks.']);
});
