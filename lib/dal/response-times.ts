import 'server-only';
import { db } from '../db';
import { affiliationOf } from '../domain/affiliation';
import type { AnswerFilters } from '../validation/answer-filters';
import { answeredClaimConditions } from './answer-filters';

// How fast each country or organization answers, over every claim it answered: the median delay
// from a claim to that party's first answer to it. Computed by the database in one aggregate
// query over the published record, never by loading answers.
//
// Dates known only to the month or year are intervals of days here as in lib/domain/delays.ts
// (the same rule, in SQL): a party's first answer to a claim lies between the earliest first day
// and the earliest last day of its answers, so its delay lies between two bounds. The median of the
// true delays then lies between the median of the lower bounds and that of the upper bounds, and is
// stated as that range. Claims are counted as in who-answered-whom: a person's, answered by someone
// speaking for an organization; answers or claims with no date are left out.

export type MedianResponseTime = {
  /** The affiliation's key (lib/domain/affiliation.ts): a country, else an organization. */
  key: string;
  /** Claims answered with the claim's and an answer's date known: what the median is over. */
  claims: number;
  minDays: number;
  maxDays: number;
};

type Row = {
  country_code: string | null;
  organization_slug: string | null;
  organization_name: string | null;
  claims: number;
  min_days: number;
  max_days: number;
};

/** `filters`: over the claims of a topic, or made between two days, only (none: every claim). */
export async function getMedianResponseTimes(filters: AnswerFilters = {}): Promise<MedianResponseTime[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH spans AS NOT MATERIALIZED (
      -- date_trunc('day'|'month'|'year', d): the first day of the period the date stands for.
      SELECT s.id, s.speaker_person_id, s.affiliated_organization_id,
             -- Without a time zone, so the session's cannot move a day across midnight.
             date_trunc(s.said_on_precision::text, s.said_on::timestamp)::date AS first_day,
             (date_trunc(s.said_on_precision::text, s.said_on::timestamp) + ('1 ' || s.said_on_precision::text)::interval
               - interval '1 day')::date AS last_day
        FROM statements s
       WHERE s.said_on IS NOT NULL
    ),
    first_answers AS (
      SELECT o.country_code,
             CASE WHEN o.country_code IS NULL THEN o.id END AS organization_id,
             min(answer.first_day) - claimed.last_day AS min_days,
             min(answer.last_day) - claimed.first_day AS max_days
        FROM rebuttals r
        JOIN claims c ON c.id = r.claim_id AND c.status = 'published' ${answeredClaimConditions(filters)}
        JOIN spans claimed ON claimed.id = c.statement_id AND claimed.speaker_person_id IS NOT NULL
        JOIN spans answer ON answer.id = r.statement_id
        JOIN organizations o ON o.id = answer.affiliated_organization_id
       WHERE r.status = 'published'
       GROUP BY r.claim_id, claimed.first_day, claimed.last_day, 1, 2
    )
    SELECT f.country_code, o.slug AS organization_slug, o.name AS organization_name,
           count(*)::int AS claims,
           percentile_disc(0.5) WITHIN GROUP (ORDER BY f.min_days) AS min_days,
           percentile_disc(0.5) WITHIN GROUP (ORDER BY f.max_days) AS max_days
      FROM first_answers f
      LEFT JOIN organizations o ON o.id = f.organization_id
     GROUP BY f.country_code, o.id`;
  return rows.map((row) => ({
    key: affiliationOf(
      row.country_code
        ? { slug: '', name: '', countryCode: row.country_code.trim() }
        : { slug: row.organization_slug ?? '', name: row.organization_name ?? '', countryCode: null },
    ).key,
    claims: row.claims,
    minDays: row.min_days,
    maxDays: row.max_days,
  }));
}
