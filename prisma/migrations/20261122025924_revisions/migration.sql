-- CreateEnum
CREATE TYPE "revision_entity" AS ENUM ('claim', 'statement', 'rebuttal', 'source', 'person', 'organization');

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "revisions" (
    "id" UUID NOT NULL,
    "entity_type" "revision_entity" NOT NULL,
    "entity_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "actor_id" UUID,
    "reason" VARCHAR(1000),
    "snapshot" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrections" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "changed" VARCHAR(1000) NOT NULL,
    "note" VARCHAR(2000) NOT NULL,
    "actor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "corrections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "revisions_actor_id_idx" ON "revisions"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "revisions_entity_type_entity_id_version_key" ON "revisions"("entity_type", "entity_id", "version");

-- CreateIndex
CREATE INDEX "corrections_claim_id_created_at_idx" ON "corrections"("claim_id", "created_at");

-- CreateIndex
CREATE INDEX "corrections_created_at_id_idx" ON "corrections"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "corrections_actor_id_idx" ON "corrections"("actor_id");

-- AddForeignKey
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (Prisma's diff does not see checks or triggers).

-- Revisions are history: never changed, never removed. One function for every append-only table
-- from here on (it names the table it refuses), where the accounts migration wrote one per table.
CREATE FUNCTION "append_only_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "revisions_append_only" BEFORE UPDATE OR DELETE ON "revisions" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse_change"();
CREATE TRIGGER "revisions_no_truncate" BEFORE TRUNCATE ON "revisions" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse_change"();

ALTER TABLE "revisions" ADD CONSTRAINT "revisions_version_positive" CHECK ("version" >= 1);
ALTER TABLE "claims" ADD CONSTRAINT "claims_version_positive" CHECK ("version" >= 1);

-- A deleted claim is never published, so every reader's `status = 'published'` filter (Prisma's
-- and the raw SQL's alike) leaves deleted claims out without a second condition.
ALTER TABLE "claims" ADD CONSTRAINT "claims_deleted_not_published" CHECK ("deleted_at" IS NULL OR "status" <> 'published');

ALTER TABLE "corrections" ADD CONSTRAINT "corrections_text_present" CHECK (length(btrim("note")) > 0 AND length(btrim("changed")) > 0);
