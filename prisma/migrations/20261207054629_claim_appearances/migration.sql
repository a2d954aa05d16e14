-- CreateTable
CREATE TABLE "claim_appearances" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "statement_id" UUID NOT NULL,
    "status" "publication_status" NOT NULL DEFAULT 'draft',
    "proposed_by_id" UUID,
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claim_appearances_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_appearances_claim_id_status_statement_id_idx" ON "claim_appearances"("claim_id", "status", "statement_id");

-- CreateIndex
CREATE INDEX "claim_appearances_statement_id_idx" ON "claim_appearances"("statement_id");

-- CreateIndex
CREATE INDEX "claim_appearances_proposed_by_id_idx" ON "claim_appearances"("proposed_by_id");

-- CreateIndex
CREATE INDEX "claim_appearances_reviewed_by_id_idx" ON "claim_appearances"("reviewed_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "claim_appearances_claim_id_statement_id_key" ON "claim_appearances"("claim_id", "statement_id");

-- AddForeignKey
ALTER TABLE "claim_appearances" ADD CONSTRAINT "claim_appearances_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_appearances" ADD CONSTRAINT "claim_appearances_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_appearances" ADD CONSTRAINT "claim_appearances_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_appearances" ADD CONSTRAINT "claim_appearances_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- As on counter-statements (versioned_records): versions count from 1, and a deleted appearance is
-- never published. Prisma's diff ignores CHECK constraints, hence by hand.
ALTER TABLE "claim_appearances" ADD CONSTRAINT "claim_appearances_version_positive" CHECK ("version" >= 1);
ALTER TABLE "claim_appearances" ADD CONSTRAINT "claim_appearances_deleted_not_published" CHECK ("deleted_at" IS NULL OR "status" <> 'published');
