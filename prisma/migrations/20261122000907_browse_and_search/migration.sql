-- DropIndex
DROP INDEX "rebuttals_statement_id_idx";

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "claimed_on" DATE NOT NULL DEFAULT CURRENT_DATE,
ADD COLUMN     "rebuttal_count" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "claims_status_claimed_on_id_idx" ON "claims"("status", "claimed_on" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "claims_status_rebuttal_count_claimed_on_id_idx" ON "claims"("status", "rebuttal_count" DESC, "claimed_on" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "rebuttals_statement_id_status_idx" ON "rebuttals"("statement_id", "status");

-- Derived sort keys, kept by triggers so that every writer (editors, seed, imports, bulk loads)
-- keeps them right within its own transaction. Prisma's diff ignores functions and triggers.

-- claims.claimed_on: the claimed statement's date, else the day the claim was recorded.
CREATE FUNCTION claims_set_claimed_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.claimed_on := COALESCE((SELECT said_on FROM statements WHERE id = NEW.statement_id), NEW.created_at::date);
  RETURN NEW;
END
$$;
CREATE TRIGGER claims_set_claimed_on BEFORE INSERT OR UPDATE OF statement_id ON claims
  FOR EACH ROW EXECUTE FUNCTION claims_set_claimed_on();

CREATE FUNCTION statements_propagate_said_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE claims SET claimed_on = COALESCE(NEW.said_on, claims.created_at::date) WHERE statement_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER statements_propagate_said_on AFTER UPDATE OF said_on ON statements
  FOR EACH ROW WHEN (OLD.said_on IS DISTINCT FROM NEW.said_on) EXECUTE FUNCTION statements_propagate_said_on();

-- claims.rebuttal_count: published counter-statements. Statement-level triggers with transition
-- tables recount each touched claim once per statement, so a bulk insert costs one pass.
CREATE FUNCTION rebuttals_recount_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE claims SET rebuttal_count = (SELECT count(*) FROM rebuttals r WHERE r.claim_id = claims.id AND r.status = 'published')
      WHERE id IN (SELECT claim_id FROM changed_new);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE claims SET rebuttal_count = (SELECT count(*) FROM rebuttals r WHERE r.claim_id = claims.id AND r.status = 'published')
      WHERE id IN (SELECT claim_id FROM changed_old);
  ELSE
    UPDATE claims SET rebuttal_count = (SELECT count(*) FROM rebuttals r WHERE r.claim_id = claims.id AND r.status = 'published')
      WHERE id IN (SELECT claim_id FROM changed_new UNION SELECT claim_id FROM changed_old);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER rebuttals_recount_on_insert AFTER INSERT ON rebuttals
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION rebuttals_recount_claims();
CREATE TRIGGER rebuttals_recount_on_update AFTER UPDATE ON rebuttals
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION rebuttals_recount_claims();
CREATE TRIGGER rebuttals_recount_on_delete AFTER DELETE ON rebuttals
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION rebuttals_recount_claims();

UPDATE claims SET
  claimed_on = COALESCE((SELECT said_on FROM statements WHERE id = claims.statement_id), claims.created_at::date),
  rebuttal_count = (SELECT count(*) FROM rebuttals r WHERE r.claim_id = claims.id AND r.status = 'published');

-- Search: full-text (English stemming) for words, trigrams for typos and partial names.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One definition of a statement's searchable document, shared by the index and the queries
-- (lib/dal/search.ts) so that the planner can use the index.
CREATE FUNCTION statement_document(text text, translation text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN to_tsvector('english'::regconfig, text || ' ' || COALESCE(translation, ''));

CREATE INDEX statements_document_idx ON statements USING gin (statement_document(text, translation));
CREATE INDEX statements_text_trgm_idx ON statements USING gin (text gin_trgm_ops);
CREATE INDEX claims_summary_document_idx ON claims USING gin (to_tsvector('english'::regconfig, summary));
CREATE INDEX claims_summary_trgm_idx ON claims USING gin (summary gin_trgm_ops);
CREATE INDEX people_name_trgm_idx ON people USING gin (name gin_trgm_ops);
CREATE INDEX organizations_name_trgm_idx ON organizations USING gin (name gin_trgm_ops);
CREATE INDEX sources_outlet_trgm_idx ON sources USING gin (outlet gin_trgm_ops);
