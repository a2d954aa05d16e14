-- CreateTable
CREATE TABLE "claim_slug_redirects" (
    "slug" VARCHAR(120) NOT NULL,
    "claim_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_slug_redirects_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "claim_slug_redirects_claim_id_idx" ON "claim_slug_redirects"("claim_id");

-- AddForeignKey
ALTER TABLE "claim_slug_redirects" ADD CONSTRAINT "claim_slug_redirects_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Slug history, kept by triggers so that every writer (editors, imports, a hand-run UPDATE) keeps
-- old links working within its own transaction. Prisma's diff ignores functions and triggers.
--
-- The rule: a slug a claim once had stays reserved for that claim. Another claim may not take it
-- (links to it out in the world must keep leading to the claim they meant), but the claim itself
-- may take it back, which removes the redirect so that it never points at itself.

-- Before a claim gets a slug: refuse one that is another claim's old slug.
CREATE FUNCTION claims_refuse_reserved_slug() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM claim_slug_redirects WHERE slug = NEW.slug AND claim_id <> NEW.id) THEN
    RAISE EXCEPTION 'slug "%" is reserved: another claim used it before', NEW.slug
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'claim_slug_redirects_pkey';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER claims_refuse_reserved_slug BEFORE INSERT OR UPDATE OF slug ON claims
  FOR EACH ROW EXECUTE FUNCTION claims_refuse_reserved_slug();

-- After a claim's slug changes: its old slug now redirects to it, and the new one no longer does.
CREATE FUNCTION claims_record_old_slug() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM claim_slug_redirects WHERE slug = NEW.slug;
  INSERT INTO claim_slug_redirects (slug, claim_id) VALUES (OLD.slug, NEW.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER claims_record_old_slug AFTER UPDATE OF slug ON claims
  FOR EACH ROW WHEN (OLD.slug IS DISTINCT FROM NEW.slug) EXECUTE FUNCTION claims_record_old_slug();
