import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';

// Ranks published claims for a reader's query. Words match through PostgreSQL full-text search
// (English stemming: "defeated" finds "defeat"); typos and partial names match through pg_trgm
// word similarity on short texts ("caliphat" finds a summary's "caliphate", "Parley" finds "Parly"). A claim scores for its
// summary, for its own quote, and for the counter-statements that answer it, and through each
// quote for the speaker, the speaker's organization and the source's outlet. Every index used is
// created in the browse_and_search migration.

/** How similar a word must be to count as a typo of another (pg_trgm's default is 0.6). */
const WORD_SIMILARITY_THRESHOLD = 0.5;
/** Search ranks at most this many claims; filters and pages work within them. */
export const MAX_SEARCH_RESULTS = 500;
/** Hits taken from each kind of match (quote words, summary words, summary typos) before ranking. */
const CANDIDATES_PER_KIND = 1000;
/** The closest names taken from people, organizations and outlets. */
const NAMES_PER_KIND = 50;
/** Statements taken per matching person, organization or outlet. */
const STATEMENTS_PER_NAME = 20;
/** Below this many word hits, summaries are also searched for typos. */
const FEW_HITS = 50;

export type RankedClaim = { claimId: string; score: number };

// The caps are our own constants, written into the SQL as literals so the planner sees them: as
// bind parameters they push PostgreSQL towards generic plans several times slower.
const literal = (value: number) => Prisma.raw(String(Math.trunc(value)));

export async function rankClaimsForQuery(query: string): Promise<RankedClaim[]> {
  // The query is always a bound parameter, never spliced into SQL.
  return db.$transaction(async (tx) => {
    // Both settings last until the end of this transaction. The query is prepared once per
    // connection, and after a few runs PostgreSQL may switch it to a generic plan that cannot see
    // the reader's words, which is many times slower for common ones: plan each run afresh.
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true), set_config('plan_cache_mode', 'force_custom_plan', true)`;
    const rows = await tx.$queryRaw<{ claim_id: string; score: number }[]>`
      -- The reader's text is bound directly into each trigram test (not read from this CTE), so
      -- the planner can use the trigram indexes.
      WITH query AS (
        SELECT websearch_to_tsquery('english'::regconfig, ${query}) AS words, ${query}::text AS raw
      ),
      -- Each kind of hit is capped before it is ranked, so a very common word costs a bounded
      -- amount of work: the cap trades completeness of the ranking for a predictable response.
      quote_hits AS (
        SELECT s.id, ts_rank(statement_document(s.text, s.translation), query.words) AS score
          FROM (SELECT id, text, translation FROM statements, query
                 WHERE statement_document(text, translation) @@ query.words LIMIT ${literal(CANDIDATES_PER_KIND)}) AS s, query
      ),
      summary_hits AS (
        SELECT c.id, ts_rank(to_tsvector('english'::regconfig, c.summary), query.words) * 2 AS score
          FROM (SELECT id, summary FROM claims, query
                 WHERE to_tsvector('english'::regconfig, summary) @@ query.words LIMIT ${literal(CANDIDATES_PER_KIND)}) AS c, query
      ),
      -- Typos: trigram similarity on short texts only (names, outlets, and summaries when the words
      -- themselves found little). Quotes are too long and too many to scan by trigram at scale.
      summary_typo_hits AS (
        SELECT c.id, word_similarity(query.raw, c.summary) AS score
          FROM (SELECT id, summary FROM claims, query WHERE ${query} <% summary LIMIT ${literal(CANDIDATES_PER_KIND)}) AS c, query
         WHERE (SELECT count(*) FROM quote_hits) + (SELECT count(*) FROM summary_hits) < ${literal(FEW_HITS)}
      ),
      speaker_hits AS (
        SELECT s.id, word_similarity(query.raw, p.name) AS score
          FROM (SELECT id, name FROM people, query WHERE ${query} <% name ORDER BY ${query} <<-> name LIMIT ${literal(NAMES_PER_KIND)}) AS p
          CROSS JOIN LATERAL (SELECT id FROM statements WHERE speaker_person_id = p.id LIMIT ${literal(STATEMENTS_PER_NAME)}) AS s, query
        UNION ALL
        SELECT s.id, word_similarity(query.raw, o.name) * 0.8
          FROM (SELECT id, name FROM organizations, query WHERE ${query} <% name ORDER BY ${query} <<-> name LIMIT ${literal(NAMES_PER_KIND)}) AS o
          CROSS JOIN LATERAL (
            (SELECT id FROM statements WHERE speaker_organization_id = o.id LIMIT ${literal(STATEMENTS_PER_NAME)})
            UNION ALL
            (SELECT st.id FROM roles r JOIN statements st ON st.role_id = r.id AND st.speaker_person_id = r.person_id
              WHERE r.organization_id = o.id LIMIT ${literal(STATEMENTS_PER_NAME)})
          ) AS s, query
        UNION ALL
        SELECT s.id, word_similarity(query.raw, src.outlet) * 0.5
          FROM (SELECT id, outlet FROM sources, query WHERE ${query} <% outlet ORDER BY ${query} <<-> outlet LIMIT ${literal(NAMES_PER_KIND)}) AS src
          CROSS JOIN LATERAL (SELECT id FROM statements WHERE source_id = src.id LIMIT ${literal(STATEMENTS_PER_NAME)}) AS s, query
      ),
      statement_hits AS (
        SELECT * FROM quote_hits UNION ALL SELECT * FROM speaker_hits
      ),
      claim_hits AS (
        SELECT id AS claim_id, score FROM summary_hits
        UNION ALL
        SELECT id, score FROM summary_typo_hits
        UNION ALL
        SELECT c.id, h.score * 1.5 FROM statement_hits h JOIN claims c ON c.statement_id = h.id
        UNION ALL
        SELECT r.claim_id, h.score FROM statement_hits h JOIN rebuttals r ON r.statement_id = h.id AND r.status = 'published'
      )
      SELECT hits.claim_id, sum(hits.score)::float8 AS score
        FROM claim_hits hits JOIN claims c ON c.id = hits.claim_id AND c.status = 'published'
       GROUP BY hits.claim_id
       ORDER BY score DESC, hits.claim_id
       LIMIT ${literal(MAX_SEARCH_RESULTS)}`;
    return rows.map((row) => ({ claimId: row.claim_id, score: row.score }));
  });
}
