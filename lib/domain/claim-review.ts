import type { SourceKind, Verdict } from '../generated/prisma/enums';
import { dayIntervalOfIso } from './delays';
import { BEST_RATING, WORST_RATING, verdictDefinition } from './verdicts';
import { counterStatementAnchor, routes } from '../routes';

// schema.org ClaimReview for a claim page: the machine-readable fact check that search engines
// and other fact-checkers read (https://schema.org/ClaimReview, and Google's "Fact check"
// structured-data guide for which fields it requires). Built from plain data, so it is tested
// without a database or a page.

export const PUBLISHER_NAME = 'Countercheck';

/** A quote as the markup needs it: a subset of the DAL's StatementView. */
export type ReviewedStatement = {
  text: string;
  language: string;
  speakerName: string;
  speakerKind: 'person' | 'organization';
  speakerTitle: string | null;
  organization: { name: string } | null;
  saidOn: { iso: string } | null;
  source: {
    id: string;
    kind: SourceKind;
    outlet: string | null;
    title: string | null;
    url: string | null;
    publishedOn: { iso: string } | null;
  };
};

export type ClaimReviewInput = {
  /** The site's public origin (SITE_URL): every URL in the markup is absolute. */
  siteUrl: string;
  slug: string;
  /** At most 75 characters (the database enforces it): Google shows it as the claim. */
  summary: string;
  verdict: Verdict;
  publishedAt: Date | null;
  updatedAt: Date;
  claim: ReviewedStatement;
  counterStatements: { id: string; statement: ReviewedStatement }[];
  /** Where the claim was said again, earliest first: its further appearances. */
  repetitions: { statement: ReviewedStatement }[];
};

type Organization = {
  '@type': 'Organization';
  name: string;
  url?: string;
  publishingPrinciples?: string;
  correctionsPolicy?: string;
};
type Person = { '@type': 'Person'; name: string; jobTitle?: string; affiliation?: Organization };
type SourceWork = {
  '@type': 'NewsArticle' | 'SocialMediaPosting' | 'CreativeWork';
  headline?: string;
  publisher?: Organization;
  datePublished?: string;
  url: string;
  archivedAt: string;
};
type Quotation = {
  '@type': 'Quotation';
  text: string;
  inLanguage: string;
  author: Person | Organization;
  datePublished?: string;
  isBasedOn: SourceWork;
  url: string;
};
type Rating = {
  '@type': 'Rating';
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
};

export type ClaimReview = {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  inLanguage: 'en';
  claimReviewed: string;
  reviewRating: Rating;
  itemReviewed: {
    '@type': 'Claim';
    author: Person | Organization;
    datePublished?: string;
    firstAppearance?: SourceWork;
    appearance: SourceWork | SourceWork[];
  };
  author: Organization;
  publisher: Organization;
  datePublished?: string;
  dateModified: string;
  citation: Quotation[];
};

const workTypes: Record<SourceKind, SourceWork['@type']> = {
  NEWS_ARTICLE: 'NewsArticle',
  SOCIAL_MEDIA_POST: 'SocialMediaPosting',
  OFFICIAL_STATEMENT: 'CreativeWork',
  TRANSCRIPT: 'CreativeWork',
};

function speakerOf(statement: ReviewedStatement): Person | Organization {
  if (statement.speakerKind === 'organization') return { '@type': 'Organization', name: statement.speakerName };
  return {
    '@type': 'Person',
    name: statement.speakerName,
    ...(statement.speakerTitle ? { jobTitle: statement.speakerTitle } : {}),
    ...(statement.organization ? { affiliation: { '@type': 'Organization', name: statement.organization.name } } : {}),
  };
}

