import type { ClaimSuggestion } from '../../lib/domain/intake/claim-match';
import type { QuoteCandidate } from '../../lib/domain/intake/extract';
import type { LabelledQuote } from './labels';

// How the extractor's candidates compare with the hand-labelled quotes of one or more articles.

export type Score = {
  labelled: number;
  found: number;
  /** Candidates whose words are a labelled quote's. */
  matched: number;
  speakersRight: number;
  /** Matched quotes whose label gives a date, and how many of those the extractor dated right. */
  dated: number;
  datesRight: number;
};

/** Words compared without the spacing and the closing punctuation a quote may or may not keep. */
const words = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?]+$/, '')
    .trim()
    .toLowerCase();

function speakerIsRight(label: LabelledQuote['speaker'], candidate: QuoteCandidate['speaker']): boolean {
  if ('name' in label) return candidate?.name?.toLowerCase() === label.name.toLowerCase();
  return !candidate?.name && !!candidate?.role?.toLowerCase().includes(label.description.toLowerCase());
}

export function scoreArticle(labels: readonly LabelledQuote[], candidates: readonly QuoteCandidate[]): Score {
  const score: Score = {
    labelled: labels.length,
    found: candidates.length,
    matched: 0,
    speakersRight: 0,
    dated: 0,
    datesRight: 0,
  };
  const unmatched = [...labels];
  for (const candidate of candidates) {
    const index = unmatched.findIndex((label) => words(label.text) === words(candidate.text));
    if (index < 0) continue;
    const [label] = unmatched.splice(index, 1);
    score.matched++;
    if (speakerIsRight(label!.speaker, candidate.speaker)) score.speakersRight++;
    if (label!.saidOn) {
      score.dated++;
      const right =
        candidate.saidOn?.isoDate === label!.saidOn.isoDate && candidate.saidOn.precision === label!.saidOn.precision;
      if (right) score.datesRight++;
    }
  }
  return score;
}

export function sumScores(scores: readonly Score[]): Score {
  return scores.reduce(
    (total, score) => ({
      labelled: total.labelled + score.labelled,
      found: total.found + score.found,
      matched: total.matched + score.matched,
      speakersRight: total.speakersRight + score.speakersRight,
      dated: total.dated + score.dated,
      datesRight: total.datesRight + score.datesRight,
    }),
    { labelled: 0, found: 0, matched: 0, speakersRight: 0, dated: 0, datesRight: 0 },
  );
}

/** The measures: span precision and recall, speaker and date accuracy (0 to 1). */
export function measures(score: Score) {
  const ratio = (part: number, whole: number) => (whole ? part / whole : 1);
  return {
    spanPrecision: ratio(score.matched, score.found),
    spanRecall: ratio(score.matched, score.labelled),
    speakerAccuracy: ratio(score.speakersRight, score.matched),
    dateAccuracy: ratio(score.datesRight, score.dated),
  };
}

/** Of the candidates that are labelled quotes: how many the claim matcher placed right, and their stances. */
export type ClaimScore = { matched: number; right: number; stanced: number; stancesRight: number };

/**
 * Right is: no suggestion for a quote that answers no claim on record (it is proposed as a new
 * claim); the claim itself recognized as such; for an answer, a claim it answers suggested first,
 * with the stance the seed's editors gave it on that claim.
 */
export function scoreClaimMatching(
  labels: readonly LabelledQuote[],
  candidates: readonly QuoteCandidate[],
  suggest: (candidate: QuoteCandidate) => ClaimSuggestion[],
): ClaimScore {
  const score: ClaimScore = { matched: 0, right: 0, stanced: 0, stancesRight: 0 };
  for (const candidate of candidates) {
    const label = labels.find((labelled) => words(labelled.text) === words(candidate.text));
    if (!label) continue;
    score.matched++;
    const suggestions = suggest(candidate);
    const answers = suggestions.filter((suggestion) => !suggestion.isTheClaim);
    if (!label.claim) {
      if (!suggestions.length) score.right++;
    } else if ('is' in label.claim) {
      const slug = label.claim.is;
      if (suggestions.some((suggestion) => suggestion.isTheClaim && suggestion.slug === slug)) score.right++;
    } else {
      const stances = label.claim.answers;
      const first = answers[0];
      if (first && first.slug in stances) {
        score.right++;
        score.stanced++;
        if (stances[first.slug] === first.stance) score.stancesRight++;
      }
    }
  }
  return score;
}
