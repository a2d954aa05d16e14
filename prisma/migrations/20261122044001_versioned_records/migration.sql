-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "people" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "rebuttals" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "sources" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "statements" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Written by hand (Prisma's diff does not see checks).

ALTER TABLE "people" ADD CONSTRAINT "people_version_positive" CHECK ("version" >= 1);
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_version_positive" CHECK ("version" >= 1);
ALTER TABLE "sources" ADD CONSTRAINT "sources_version_positive" CHECK ("version" >= 1);
ALTER TABLE "statements" ADD CONSTRAINT "statements_version_positive" CHECK ("version" >= 1);
ALTER TABLE "rebuttals" ADD CONSTRAINT "rebuttals_version_positive" CHECK ("version" >= 1);

-- As for claims: a deleted row is never published, so every reader's `status = 'published'`
-- filter leaves it out without a second condition (and a deleted counter-statement stops counting,
-- since the rebuttal-count triggers count published rows).
ALTER TABLE "people" ADD CONSTRAINT "people_deleted_not_published" CHECK ("deleted_at" IS NULL OR "status" <> 'published');
ALTER TABLE "sources" ADD CONSTRAINT "sources_deleted_not_published" CHECK ("deleted_at" IS NULL OR "status" <> 'published');
ALTER TABLE "rebuttals" ADD CONSTRAINT "rebuttals_deleted_not_published" CHECK ("deleted_at" IS NULL OR "status" <> 'published');
