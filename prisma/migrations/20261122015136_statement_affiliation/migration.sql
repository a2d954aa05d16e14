-- Which organization a statement was spoken for (its speaker's role's organization, else the
-- organization that spoke itself), and that organization's country, stored on the statement so
-- that "what France said" is one indexed column instead of an OR across two joins.

-- AlterTable
ALTER TABLE "statements" ADD COLUMN     "affiliated_country_code" CHAR(2),
ADD COLUMN     "affiliated_organization_id" UUID;

-- Backfill before the indexes exist: one pass, no index maintenance per row.
UPDATE statements s
   SET affiliated_organization_id = a.organization_id, affiliated_country_code = o.country_code
  FROM (SELECT st.id, COALESCE(r.organization_id, st.speaker_organization_id) AS organization_id
          FROM statements st LEFT JOIN roles r ON r.id = st.role_id) a
  JOIN organizations o ON o.id = a.organization_id
 WHERE s.id = a.id;

-- CreateIndex
CREATE INDEX "people_name_id_idx" ON "people"("name", "id");

-- CreateIndex
CREATE INDEX "rebuttals_claim_id_status_statement_id_idx" ON "rebuttals"("claim_id", "status", "statement_id");

-- CreateIndex
CREATE INDEX "statements_affiliated_organization_id_idx" ON "statements"("affiliated_organization_id");

-- CreateIndex
CREATE INDEX "statements_affiliated_country_code_idx" ON "statements"("affiliated_country_code");

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_affiliated_organization_id_fkey" FOREIGN KEY ("affiliated_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Kept by triggers, so that every writer (editors, seed, imports, bulk loads) keeps them right in
-- its own transaction. One definition: statements_set_affiliation computes both columns, and runs
-- whenever a statement's speaker or role changes, or either column is written (a write is
-- overridden, so the columns cannot be set wrong). A role moved to another organization, or an
-- organization given another country, touches its statements' column to re-run it.
CREATE FUNCTION statements_set_affiliation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.affiliated_organization_id := COALESCE((SELECT organization_id FROM roles WHERE id = NEW.role_id), NEW.speaker_organization_id);
  NEW.affiliated_country_code := (SELECT country_code FROM organizations WHERE id = NEW.affiliated_organization_id);
  RETURN NEW;
END
$$;
CREATE TRIGGER statements_set_affiliation
  BEFORE INSERT OR UPDATE OF role_id, speaker_organization_id, affiliated_organization_id, affiliated_country_code ON statements
  FOR EACH ROW EXECUTE FUNCTION statements_set_affiliation();

CREATE FUNCTION roles_propagate_organization() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE statements SET affiliated_organization_id = NULL WHERE role_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER roles_propagate_organization AFTER UPDATE OF organization_id ON roles
  FOR EACH ROW WHEN (OLD.organization_id IS DISTINCT FROM NEW.organization_id) EXECUTE FUNCTION roles_propagate_organization();

CREATE FUNCTION organizations_propagate_country() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE statements SET affiliated_country_code = NULL WHERE affiliated_organization_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER organizations_propagate_country AFTER UPDATE OF country_code ON organizations
  FOR EACH ROW WHEN (OLD.country_code IS DISTINCT FROM NEW.country_code) EXECUTE FUNCTION organizations_propagate_country();
