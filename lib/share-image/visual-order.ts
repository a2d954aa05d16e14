// Right-to-left text for the share image. next/og's renderer (satori) shapes the letters of an
// Arabic run and draws that run right to left, but it places words, and the runs inside a word,
// left to right, so "مظلوم عبدی" comes out with its words swapped. This module works out the
// display order instead, a simplified Unicode bidi algorithm at the level of words: the image
// draws each word as its own box in a wrapping row (ltr) or reversed row (rtl), and a run of
// words in the other direction as a nested box of its own, so it never wraps in the wrong order.
// Satori still measures an Arabic word wider than it draws it, so Arabic words stand a little
// further apart than in a browser; the order and the letter forms are right.

export type Direction = 'ltr' | 'rtl';

export type DisplayWord = {
  /** Pieces to draw left to right; satori reverses each Arabic piece's letters itself. */
  pieces: string[];
};

export type DisplayRun = { direction: Direction; words: DisplayWord[] };

export type DisplayText = {
  /** The paragraph's direction: from its first letter, as browsers decide `dir="auto"`. */
  direction: Direction;
  /** Runs of words of one direction each, in reading order. */
  runs: DisplayRun[];
};
const RTL_LETTER = /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;
// The characters satori's Arabic shaper treats as one joining run (opentype.js's isArabicChar and
// its Arabic marks); any other character ends the run and is placed left to right.
const SHAPED_BY_RENDERER =
  /[\u0600-\u065F\u066A-\u06D2\u06FA-\u06FF\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]/u;
// Kurdish "ە" (AE) is outside that run, which would split and disjoin most Sorani words. It never
// joins the letter after it and looks like a final or isolated heh, so it is drawn as heh ("ه")
// at the end of its run: the letter before it then joins it as it should.
const KURDISH_AE = '\u06D5';
const HEH = '\u0647';

function directionOf(text: string): Direction | null {
  for (const character of text) {
    if (RTL_LETTER.test(character)) return 'rtl';
    if (LETTER.test(character)) return 'ltr';
  }
  return null;
}

/** Splits a right-to-left word into the pieces satori draws correctly, in display order. */
function rtlPieces(word: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let currentIsShaped = false;
  const flush = () => {
    if (current) pieces.push(current);
    current = '';
  };
  for (const character of word) {
    if (character === KURDISH_AE) {
      if (!currentIsShaped) flush();
      current += HEH;
      flush();
      currentIsShaped = false;
      continue;
    }
    const shaped = SHAPED_BY_RENDERER.test(character);
    if (shaped !== currentIsShaped) flush();
    current += character;
    currentIsShaped = shaped;
  }
  flush();
  return pieces.reverse();
}

export function toDisplayText(text: string): DisplayText {
  const paragraph = directionOf(text) ?? 'ltr';
  const words = text.split(' ').filter(Boolean);
  const strong = words.map(directionOf);
  // A word with no letters (a number, a dash) takes the direction of the words around it when
  // they agree, else the paragraph's.
  const resolved = strong.map((direction, index): Direction => {
    if (direction) return direction;
    const before = strong.slice(0, index).reverse().find(Boolean);
    const after = strong.slice(index + 1).find(Boolean);
    return before && before === after ? before : paragraph;
  });

  const runs: DisplayRun[] = [];
  words.forEach((word, index) => {
    const direction = resolved[index] ?? paragraph;
    const displayWord = { pieces: direction === 'rtl' ? rtlPieces(word) : [word] };
    const last = runs.at(-1);
    if (last?.direction === direction) last.words.push(displayWord);
    else runs.push({ direction, words: [displayWord] });
  });
  return { direction: paragraph, runs };
}
