import type { Verdict } from '../generated/prisma/enums';
import { truncateText } from './truncate';
import { verdictDefinition } from './verdicts';

// What a claim says when it travels: the text of its share image, that image's alt text, and the
// description a link preview shows. Built from plain data (a subset of the DAL's ClaimCard).

export type ShareCardInput = {
  summary: string;
  verdict: Verdict;
  counterStatementCount: number;
  counterStatementsByAffiliation: { label: string; count: number }[];
  claim: {
    text: string;
    translation: string | null;
    speakerName: string;
    speakerRole: string | null;
    saidOn: { label: string } | null;
  };
};

export type ShareCard = {
  quote: string;
  /** The English translation, for a quote in another language, cut to the same length. */
  translation: string | null;
  claimant: string;
  /** Role and date: "President of the United States, United States government · 19 December 2018". */
  claimantDetail: string | null;
  verdict: Verdict;
  verdictLabel: string;
  /** "8 counter-statements", or "No counter-statements yet". */
  counterStatementTotal: string;
  /** The largest groups of who answered, at most MAX_AFFILIATIONS of them. */
  answeredBy: { label: string; count: number }[];
  /** How many further groups answered, beyond those listed. */
  moreAffiliations: number;
  /** A text alternative for the image, saying everything the image shows. */
  alt: string;
};

// What fits a 1200x630 image at a size a phone's preview can still read.
export const MAX_QUOTE_LENGTH = 180;
export const MAX_AFFILIATIONS = 4;
const MAX_DESCRIPTION_QUOTE_LENGTH = 160;

function counterStatementTotal(count: number): string {
  if (count === 0) return 'No counter-statements yet';
  return `${count} counter-statement${count === 1 ? '' : 's'}`;
}

function answeredByText({ counterStatementCount, counterStatementsByAffiliation }: ShareCardInput): string {
  const total = counterStatementTotal(counterStatementCount);
  if (counterStatementCount === 0) return `${total}.`;
  return `${total}: ${counterStatementsByAffiliation.map((group) => `${group.label} ${group.count}`).join(', ')}.`;
}

export function buildShareCard(input: ShareCardInput): ShareCard {
  const { claim } = input;
  const verdictLabel = verdictDefinition(input.verdict).label;
  const quote = truncateText(claim.text, MAX_QUOTE_LENGTH);
  const claimantDetail = [claim.speakerRole, claim.saidOn?.label].filter(Boolean).join(' · ') || null;
  return {
    quote,
    translation: claim.translation ? truncateText(claim.translation, MAX_QUOTE_LENGTH) : null,
    claimant: claim.speakerName,
    claimantDetail,
    verdict: input.verdict,
    verdictLabel,
    counterStatementTotal: counterStatementTotal(input.counterStatementCount),
    answeredBy: input.counterStatementsByAffiliation
      .slice(0, MAX_AFFILIATIONS)
      .map(({ label, count }) => ({ label, count })),
    moreAffiliations: Math.max(0, input.counterStatementsByAffiliation.length - MAX_AFFILIATIONS),
    alt: `Countercheck fact check. ${claim.speakerName} claimed: “${quote}” Verdict: ${verdictLabel}. ${answeredByText(input)}`,
  };
}

/** The page's meta description, also the link preview's: who claimed what, and our verdict. */
export function describeClaim(input: ShareCardInput): string {
  const quote = truncateText(input.claim.text, MAX_DESCRIPTION_QUOTE_LENGTH);
  return `${input.claim.speakerName} claimed: “${quote}” Our verdict: ${verdictDefinition(input.verdict).label}. ${answeredByText(input)}`;
}
