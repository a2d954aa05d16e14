import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db } from '../db';
import { displayDate } from '../domain/dates';
import { publishedClaim } from './published';
import { rankClaimsForQuery } from './search';
import { speakerNameOf } from './statement-view';

// Claims on record that look the same as a quote being proposed as a new claim, so that the
// proposer may record it as a repetition instead. The ranking is the readers' search
// (./search.ts: full-text over quotes and summaries, trigram-corrected words, the speaker's name),
// given the quote as typed: its budget and indexes hold for this too.

/** Fewer words than this say too little to look alike. */
const MIN_QUOTE_LENGTH = 12;
/**
 * The quote's first words are searched, not all of them: at 100,000 claims a whole sentence took
 * 250 ms (p95) where the search's budget is 150, and eight words took 120 while still ranking the
 * claim a synthetic quote came from among the first three 28 times in 30 (scripts/bench.ts).
 */
const SEARCHED_WORDS = 8;
/** A form shows the closest few, not a search page. */
export const SIMILAR_CLAIMS_SHOWN = 3;

export type SimilarClaim = { slug: string; summary: string; claimant: string; saidOn: string | null };

/** The published claims closest to `quote`, closest first. Anyone who may propose a claim may ask. */
export async function findSimilarClaims(quote: string, actor: Actor | null): Promise<SimilarClaim[]> {
  assertCan(actor, 'claim.propose');
  if (quote.trim().length < MIN_QUOTE_LENGTH) return [];
  const searched = quote.trim().split(/\s+/).slice(0, SEARCHED_WORDS).join(' ');
  const closest = (await rankClaimsForQuery(searched)).slice(0, SIMILAR_CLAIMS_SHOWN).map((hit) => hit.claimId);
  const rows = await db.claim.findMany({
    where: { id: { in: closest }, ...publishedClaim },
    select: {
      id: true,
      slug: true,
      summary: true,
      statement: {
        select: {
          saidOn: true,
          saidOnPrecision: true,
          speakerPerson: { select: { name: true } },
          speakerOrganization: { select: { name: true } },
        },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return closest.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { statement } = row;
    return [
      {
        slug: row.slug,
        summary: row.summary,
        claimant: speakerNameOf(statement),
        saidOn: statement.saidOn ? displayDate(statement.saidOn, statement.saidOnPrecision).label : null,
      },
    ];
  });
}
