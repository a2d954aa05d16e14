import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { readTransaction } from '../db';
import { closestSpelling, MIN_CORRECTABLE_LENGTH } from '../domain/spelling';

// Ranks published claims for a reader's query. Words match through PostgreSQL full-text search
// (English stemming: "defeated" finds "defeat"). When the words as typed find little, each is
// replaced by the word of the texts' dictionary (search_words) the reader most likely meant, and
// any of them may match: the dictionary proposes candidates by trigram similarity, and
// lib/domain/spelling accepts the one fewest typos away ("calipahte" and "kaliphat" become
// "caliphate"). Names match by trigram word similarity ("Parley" finds "Parly"). A claim scores for
// its summary, for its own quote, and for the counter-statements that answer it, and through each
// quote for the speaker, the speaker's organization and the source's outlet. Every index used is
// created in the browse_and_search and search_words migrations.

/** How similar a name must be to the reader's text to match it (pg_trgm's default is 0.6). */
const WORD_SIMILARITY_THRESHOLD = 0.5;
/**
 * How similar a dictionary word must be to a reader's word to be proposed as its correction
 * (pg_trgm's default). Low enough for two typos in "kaliphat" (0.36); what is proposed is then
 * judged by its typos, not by this.
 */
const PROPOSAL_SIMILARITY_THRESHOLD = 0.3;
/** Corrections proposed per word, most similar first. */
const PROPOSALS_PER_WORD = 20;
/** At most this many words of a query are corrected (the longest), so a long query costs no more. */
const CORRECTED_WORDS = 5;
/** Search ranks at most this many claims; filters and pages work within them. */
export const MAX_SEARCH_RESULTS = 500;
/** Hits taken from each kind of match (quote words, summary words, and their near words) before ranking. */
const CANDIDATES_PER_KIND = 1000;
/** The closest names taken from people, organizations and outlets. */
const NAMES_PER_KIND = 50;
/** Statements taken per matching person, organization or outlet. */
const STATEMENTS_PER_NAME = 20;
/** Below this many word hits, near words are searched too. */
const FEW_HITS = 50;

export type RankedClaim = { claimId: string; score: number };

// The caps are our own constants, written into the SQL as literals so the planner sees them: as
// bind parameters they push PostgreSQL towards generic plans several times slower.
const literal = (value: number) => Prisma.raw(String(Math.trunc(value)));

// Each word of the query, split as the dictionary splits texts, replaced by the dictionary word
// the reader most likely meant, or kept as typed when the texts have it or nothing is close.
// Proposals come from the trigram index, and from the words with two neighbouring letters swapped,
// since a swap in a short word ("trukey") leaves too few trigrams in common to be proposed.
async function meantWords(tx: Prisma.TransactionClient, query: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ token: string; word: string | null }[]>`
    WITH tokens AS (
      SELECT token FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, ${query}))) AS token
    ),
    -- A word the texts have is taken as typed, and so costs no proposals.
    correctable AS (
      SELECT token FROM tokens
       WHERE length(token) >= ${literal(MIN_CORRECTABLE_LENGTH)} AND NOT EXISTS (SELECT FROM search_words WHERE word = token)
       ORDER BY length(token) DESC, token LIMIT ${literal(CORRECTED_WORDS)}
    ),
    proposals AS (
      SELECT correctable.token, proposed.word
        FROM correctable CROSS JOIN LATERAL (
          (SELECT word FROM search_words
            WHERE word % token AND length(word) BETWEEN length(token) - 2 AND length(token) + 2
            ORDER BY word <-> token, word LIMIT ${literal(PROPOSALS_PER_WORD)})
          UNION
          SELECT word FROM search_words
           WHERE word IN (SELECT overlay(token PLACING substr(token, i + 1, 1) || substr(token, i, 1) FROM i FOR 2)
                            FROM generate_series(1, length(token) - 1) AS i)
        ) AS proposed
    )
    SELECT tokens.token, proposals.word
      FROM tokens LEFT JOIN proposals ON proposals.token = tokens.token
     ORDER BY tokens.token, similarity(proposals.word, tokens.token) DESC, proposals.word`;
  const proposalsByToken = new Map<string, string[]>();
  for (const { token, word } of rows) {
    const proposals = proposalsByToken.get(token) ?? [];
    if (word !== null) proposals.push(word);
    proposalsByToken.set(token, proposals);
  }
  return [...proposalsByToken].map(([token, proposals]) => closestSpelling(token, proposals) ?? token);
}

