import type { Stance } from '../../generated/prisma/enums';

// Which claim on record a candidate quote of a pasted article answers (issue 14), by the claim's
// words, its speaker and its topics, with a suggested stance. A suggestion only: the editor picks
// the claim and the stance, and may make the quote a new claim instead. Pure word counting, no
// model: the words of the quote and of its paragraph against the claim's summary and quote, a
// bonus when the article names the claim's topics or speaker.

export type ClaimOnRecord = {
  slug: string;
  summary: string;
  /** The claim's own quoted words. */
  quote: string;
  /** Its speaker's name (a person or an organization). */
  speaker: string;
  topics: readonly string[];
};

export type ClaimMatchInput = {
  quote: string;
  /** The paragraph the quote stands in: "IS has not been wiped from the map" may name the claim's words only around it. */
  context: string;
  speaker: string | null;
};

export type ClaimSuggestion = {
  slug: string;
  score: number;
  /** The quote is the claim itself (its speaker, its words), not an answer to it. */
  isTheClaim: boolean;
  stance: Stance;
};

/** Below this, a quote answers no claim on record as far as its words tell: it is proposed as a new claim. */
export const MATCH_THRESHOLD = 0.3;

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its me my no nor not of on or our ' +
    'she so than that the their them there they this to was we were what when which who will with would you your ' +
    'said says more most very all any can do does did just only over also about into out up'
  ).split(' '),
);

/** Content words, crudely stemmed ("defeated" and "defeat" meet), with IS and ISIS as one. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (STOPWORDS.has(raw) || raw.length < 2) continue;
    const word = raw === 'isis' || raw === 'isil' || raw === 'daesh' ? 'is' : raw;
    words.add(word.length > 4 ? word.replace(/(?:ed|ing|es|s)$/, '') : word);
  }
  return words;
}

const overlap = (claimWords: Set<string>, words: Set<string>) => {
  if (claimWords.size === 0) return 0;
  let shared = 0;
  for (const word of claimWords) if (words.has(word)) shared++;
  return shared / claimWords.size;
};

const NEGATION = /\b(?:not|never|nor|no longer|n't|far from|wrong|false|deny|denied)\b|n[’']t\b/i;
const RESERVATION =
  /\b(?:remains?|still|continues?|yet|threat|must|but|however|despite|although|not over|more to be done)\b/i;

/**
 * The stance a quote takes on a claim whose words it shares: a negation of them contradicts,
 * a reservation ("much remains to be done") disputes, a concession qualifies; otherwise it supports.
 */
export function suggestStance(quote: string, claimWordShare: number): Stance {
  if (NEGATION.test(quote)) return claimWordShare >= 0.3 ? 'CONTRADICTS' : 'DISPUTES';
  if (RESERVATION.test(quote)) return 'DISPUTES';
  if (/\b(?:weakened|reduced|largely|mostly|partly|progress)\b/i.test(quote)) return 'QUALIFIES';
  return 'SUPPORTS';
}

/**
 * A matcher of one article's candidates against the claims on record: the claims' words and the
 * article's are counted once, so that an article of hundreds of quotes is matched in a moment.
 * It returns the claims a candidate may answer, best first, those scoring under MATCH_THRESHOLD left out.
 */
export function claimMatcher(
  claims: readonly ClaimOnRecord[],
  article: string,
): (candidate: ClaimMatchInput) => ClaimSuggestion[] {
  const articleWords = contentWords(article);
  const prepared = claims.map((claim) => ({
    claim,
    words: contentWords(`${claim.summary} ${claim.quote}`),
    quoteWords: contentWords(claim.quote),
    // The article names the claim's topics and its speaker: a bonus for every quote of it.
    bonus:
      0.1 *
        (claim.topics.length
          ? claim.topics.filter((topic) => overlap(contentWords(topic), articleWords) === 1).length /
            claim.topics.length
          : 0) +
      (claim.speaker && article.includes(claim.speaker) ? 0.1 : 0),
  }));
  return (candidate) => {
    const quoteWords = contentWords(candidate.quote);
    const contextWords = contentWords(candidate.context);
    const suggestions: ClaimSuggestion[] = [];
    for (const { claim, words, quoteWords: claimQuoteWords, bonus } of prepared) {
      const inQuote = overlap(words, quoteWords);
      const score = 0.5 * inQuote + 0.3 * overlap(words, contextWords) + bonus;
      if (score < MATCH_THRESHOLD) continue;
      const sameSpeaker = !!candidate.speaker && candidate.speaker === claim.speaker;
      suggestions.push({
        slug: claim.slug,
        score,
        isTheClaim: sameSpeaker && overlap(claimQuoteWords, quoteWords) >= 0.8,
        stance: suggestStance(candidate.quote, inQuote),
      });
    }
    return suggestions.sort((a, b) => b.score - a.score);
  };
}
