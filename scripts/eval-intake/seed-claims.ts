import { claimMatcher, type ClaimOnRecord, type ClaimSuggestion } from '../../lib/domain/intake/claim-match';
import type { QuoteCandidate } from '../../lib/domain/intake/extract';
import { paragraphsOf } from '../../lib/domain/intake/quote-spans';
import { claims, organizations, people, statements, topics } from '../../prisma/seed/data';

// The seed's claims as the intake matches quotes against them (lib/dal/intake.ts reads the same
// fields from the database, for the claims the search fetches by each paragraph's words; here,
// every seed claim), and the matcher of one article's candidates, as the intake runs it.

const nameOf = (key: string, rows: readonly { key: string; name: string }[]) =>
  rows.find((row) => row.key === key)?.name ?? '';

export const SEED_CLAIMS: ClaimOnRecord[] = claims.map((claim) => {
  const statement = statements.find((row) => row.key === claim.statement)!;
  return {
    slug: claim.slug,
    summary: claim.summary,
    quote: statement.text,
    speaker:
      'person' in statement.speaker
        ? nameOf(statement.speaker.person, people)
        : nameOf(statement.speaker.organization, organizations),
    topics: claim.topics.map((slug) => topics.find((topic) => topic.slug === slug)!.name),
  };
});

/** What the intake suggests for each candidate of `article`. */
export function seedClaimSuggester(article: string): (candidate: QuoteCandidate) => ClaimSuggestion[] {
  const match = claimMatcher(SEED_CLAIMS, article);
  const paragraphs = paragraphsOf(article);
  return (candidate) =>
    match({
      quote: candidate.text,
      context: paragraphs[candidate.paragraph]?.text ?? candidate.text,
      speaker: candidate.speaker?.name ?? null,
    });
}
