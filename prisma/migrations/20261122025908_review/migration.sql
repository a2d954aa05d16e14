-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "audit_event_kind" ADD VALUE 'publication';
ALTER TYPE "audit_event_kind" ADD VALUE 'rejection';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "publication_status" ADD VALUE 'submitted';
ALTER TYPE "publication_status" ADD VALUE 'rejected';

-- AlterTable
ALTER TABLE "people" ADD COLUMN     "status" "publication_status" NOT NULL DEFAULT 'published';

-- AlterTable
ALTER TABLE "rebuttals" ADD COLUMN     "proposed_by_id" UUID,
ADD COLUMN     "review_note" VARCHAR(2000),
ADD COLUMN     "reviewed_at" TIMESTAMPTZ(3),
ADD COLUMN     "reviewed_by_id" UUID;

-- AlterTable
ALTER TABLE "roles" ADD COLUMN     "status" "publication_status" NOT NULL DEFAULT 'published';

-- AlterTable
ALTER TABLE "sources" ADD COLUMN     "status" "publication_status" NOT NULL DEFAULT 'published';

-- AlterTable
ALTER TABLE "statements" ADD COLUMN     "unverified_reason" VARCHAR(1000);

-- CreateIndex
CREATE INDEX "rebuttals_proposed_by_id_created_at_idx" ON "rebuttals"("proposed_by_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "rebuttals" ADD CONSTRAINT "rebuttals_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rebuttals" ADD CONSTRAINT "rebuttals_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
