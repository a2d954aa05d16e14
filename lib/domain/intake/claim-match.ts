import type { Stance } from '../../generated/prisma/enums';

// Which claim on record a candidate quote of a pasted article answers (issue 14), by the claim's
// words, its speaker and its topics, with a suggested stance. A suggestion only: the editor picks
// the claim and the stance, and may make the quote a new claim instead. Pure word counting, no
// model: the words of the quote and of its paragraph against the claim's summary and quote, a
// bonus when the article names the claim's topics or speaker. The claims compared are those a
// full-text search finds by the paragraph's words (claimSearchWords; lib/dal/intake.ts).

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

// Words news style uses for one idea in a claim and its answers: a group "defeated", "wiped
// from the map", "crushed", "terminated", "gone". Compared as one word: the idea's own, a word a
// full-text search finds too ("defeat" finds "defeated").
const SAME_IDEA: Record<string, string> = Object.fromEntries(
  [
    ['defeat', 'defeat wipe crush terminat eliminat destroy finish gone victory won beaten vanquish'],
    ['cooperation', 'cooperat solidarity partnership'],
  ].flatMap(([idea, words]) => words!.split(' ').map((word) => [word, idea!])),
);
const IDEA_PREFIXES = Object.keys(SAME_IDEA);

/** The text's words that carry meaning, lower-cased, with Islamic State, IS, ISIS, ISIL and Daesh as "isis". */
function meaningfulWords(text: string): string[] {
  // "IS" in capitals is the group, not the verb: told apart before the text is lower-cased.
  const named = text.replace(/\bIslamic State\b|\bIS\b|\bISI[SL]\b|\bDaesh\b/g, ' isis ');
  return (named.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((raw) => !STOPWORDS.has(raw) && raw.length >= 2);
}

const ideaOf = (word: string) => {
  const prefix = IDEA_PREFIXES.find((idea) => word.startsWith(idea));
  return prefix ? SAME_IDEA[prefix]! : null;
};

/** Content words, crudely stemmed ("defeated" and "defeat" meet), with Islamic State, IS, ISIS, ISIL and Daesh as one. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of meaningfulWords(text)) {
    const stem = raw.length > 4 ? raw.replace(/(?:ed|ing|es|s|ion|ly)$/, '') : raw;
    words.add(ideaOf(raw) ?? stem);
  }
  return words;
}

/**
 * The words to fetch the claims a passage may answer by, any of them matching (a full-text search
 * stems them): its words as written, with the word of each one's idea ("wiped" fetches claims that
 * say "defeated") and "isis" for the group's other names, as the matcher compares them.
 */
export function claimSearchWords(text: string): string[] {
  const words = new Set<string>();
  for (const raw of meaningfulWords(text)) {
    words.add(raw);
    const idea = ideaOf(raw);
    if (idea) words.add(idea);
  }
  return [...words];
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

// Accents and case aside ("Erdogan" in an article is "Erdoğan" on record).
const folded = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A matcher of one article's candidates against the claims on record: the claims' words and the
 * article's are counted once, so that an article of hundreds of quotes is matched in a moment.
 * It returns the claims a candidate may answer, best first, those scoring under MATCH_THRESHOLD
 * left out. The claim's summary weighs most: it says what is claimed in a few words, where its
 * quote has the speaker's other words too.
 */
export function claimMatcher(
  claims: readonly ClaimOnRecord[],
  article: string,
): (candidate: ClaimMatchInput) => ClaimSuggestion[] {
  const articleWords = contentWords(article);
  const foldedArticle = folded(article);
  const prepared = claims.map((claim) => ({
    claim,
    summaryWords: contentWords(claim.summary),
    quoteWords: contentWords(claim.quote),
    speaker: folded(claim.speaker),
    // The article names the claim's topics and its speaker: a bonus for every quote of it.
    bonus:
      0.1 *
        (claim.topics.length
          ? claim.topics.filter((topic) => overlap(contentWords(topic), articleWords) === 1).length /
            claim.topics.length
          : 0) +
      (claim.speaker && foldedArticle.includes(folded(claim.speaker)) ? 0.1 : 0),
  }));
  // The quotes of one paragraph share its words: counted once per paragraph.
  const contextWords = new Map<string, Set<string>>();
  const wordsAround = (context: string) => {
    if (!contextWords.has(context)) contextWords.set(context, contentWords(context));
    return contextWords.get(context)!;
  };
  return (candidate) => {
    const quoteWords = contentWords(candidate.quote);
    const aroundWords = new Set([...quoteWords, ...wordsAround(candidate.context)]);
    const speaker = candidate.speaker ? folded(candidate.speaker) : null;
    const suggestions: ClaimSuggestion[] = [];
    for (const claim of prepared) {
      const inQuote = overlap(claim.summaryWords, quoteWords);
      const score =
        0.4 * inQuote +
        0.2 * overlap(claim.summaryWords, aroundWords) +
        0.2 * overlap(claim.quoteWords, aroundWords) +
        claim.bonus;
      if (score < MATCH_THRESHOLD) continue;
      // Its words are the claim's: the claim itself, unless another speaker says them.
      const sameWords = overlap(claim.quoteWords, quoteWords) >= 0.8;
      const otherSpeaker = !!speaker && !!claim.speaker && speaker !== claim.speaker;
      suggestions.push({
        slug: claim.claim.slug,
        score,
        isTheClaim: sameWords && !otherSpeaker,
        stance: suggestStance(candidate.quote, inQuote),
      });
    }
    return suggestions.sort((a, b) => b.score - a.score);
  };
}
