-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "proposed_by_id" UUID,
ADD COLUMN     "review_note" VARCHAR(2000),
ADD COLUMN     "reviewed_at" TIMESTAMPTZ(3),
ADD COLUMN     "reviewed_by_id" UUID;

-- CreateIndex
CREATE INDEX "claims_proposed_by_id_created_at_idx" ON "claims"("proposed_by_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
