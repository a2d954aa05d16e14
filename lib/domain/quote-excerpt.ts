import type { QuoteSpan } from './quote-match';

// The few words around a located quote, to show an editor where in a long source it was found.

export type QuoteExcerpt = {
  before: string;
  match: string;
  after: string;
  /** whether text was cut at either end */ cutBefore: boolean;
  cutAfter: boolean;
};

/** `radius` characters either side of `span` in `text`, widened to whole words. */
export function quoteExcerpt(text: string, span: QuoteSpan, radius = 80): QuoteExcerpt {
  let from = Math.max(0, span.start - radius);
  let to = Math.min(text.length, span.end + radius);
  // Widen to the nearest white space so no word is cut in half.
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  return {
    before: text.slice(from, span.start).trimStart(),
    match: text.slice(span.start, span.end),
    after: text.slice(span.end, to).trimEnd(),
    cutBefore: from > 0,
    cutAfter: to < text.length,
  };
}
