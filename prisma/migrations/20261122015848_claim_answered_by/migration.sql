-- Who answered each claim, on the claim row: the organizations its published counter-statements
-- were spoken for, and their countries. "Claims France answered" is then a test on the claim row
-- (claims are walked newest first and stop at a page), or a GIN index lookup when the answer is
-- rare, instead of a join through a million counter-statements whose selectivity the planner cannot
-- estimate.

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "answered_by_country_codes" CHAR(2)[] DEFAULT ARRAY[]::CHAR(2)[],
ADD COLUMN     "answered_by_organization_ids" UUID[] DEFAULT ARRAY[]::UUID[];

-- One definition of everything a claim derives from its published counter-statements: the count
-- (rebuttal_count, from the browse_and_search migration) and who answered.
CREATE FUNCTION claims_refresh_answers(claim_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE claims SET
    rebuttal_count = answers.count,
    answered_by_organization_ids = answers.organization_ids,
    answered_by_country_codes = answers.country_codes
  FROM (
    SELECT claim.id,
           count(r.id) AS count,
           COALESCE(array_agg(DISTINCT s.affiliated_organization_id) FILTER (WHERE s.affiliated_organization_id IS NOT NULL), '{}') AS organization_ids,
           COALESCE(array_agg(DISTINCT s.affiliated_country_code) FILTER (WHERE s.affiliated_country_code IS NOT NULL), '{}') AS country_codes
      FROM unnest(claim_ids) AS claim(id)
      LEFT JOIN rebuttals r ON r.claim_id = claim.id AND r.status = 'published'
      LEFT JOIN statements s ON s.id = r.statement_id
     GROUP BY claim.id
  ) AS answers
  WHERE claims.id = answers.id
$$;

-- The rebuttal triggers of browse_and_search now refresh all of it, still once per statement.
CREATE OR REPLACE FUNCTION rebuttals_recount_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM claims_refresh_answers(ARRAY(SELECT DISTINCT claim_id FROM changed_new));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM claims_refresh_answers(ARRAY(SELECT DISTINCT claim_id FROM changed_old));
  ELSE
    PERFORM claims_refresh_answers(ARRAY(SELECT claim_id FROM changed_new UNION SELECT claim_id FROM changed_old));
  END IF;
  RETURN NULL;
END
$$;

-- A statement now spoken for another organization (its role or speaker changed, or the
-- statement_affiliation triggers re-derived it) changes who answered the claims it answers.
CREATE FUNCTION statements_refresh_answered_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claims_refresh_answers(ARRAY(SELECT claim_id FROM rebuttals WHERE statement_id = NEW.id));
  RETURN NULL;
END
$$;
CREATE TRIGGER statements_refresh_answered_claims
  AFTER UPDATE OF role_id, speaker_organization_id, affiliated_organization_id, affiliated_country_code ON statements
  FOR EACH ROW WHEN (OLD.affiliated_organization_id IS DISTINCT FROM NEW.affiliated_organization_id
                     OR OLD.affiliated_country_code IS DISTINCT FROM NEW.affiliated_country_code)
  EXECUTE FUNCTION statements_refresh_answered_claims();

-- Backfill before the indexes exist.
SELECT claims_refresh_answers(ARRAY(SELECT id FROM claims));

-- CreateIndex
CREATE INDEX "claims_answered_by_organization_ids_idx" ON "claims" USING GIN ("answered_by_organization_ids");

-- CreateIndex
CREATE INDEX "claims_answered_by_country_codes_idx" ON "claims" USING GIN ("answered_by_country_codes");


-- The newest/oldest list index, with the filterable columns after its keys (see schema.prisma).
DROP INDEX "claims_status_claimed_on_id_idx";
CREATE INDEX "claims_list_newest_idx" ON "claims"("status", "claimed_on" DESC, "id" DESC, "verdict", "rebuttal_count", "answered_by_country_codes");
