-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "audit_event_kind" ADD VALUE 'claims_linked';
ALTER TYPE "audit_event_kind" ADD VALUE 'claims_unlinked';

-- CreateTable
CREATE TABLE "related_claims" (
    "first_claim_id" UUID NOT NULL,
    "second_claim_id" UUID NOT NULL,
    "linked_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "related_claims_pkey" PRIMARY KEY ("first_claim_id","second_claim_id")
);

-- CreateIndex
CREATE INDEX "related_claims_second_claim_id_idx" ON "related_claims"("second_claim_id");

-- CreateIndex
CREATE INDEX "related_claims_linked_by_id_idx" ON "related_claims"("linked_by_id");

-- AddForeignKey
ALTER TABLE "related_claims" ADD CONSTRAINT "related_claims_first_claim_id_fkey" FOREIGN KEY ("first_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "related_claims" ADD CONSTRAINT "related_claims_second_claim_id_fkey" FOREIGN KEY ("second_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "related_claims" ADD CONSTRAINT "related_claims_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A link is symmetric, so each unordered pair is stored once, the smaller id first: the primary key
-- then refuses the same pair linked twice in either order, and the strict order refuses a claim
-- linked to itself. Prisma's diff ignores CHECK constraints, hence by hand.
ALTER TABLE "related_claims" ADD CONSTRAINT "related_claims_ordered_pair"
  CHECK ("first_claim_id" < "second_claim_id");
