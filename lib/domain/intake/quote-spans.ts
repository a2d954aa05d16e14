// The direct quotes of a news article: text in double quotation marks (straight or curly) within
// the article's running text. Page furniture (tickers, captions, lists of other headlines) is not
// running text: it does not end its lines as sentences do. Single quotation marks are left alone:
// English news style keeps them for headlines and quotes within quotes.

export type Paragraph = { text: string; start: number };
export type QuoteSpan = {
  /** The quoted words, verbatim, without the punctuation that closes the reporter's sentence. */
  text: string;
  start: number;
  end: number;
  /** Index in the article's paragraphs. */
  paragraph: number;
};

/** A line of running text: long enough, and ending as a sentence ends (a closing mark may follow). */
const RUNNING_TEXT = /^.{40,}[.!?]["”’)]*$/s;

/** The article's lines, with where each begins. */
export function paragraphsOf(article: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of article.matchAll(/[^\n]+/g)) {
    const text = match[0].trimEnd();
    const leading = text.length - text.trimStart().length;
    if (text.trim()) paragraphs.push({ text: text.trim(), start: match.index + leading });
  }
  return paragraphs;
}

export const isRunningText = (paragraph: Paragraph) => RUNNING_TEXT.test(paragraph.text);

// A quote of a word or two after one of these is a term the reporter holds at a distance (its once
// vast "caliphate", Ankara's so-called "security zone"), not words someone is reported to have said.
const TERM_MARKERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'so-called', 'dubbed']);

// A single quoted word is a term too, unless a verb form it completes comes before it (could "complicate").
const BEFORE_A_QUOTED_VERB = new Set(['to', 'could', 'would', 'will', 'can', 'may', 'might', 'must', 'should']);

function isTermInQuotes(text: string, before: string): boolean {
  const words = text.split(/\s+/).length;
  if (words > 2) return false;
  const previous = before.toLowerCase().split(/\s+/).filter(Boolean).slice(-2);
  if (words === 1 && !BEFORE_A_QUOTED_VERB.has(previous.at(-1) ?? '')) return true;
  return previous.some((word) => TERM_MARKERS.has(word.replace(/[’']s$/, '')) || /[’']s$/.test(word));
}

const OPENING = new Set(['"', '“']);
const CLOSING = new Set(['"', '”']);

/** The quoted passages of one paragraph, as offsets within it (inside the marks). */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (open < 0 && OPENING.has(character)) open = index + 1;
    else if (open >= 0 && CLOSING.has(character)) {
      ranges.push([open, index]);
      open = -1;
    }
  }
  return ranges;
}

/** Every direct quote of the article's running text, in the order of the text. */
export function findQuoteSpans(article: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  paragraphsOf(article).forEach((paragraph, index) => {
    if (!isRunningText(paragraph)) return;
    for (const [from, to] of quotedRanges(paragraph.text)) {
      const raw = paragraph.text.slice(from, to);
      const text = raw.trim().replace(/[\s,;:]+$/, '');
      if (!/\p{L}/u.test(text) || isTermInQuotes(text, paragraph.text.slice(0, from - 1))) continue;
      const start = paragraph.start + from + (raw.length - raw.trimStart().length);
      spans.push({ text, start, end: start + text.length, paragraph: index });
    }
  });
  return spans;
}
