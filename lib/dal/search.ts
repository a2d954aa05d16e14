import 'server-only';
import { db } from '../db';

// Ranks published claims for a reader's query. Words match through PostgreSQL full-text search
// (English stemming: "defeated" finds "defeat"); typos and partial names match through pg_trgm
// word similarity ("caliphat" finds "caliphate", "Parley" finds "Parly"). A claim scores for its
// summary, for its own quote, and for the counter-statements that answer it, and through each
// quote for the speaker, the speaker's organization and the source's outlet. Every index used is
// created in the browse_and_search migration.

/** How similar a word must be to count as a typo of another (pg_trgm's default is 0.6). */
const WORD_SIMILARITY_THRESHOLD = 0.5;
/** Search ranks at most this many claims; filters and pages work within them. */
export const MAX_SEARCH_RESULTS = 500;

export type RankedClaim = { claimId: string; score: number };

export async function rankClaimsForQuery(query: string): Promise<RankedClaim[]> {
  // The query is always a bound parameter, never spliced into SQL.
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`;
    const rows = await tx.$queryRaw<{ claim_id: string; score: number }[]>`
      WITH query AS (
        SELECT websearch_to_tsquery('english'::regconfig, ${query}) AS words, ${query}::text AS raw
      ),
      statement_hits AS (
        SELECT s.id, ts_rank(statement_document(s.text, s.translation), query.words) AS score
          FROM statements s, query WHERE statement_document(s.text, s.translation) @@ query.words
        UNION ALL
        SELECT s.id, word_similarity(query.raw, s.text) * 0.5
          FROM statements s, query WHERE query.raw <% s.text
        UNION ALL
        SELECT s.id, word_similarity(query.raw, p.name)
          FROM people p JOIN statements s ON s.speaker_person_id = p.id, query WHERE query.raw <% p.name
        UNION ALL
        SELECT s.id, word_similarity(query.raw, o.name) * 0.8
          FROM organizations o JOIN statements s ON s.speaker_organization_id = o.id, query WHERE query.raw <% o.name
        UNION ALL
        SELECT s.id, word_similarity(query.raw, o.name) * 0.8
          FROM organizations o JOIN roles r ON r.organization_id = o.id JOIN statements s ON s.role_id = r.id, query
          WHERE query.raw <% o.name
        UNION ALL
        SELECT s.id, word_similarity(query.raw, src.outlet) * 0.5
          FROM sources src JOIN statements s ON s.source_id = src.id, query WHERE query.raw <% src.outlet
      ),
      claim_hits AS (
        SELECT c.id AS claim_id, ts_rank(to_tsvector('english'::regconfig, c.summary), query.words) * 2 AS score
          FROM claims c, query WHERE to_tsvector('english'::regconfig, c.summary) @@ query.words
        UNION ALL
        SELECT c.id, word_similarity(query.raw, c.summary)
          FROM claims c, query WHERE query.raw <% c.summary
        UNION ALL
        SELECT c.id, h.score * 1.5 FROM statement_hits h JOIN claims c ON c.statement_id = h.id
        UNION ALL
        SELECT r.claim_id, h.score FROM statement_hits h JOIN rebuttals r ON r.statement_id = h.id AND r.status = 'published'
      )
      SELECT hits.claim_id, sum(hits.score)::float8 AS score
        FROM claim_hits hits JOIN claims c ON c.id = hits.claim_id AND c.status = 'published'
       GROUP BY hits.claim_id
       ORDER BY score DESC, hits.claim_id
       LIMIT ${MAX_SEARCH_RESULTS}`;
    return rows.map((row) => ({ claimId: row.claim_id, score: row.score }));
  });
}
