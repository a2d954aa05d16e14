import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from './extract';

// A made-up report of Thursday 14 March 2024, in the style of a wire story.
const ARTICLE = [
  'Flood talks stall as donors hesitate',
  'On Tuesday, Interior Minister Ana Ruiz said the dams had held "better than anyone feared" during the storm.',
  '"We were lucky this time," said Ruiz, who toured the valley by helicopter. "The next storm may not spare us."',
  'Tomas Berg, a spokesman for the regional council, said on Wednesday that "the money has not arrived" and that repairs would have to wait.',
  '"Every week without funds is a week of risk," he added.',
  '"People cannot keep sleeping in school halls while the forms go back and forth between ministries."',
  'A senior aid official told reporters on March 2 that donors were "waiting for a plan."',
  'Related: Donors meet in Geneva',
].join('\n');

const found = extractQuotes(ARTICLE, '2024-03-14');
const byText = (start: string) => found.find(({ text }) => text.startsWith(start));

test('each quote comes with who said it, as the report attributes it', () => {
  assert.deepEqual(
    found.map(({ text, speaker }) => [text, speaker?.name ?? speaker?.role]),
    [
      ['better than anyone feared', 'Ana Ruiz'],
      ['We were lucky this time', 'Ana Ruiz'],
      ['The next storm may not spare us.', 'Ana Ruiz'],
      ['the money has not arrived', 'Tomas Berg'],
      ['Every week without funds is a week of risk', 'Tomas Berg'],
      [
        'People cannot keep sleeping in school halls while the forms go back and forth between ministries.',
        'Tomas Berg',
      ],
      ['waiting for a plan.', 'A senior aid official'],
    ],
  );
  assert.deepEqual(byText('better')?.speaker, { name: 'Ana Ruiz', role: 'Interior Minister' });
  assert.equal(byText('the money')?.speaker?.role, 'a spokesman for the regional council');
});

test('each quote is dated by its sentence, the quote it continues, or the date the report gave last', () => {
  assert.deepEqual(
    found.map(({ saidOn }) => saidOn?.isoDate ?? null),
    ['2024-03-12', '2024-03-12', '2024-03-12', '2024-03-13', '2024-03-13', '2024-03-13', '2024-03-02'],
  );
});

test('the spans are the article verbatim, in its order', () => {
  let previousEnd = 0;
  for (const quote of found) {
    assert.equal(ARTICLE.slice(quote.start, quote.end), quote.text);
    assert.ok(quote.start >= previousEnd);
    previousEnd = quote.end;
  }
});
