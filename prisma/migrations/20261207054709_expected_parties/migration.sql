-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "audit_event_kind" ADD VALUE 'expected_party_added';
ALTER TYPE "audit_event_kind" ADD VALUE 'expected_party_removed';

-- CreateTable
CREATE TABLE "expected_parties" (
    "claim_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "added_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "expected_parties_pkey" PRIMARY KEY ("claim_id","organization_id")
);

-- CreateIndex
CREATE INDEX "expected_parties_organization_id_idx" ON "expected_parties"("organization_id");

-- CreateIndex
CREATE INDEX "expected_parties_added_by_id_idx" ON "expected_parties"("added_by_id");

-- AddForeignKey
ALTER TABLE "expected_parties" ADD CONSTRAINT "expected_parties_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expected_parties" ADD CONSTRAINT "expected_parties_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expected_parties" ADD CONSTRAINT "expected_parties_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
