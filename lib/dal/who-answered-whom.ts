import 'server-only';
import { db } from '../db';
import { buildAnswerMatrix, type AnswerMatrix, type AnswerPairRow } from '../domain/answer-matrix';
import type { AnswerFilters } from '../validation/answer-filters';
import { answeredClaimConditions } from './answer-filters';

// Who answered whom: how many published counter-statements each claimant received from each
// country or organization. Counted by the database in one aggregate query, never by loading
// counter-statements; only the busiest claimants and answerers are kept, so the table stays readable and
// its size bounded whatever the size of the record.

/** How many claimants (rows) and answerers (columns) the matrix keeps. */
export const MATRIX_LIMIT = 20;

export type WhoAnsweredWhom = AnswerMatrix & {
  /** How many claimants and answerers there are in all, shown or not. */
  claimantCount: number;
  answererCount: number;
};

type MatrixQueryRow = {
  claimant_slug: string;
  claimant_name: string;
  claimant_total: number;
  answerer_country_code: string | null;
  answerer_organization_slug: string | null;
  answerer_organization_name: string | null;
  answerer_total: number;
  answers: number;
  claimant_count: number;
  answerer_count: number;
};

/** `filters`: only claims of a topic, or made between two days (none: every claim). */
export async function getWhoAnsweredWhom(filters: AnswerFilters = {}): Promise<WhoAnsweredWhom> {
  // Claimants are people: a claim made in an organization's name has no person filter on /claims to
  // link to. An answer counts for its speaker's organization when they spoke (their role's), else
  // the organization that spoke itself, and that organization's country when it has one; answers by
  // speakers with no organization have no column. The top claimants and answerers are crossed, so
  // every cell of the table comes back, zeros included, in at most MATRIX_LIMIT² rows.
  const rows = await db.$queryRaw<MatrixQueryRow[]>`
    WITH pairs AS (
      SELECT claimed.speaker_person_id AS claimant_id,
             o.country_code,
             CASE WHEN o.country_code IS NULL THEN o.id END AS organization_id,
             count(*)::int AS answers
        FROM rebuttals r
        JOIN claims c ON c.id = r.claim_id AND c.status = 'published' ${answeredClaimConditions(filters)}
        JOIN statements claimed ON claimed.id = c.statement_id
        JOIN statements answer ON answer.id = r.statement_id
        JOIN organizations o ON o.id = answer.affiliated_organization_id
       WHERE r.status = 'published' AND claimed.speaker_person_id IS NOT NULL
       GROUP BY 1, 2, 3
    ),
    claimants AS (
      SELECT claimant_id, sum(answers)::int AS total FROM pairs GROUP BY claimant_id
    ),
    answerers AS (
      SELECT country_code, organization_id, sum(answers)::int AS total FROM pairs GROUP BY country_code, organization_id
    ),
    top_claimants AS (
      SELECT p.id, p.slug, p.name, claimants.total
        FROM claimants JOIN people p ON p.id = claimants.claimant_id
       ORDER BY claimants.total DESC, p.name, p.id LIMIT ${MATRIX_LIMIT}
    ),
    top_answerers AS (
      SELECT answerers.country_code, answerers.organization_id, o.slug, o.name, answerers.total
        FROM answerers LEFT JOIN organizations o ON o.id = answerers.organization_id
       ORDER BY answerers.total DESC, answerers.country_code, o.name, o.id LIMIT ${MATRIX_LIMIT}
    )
    SELECT tc.slug AS claimant_slug, tc.name AS claimant_name, tc.total AS claimant_total,
           ta.country_code AS answerer_country_code, ta.slug AS answerer_organization_slug,
           ta.name AS answerer_organization_name, ta.total AS answerer_total,
           COALESCE(pairs.answers, 0) AS answers,
           (SELECT count(*) FROM claimants)::int AS claimant_count,
           (SELECT count(*) FROM answerers)::int AS answerer_count
      FROM top_claimants tc
     CROSS JOIN top_answerers ta
      LEFT JOIN pairs ON pairs.claimant_id = tc.id
                     AND pairs.country_code IS NOT DISTINCT FROM ta.country_code
                     AND pairs.organization_id IS NOT DISTINCT FROM ta.organization_id`;
  const matrix = buildAnswerMatrix(
    rows.map((row): AnswerPairRow => ({
      claimantSlug: row.claimant_slug,
      claimantName: row.claimant_name,
      claimantTotal: row.claimant_total,
      answererCountryCode: row.answerer_country_code?.trim() ?? null,
      answererOrganizationSlug: row.answerer_organization_slug,
      answererOrganizationName: row.answerer_organization_name,
      answererTotal: row.answerer_total,
      answers: row.answers,
    })),
  );
  return { ...matrix, claimantCount: rows[0]?.claimant_count ?? 0, answererCount: rows[0]?.answerer_count ?? 0 };
}