/**
 * `correctSpelling: false` for words that are spelled as the texts spell them (article intake's,
 * taken from a pasted article): the dictionary's corrections cost a query, and would only widen the net.
 */
export async function rankClaimsForQuery(
  query: string,
  { correctSpelling = true }: { correctSpelling?: boolean } = {},
): Promise<RankedClaim[]> {
  // The query is always a bound parameter, never spliced into SQL.
  return readTransaction(async (tx) => {
    // Both settings last until the end of this transaction. The query is prepared once per
    // connection, and after a few runs PostgreSQL may switch it to a generic plan that cannot see
    // the reader's words, which is many times slower for common ones: plan each run afresh.
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true),
                                set_config('pg_trgm.similarity_threshold', ${String(PROPOSAL_SIMILARITY_THRESHOLD)}, true),
                                set_config('plan_cache_mode', 'force_custom_plan', true)`;
    const nearText = correctSpelling ? (await meantWords(tx, query)).join(' or ') : '';
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
      -- When the words as typed found little, the words the reader most likely meant may match
      -- instead (any of them). Near hits count half, and only where the words found nothing.
      near_words AS (
        SELECT websearch_to_tsquery('english'::regconfig, ${nearText}) AS words
         WHERE ${nearText} <> '' AND (SELECT count(*) FROM quote_hits) + (SELECT count(*) FROM summary_hits) < ${literal(FEW_HITS)}
      ),
      near_quote_hits AS (
        SELECT s.id, ts_rank(statement_document(s.text, s.translation), near_words.words) * 0.5 AS score
          FROM (SELECT id, text, translation FROM statements, near_words
                 WHERE statement_document(text, translation) @@ near_words.words LIMIT ${literal(CANDIDATES_PER_KIND)}) AS s, near_words
         WHERE s.id NOT IN (SELECT id FROM quote_hits)
      ),
      near_summary_hits AS (
        SELECT c.id, ts_rank(to_tsvector('english'::regconfig, c.summary), near_words.words) AS score
          FROM (SELECT id, summary FROM claims, near_words
                 WHERE to_tsvector('english'::regconfig, summary) @@ near_words.words LIMIT ${literal(CANDIDATES_PER_KIND)}) AS c, near_words
         WHERE c.id NOT IN (SELECT id FROM summary_hits)
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
        SELECT * FROM quote_hits UNION ALL SELECT * FROM near_quote_hits UNION ALL SELECT * FROM speaker_hits
      ),
      -- Hits are a few thousand rows at most: each is looked up through its index. The OFFSET 0
      -- keeps each lookup a subquery the planner cannot turn into a join, where it would hash all
      -- 100,000 claims to match 2,000 hits.
      claim_hits AS (
        SELECT id AS claim_id, score FROM summary_hits
        UNION ALL
        SELECT id, score FROM near_summary_hits
        UNION ALL
        SELECT c.id, h.score * 1.5 FROM statement_hits h CROSS JOIN LATERAL (SELECT id FROM claims WHERE statement_id = h.id OFFSET 0) AS c
        UNION ALL
        SELECT r.claim_id, h.score FROM statement_hits h
          CROSS JOIN LATERAL (SELECT claim_id FROM rebuttals WHERE statement_id = h.id AND status = 'published' OFFSET 0) AS r
      ),
      claim_scores AS (
        SELECT claim_id, sum(score) AS score FROM claim_hits GROUP BY claim_id
      )
      SELECT scores.claim_id, scores.score::float8 AS score
        FROM claim_scores scores
       WHERE EXISTS (SELECT FROM claims WHERE id = scores.claim_id AND status = 'published' OFFSET 0)
       ORDER BY score DESC, scores.claim_id
       LIMIT ${literal(MAX_SEARCH_RESULTS)}`;
    return rows.map((row) => ({ claimId: row.claim_id, score: row.score }));
  });
}
