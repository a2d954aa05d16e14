import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toDisplayText } from './visual-order';

/** Each run as "direction: word word", a word's pieces joined by "|". */
const runs = (text: string) =>
  toDisplayText(text).runs.map(
    (run) => `${run.direction}: ${run.words.map((word) => word.pieces.join('|')).join(' ')}`,
  );

test('left-to-right text is one run of words, one piece each', () => {
  assert.deepEqual(toDisplayText('Recep Tayyip Erdoğan'), {
    direction: 'ltr',
    runs: [{ direction: 'ltr', words: [{ pieces: ['Recep'] }, { pieces: ['Tayyip'] }, { pieces: ['Erdoğan'] }] }],
  });
});

test('an Arabic-script paragraph is right to left, its words in reading order', () => {
  const display = toDisplayText('مظلوم عبدی');
  assert.equal(display.direction, 'rtl');
  assert.deepEqual(runs('مظلوم عبدی'), ['rtl: مظلوم عبدی']);
});

test('a Latin phrase inside Arabic text is a left-to-right run of its own', () => {
  assert.deepEqual(runs('قال Donald Trump اليوم'), ['rtl: قال', 'ltr: Donald Trump', 'rtl: اليوم']);
});

test('an Arabic name inside English text is a right-to-left run of its own', () => {
  const display = toDisplayText('Said by مظلوم عبدی in Qamişlo');
  assert.equal(display.direction, 'ltr');
  assert.deepEqual(runs('Said by مظلوم عبدی in Qamişlo'), ['ltr: Said by', 'rtl: مظلوم عبدی', 'ltr: in Qamişlo']);
});

test('a number between Arabic words stays in their run; at a boundary it takes the paragraph direction', () => {
  assert.deepEqual(runs('في 2019 قال'), ['rtl: في 2019 قال']);
  assert.deepEqual(runs('In 2019 مظلوم'), ['ltr: In 2019', 'rtl: مظلوم']);
});

test('Kurdish ە is drawn as a final heh that ends its piece, and the pieces of a word are put right to left', () => {
  // "ئەحمەد": pieces "ئه", "حمه", "د" (ە never joins the letter after it), in display order.
  assert.deepEqual(runs('ئەحمەد'), ['rtl: د|حمه|ئه']);
  assert.deepEqual(runs('ڕێکەوتن'), ['rtl: وتن|ڕێکه']);
});

test('punctuation after an Arabic word is placed on its left, where right-to-left text ends', () => {
  assert.deepEqual(runs('عبدی.'), ['rtl: .|عبدی']);
});

test('text with no letters at all is left to right', () => {
  assert.deepEqual(runs('2019 – 2020'), ['ltr: 2019 – 2020']);
});
