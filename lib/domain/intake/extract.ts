import { attributeQuote, fullName, fullNamesIn, speakerOfPhrase, type Speaker } from './attribution';
import { findQuoteSpans, paragraphsOf, quotedRanges, type Paragraph, type QuoteSpan } from './quote-spans';
import { DATE_EXPRESSION, resolveDateExpression, type SaidOn } from './said-on';

// The candidate quotes of a pasted news article (issue 14): each direct quote of its running text,
// in the order of the text, with who said it and when, as the article tells. Deterministic and
// local: rules of English news style, no model and no network. The editor accepts, corrects or
// discards each candidate; nothing here is saved.

export type QuoteCandidate = QuoteSpan & { speaker: Speaker | null; saidOn: SaidOn | null };

const ABBREVIATION = /(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bJr|\bGen|\bSen|\bRep|\bNo)$/;
const ATTRIBUTION_VERB = /\b(?:said|says|told|tweeted|added|wrote|echoed|insisted|warned|stressed|declared)\b/;
// A capitalized name on one line (words without full stops: "Euphrates. Redur" is two sentences).
const NAMED_SUBJECT =
  /([A-Z][\p{L}’'-]+(?: [A-Z][\p{L}’'-]+)*)(?:,[^,"“”\n]{1,100},)? (?:said|says|told|tweeted|added|wrote)\b/gu;

const PRONOUN_REACH = 3000;

/** Where the sentences of a paragraph begin: after . ! ? and a space, outside quotes, not after "U.S.". */
function sentenceStarts(text: string, quotes: readonly [number, number][]): number[] {
  const starts = [0];
  for (const match of text.matchAll(/[.!?]["”’)]*\s+/g)) {
    const at = match.index;
    if (quotes.some(([from, to]) => at >= from && at < to)) continue;
    if (ABBREVIATION.test(text.slice(0, at))) continue;
    starts.push(at + match[0].length);
  }
  return starts;
}

/** `text` with each quote (marks included) replaced by a placeholder, so that their words attribute nothing. */
function blankQuotes(text: string, offset: number, quotes: readonly [number, number][]): string {
  let blanked = text;
  for (const [from, to] of [...quotes].reverse()) {
    const start = Math.max(from - 1 - offset, 0);
    const end = Math.min(to + 1 - offset, blanked.length);
    if (end > 0 && start < blanked.length) blanked = blanked.slice(0, start) + ' Q ' + blanked.slice(end);
  }
  return blanked;
}

/** The date a sentence gives its attribution: at its opening ("On Thursday, …") or beside its verb. */
function attributionDate(sentence: string, publishedOn: string | null): SaidOn | null {
  const verb = ATTRIBUTION_VERB.exec(sentence);
  const dates = [...sentence.matchAll(DATE_EXPRESSION)];
  const opening = dates.find(
    (date) => date.index <= 3 || /^\s*(?:overnight|meanwhile)?\s*$/i.test(sentence.slice(0, date.index)),
  );
  // "said in Abu Dhabi on November 23", "told reporters on November 23": no comma between.
  const besideVerb =
    verb && dates.find((date) => date.index > verb.index && !/[,;:"“”]/.test(sentence.slice(verb.index, date.index)));
  const found = opening ?? besideVerb;
  return found ? resolveDateExpression(found[0], publishedOn) : null;
}

/** The latest date `text` gives (a sentence's opening or attribution), for a quote after it that gives none. */
function lastDateIn(text: string, publishedOn: string | null): SaidOn | null {
  for (const sentence of text.split(/(?<=[.!?]["”]?)\s+/).reverse()) {
    const date = attributionDate(sentence, publishedOn);
    if (date) return date;
  }
  return null;
}

/**
 * For each paragraph, the latest date given before its end: read once per paragraph, so that an
 * article of hundreds of quotes and few dates is not read back to its start for each of them.
 */
function latestDatesThrough(paragraphs: readonly Paragraph[], publishedOn: string | null): (SaidOn | null)[] {
  const latest: (SaidOn | null)[] = [];
  for (const [index, { text }] of paragraphs.entries())
    latest.push(lastDateIn(text, publishedOn) ?? latest[index - 1] ?? null);
  return latest;
}

/** The last person the text before `end` reports as saying something ("Kerry said", "Khalil, an official, said"). */
function lastNamedSpeaker(article: string, end: number): { speaker: Speaker; at: number } | null {
  // A pronoun refers to someone named a few paragraphs before at most: the search stays linear in
  // the article's length however many quotes it has.
  const from = Math.max(0, end - PRONOUN_REACH);
  const matches = [...article.slice(from, end).matchAll(NAMED_SUBJECT)];
  for (const match of matches.reverse()) {
    const speaker = speakerOfPhrase(match[0].replace(/\s+\S+$/, ''));
    if (speaker && speaker !== 'pronoun' && speaker.name) return { speaker, at: from + match.index };
  }
  return null;
}

/**
 * The article's candidate quotes. `publishedOn` ("2019-02-10") places the days it names; without
 * it, only dates that give their year are resolved.
 */
export function extractQuotes(article: string, publishedOn: string | null): QuoteCandidate[] {
  const paragraphs = paragraphsOf(article);
  const datesThrough = latestDatesThrough(paragraphs, publishedOn);
  const names = fullNamesIn(article); // and every full name a quote is attributed to
  const candidates: QuoteCandidate[] = [];
  for (const span of findQuoteSpans(article)) {
    const paragraph = paragraphs[span.paragraph]!;
    const quotes = quotedRanges(paragraph.text);
    const local = span.start - paragraph.start;
    const [open, close] = quotes.find(([from, to]) => local >= from && local <= to)!;
    const starts = sentenceStarts(paragraph.text, quotes);
    const sentenceStart = starts.filter((start) => start <= open - 1).at(-1) ?? 0;
    const sentenceEnd = starts.find((start) => start > close) ?? paragraph.text.length;
    const before = blankQuotes(paragraph.text.slice(sentenceStart, open - 1), sentenceStart, quotes);
    const after = blankQuotes(paragraph.text.slice(close + 1, sentenceEnd), close + 1, quotes);
    const previous = candidates.at(-1);
    const continues = previous && (previous.paragraph === span.paragraph || local <= 1);

    let speaker = attributeQuote(before, after);
    if (speaker === 'pronoun') {
      // Whoever was reported speaking last: the quote before, or a sentence naming someone since.
      const named = lastNamedSpeaker(article, span.start);
      speaker =
        previous?.speaker && (!named || named.at < previous.start) ? previous.speaker : (named?.speaker ?? null);
    }
    if (!speaker && continues) speaker = previous.speaker;
    if (speaker?.name) speaker = { ...speaker, name: fullName(speaker.name, names) };
    if (speaker?.name?.includes(' ')) names.push(speaker.name);

    const sentence = paragraph.text.slice(sentenceStart, sentenceEnd);
    const saidOn =
      attributionDate(blankQuotes(sentence, sentenceStart, quotes), publishedOn) ??
      (continues ? previous.saidOn : null) ??
      lastDateIn(paragraph.text.slice(0, sentenceStart), publishedOn) ??
      datesThrough[span.paragraph - 1] ??
      null;
    candidates.push({ ...span, speaker, saidOn });
  }
  return candidates;
}