// Unknown headlines, outlets and dates are left out, never guessed. With no known original URL,
// the work's URL is our archived copy of it.
function sourceWorkOf({ source }: ReviewedStatement, siteUrl: string): SourceWork {
  const archivedAt = `${siteUrl}${routes.source(source.id)}`;
  return {
    '@type': workTypes[source.kind],
    ...(source.title ? { headline: source.title } : {}),
    ...(source.outlet ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
    ...(source.publishedOn ? { datePublished: source.publishedOn.iso } : {}),
    url: source.url ?? archivedAt,
    archivedAt,
  };
}

// Google: ratingValue, bestRating and worstRating are for numeric ratings; alternateName is the
// rating shown. An unrated claim has no place on the numeric scale, so it carries only its label.
function ratingOf(verdict: Verdict): Rating {
  const { label, rating } = verdictDefinition(verdict);
  if (rating === null) return { '@type': 'Rating', alternateName: label };
  return {
    '@type': 'Rating',
    ratingValue: rating,
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
    alternateName: label,
  };
}

/**
 * The appearance that was said before every other one on record, when the dates show it: each is
 * dated, and its day, month or year ends before any other's begins. Null otherwise: an undated
 * appearance, or "December 2018" beside "19 December 2018", could have come first.
 */
function firstOnRecord(statements: ReviewedStatement[]): ReviewedStatement | null {
  if (statements.some((statement) => !statement.saidOn)) return null;
  const intervals = statements.map((statement) => ({ statement, ...dayIntervalOfIso(statement.saidOn!.iso) }));
  const first = intervals.find((candidate) =>
    intervals.every((other) => other === candidate || candidate.last < other.first),
  );
  return first?.statement ?? null;
}

// A claim said once has one appearance, and no `firstAppearance`: one quote on record does not tell
// whether that was the first place it appeared. Said again, every appearance is listed, and
// `firstAppearance` (schema.org: "the first known occurrence") names the earliest on record only
// when the dates show which it is; the markup must not guess.
function claimOf(input: ClaimReviewInput): ClaimReview['itemReviewed'] {
  const { siteUrl } = input;
  const statements = [input.claim, ...input.repetitions.map((repetition) => repetition.statement)];
  const first = statements.length > 1 ? firstOnRecord(statements) : null;
  return {
    '@type': 'Claim',
    author: speakerOf(input.claim),
    ...(input.claim.saidOn ? { datePublished: input.claim.saidOn.iso } : {}),
    ...(first ? { firstAppearance: sourceWorkOf(first, siteUrl) } : {}),
    appearance:
      statements.length > 1
        ? statements.map((statement) => sourceWorkOf(statement, siteUrl))
        : sourceWorkOf(input.claim, siteUrl),
  };
}

export function buildClaimReview(input: ClaimReviewInput): ClaimReview {
  const { siteUrl } = input;
  const claimUrl = `${siteUrl}${routes.claim(input.slug)}`;
  const publisher: Organization = {
    '@type': 'Organization',
    name: PUBLISHER_NAME,
    url: `${siteUrl}${routes.home()}`,
    publishingPrinciples: `${siteUrl}${routes.methodology()}`,
    correctionsPolicy: `${siteUrl}${routes.methodology('corrections')}`,
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl,
    inLanguage: 'en',
    claimReviewed: input.summary,
    reviewRating: ratingOf(input.verdict),
    itemReviewed: claimOf(input),
    author: publisher,
    publisher,
    ...(input.publishedAt ? { datePublished: input.publishedAt.toISOString() } : {}),
    dateModified: input.updatedAt.toISOString(),
    citation: input.counterStatements.map(({ id, statement }) => ({
      '@type': 'Quotation',
      text: statement.text,
      inLanguage: statement.language,
      author: speakerOf(statement),
      ...(statement.saidOn ? { datePublished: statement.saidOn.iso } : {}),
      isBasedOn: sourceWorkOf(statement, siteUrl),
      url: `${claimUrl}#${counterStatementAnchor(id)}`,
    })),
  };
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for an inline <script type="application/ld+json">. `<`, `>` and `&` are written as \u
 * escapes, so no string in the data (a quote containing "</script>" or "<!--") can end the script
 * element or open a comment, and U+2028/U+2029 are escaped for parsers that treat them as line
 * breaks. JSON.parse reads the result back to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_SCRIPT,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
