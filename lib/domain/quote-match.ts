// Verbatim quote verification. A quote counts as found in a source's archived text when it appears
// there after folding only two things that copying text routinely changes: runs of whitespace, and
// curly versus straight quotation marks. Anything else (a changed word, a dropped comma) is a miss.

export type QuoteSpan = { start: number; end: number };

const CURLY_TO_STRAIGHT: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
};
const WHITESPACE = /\s/;

type Folded = { text: string; /** for each folded character, its offset in the original */ offsets: number[] };

function fold(original: string): Folded {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!;
    if (WHITESPACE.test(char)) {
      if (text.endsWith(' ')) continue;
      text += ' ';
    } else {
      text += CURLY_TO_STRAIGHT[char] ?? char;
    }
    offsets.push(i);
  }
  return { text, offsets };
}

/**
 * Where `quote` stands in `source`, as offsets into `source` (end exclusive), or null when it is
 * not there verbatim. The first occurrence wins.
 */
export function locateQuote(source: string, quote: string): QuoteSpan | null {
  const needle = fold(quote.trim()).text;
  if (needle === '') return null;
  const haystack = fold(source);
  const at = haystack.text.indexOf(needle);
  if (at === -1) return null;
  const last = at + needle.length - 1;
  return { start: haystack.offsets[at]!, end: haystack.offsets[last]! + 1 };
}
