-- CreateEnum
CREATE TYPE "organization_kind" AS ENUM ('government', 'armed_group', 'political_party', 'international_body', 'media_outlet', 'other');

-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('news_article', 'social_media_post', 'official_statement', 'transcript');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "verdict" AS ENUM ('false', 'mostly_false', 'mixed', 'mostly_true', 'true', 'unrated');

-- CreateEnum
CREATE TYPE "stance" AS ENUM ('contradicts', 'disputes', 'qualifies', 'supports');

-- CreateEnum
CREATE TYPE "publication_status" AS ENUM ('draft', 'published');

-- CreateTable
CREATE TABLE "people" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" VARCHAR(500) NOT NULL,
    "wikidata_id" VARCHAR(20),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "organization_kind" NOT NULL,
    "country_code" CHAR(2),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roles" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "organization_id" UUID,
    "title" VARCHAR(200) NOT NULL,
    "start_date" DATE,
    "end_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL,
    "kind" "source_kind" NOT NULL,
    "outlet" VARCHAR(200),
    "title" VARCHAR(500),
    "url" VARCHAR(2048),
    "published_on" DATE,
    "language" VARCHAR(35) NOT NULL DEFAULT 'en',
    "provenance_note" VARCHAR(1000),
    "archive_text" TEXT NOT NULL,
    "archive_sha256" CHAR(64) NOT NULL,
    "archived_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statements" (
    "id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "language" VARCHAR(35) NOT NULL DEFAULT 'en',
    "translation" TEXT,
    "speaker_person_id" UUID,
    "speaker_organization_id" UUID,
    "role_id" UUID,
    "attribution" VARCHAR(200),
    "said_on" DATE,
    "said_on_precision" "date_precision" NOT NULL DEFAULT 'day',
    "source_id" UUID NOT NULL,
    "quote_start" INTEGER,
    "quote_end" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "statement_id" UUID NOT NULL,
    "summary" VARCHAR(75) NOT NULL,
    "verdict" "verdict" NOT NULL DEFAULT 'unrated',
    "verdict_explanation" TEXT NOT NULL,
    "status" "publication_status" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rebuttals" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "statement_id" UUID NOT NULL,
    "stance" "stance" NOT NULL,
    "note" VARCHAR(2000),
    "status" "publication_status" NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rebuttals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topics" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "topics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_topics" (
    "claim_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,

    CONSTRAINT "claim_topics_pkey" PRIMARY KEY ("claim_id","topic_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "people_slug_key" ON "people"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "people_wikidata_id_key" ON "people"("wikidata_id");

-- CreateIndex
CREATE UNIQUE INDEX "organizations_slug_key" ON "organizations"("slug");

-- CreateIndex
CREATE INDEX "organizations_country_code_idx" ON "organizations"("country_code");

-- CreateIndex
CREATE INDEX "organizations_kind_idx" ON "organizations"("kind");

-- CreateIndex
CREATE INDEX "roles_person_id_idx" ON "roles"("person_id");

-- CreateIndex
CREATE INDEX "roles_organization_id_idx" ON "roles"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "roles_id_person_id_key" ON "roles"("id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "sources_archive_sha256_key" ON "sources"("archive_sha256");

-- CreateIndex
CREATE INDEX "sources_published_on_idx" ON "sources"("published_on");

-- CreateIndex
CREATE INDEX "statements_speaker_person_id_idx" ON "statements"("speaker_person_id");

-- CreateIndex
CREATE INDEX "statements_speaker_organization_id_idx" ON "statements"("speaker_organization_id");

-- CreateIndex
CREATE INDEX "statements_role_id_speaker_person_id_idx" ON "statements"("role_id", "speaker_person_id");

-- CreateIndex
CREATE INDEX "statements_said_on_idx" ON "statements"("said_on");

-- CreateIndex
CREATE UNIQUE INDEX "statements_source_id_quote_start_quote_end_key" ON "statements"("source_id", "quote_start", "quote_end");

-- CreateIndex
CREATE UNIQUE INDEX "claims_slug_key" ON "claims"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "claims_statement_id_key" ON "claims"("statement_id");

-- CreateIndex
CREATE INDEX "claims_status_published_at_idx" ON "claims"("status", "published_at");

-- CreateIndex
CREATE INDEX "claims_verdict_idx" ON "claims"("verdict");

-- CreateIndex
CREATE INDEX "rebuttals_statement_id_idx" ON "rebuttals"("statement_id");

-- CreateIndex
CREATE UNIQUE INDEX "rebuttals_claim_id_statement_id_key" ON "rebuttals"("claim_id", "statement_id");

-- CreateIndex
CREATE UNIQUE INDEX "topics_slug_key" ON "topics"("slug");

-- CreateIndex
CREATE INDEX "claim_topics_topic_id_idx" ON "claim_topics"("topic_id");

-- AddForeignKey
ALTER TABLE "roles" ADD CONSTRAINT "roles_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roles" ADD CONSTRAINT "roles_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_person_id_fkey" FOREIGN KEY ("speaker_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_organization_id_fkey" FOREIGN KEY ("speaker_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_role_id_speaker_person_id_fkey" FOREIGN KEY ("role_id", "speaker_person_id") REFERENCES "roles"("id", "person_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rebuttals" ADD CONSTRAINT "rebuttals_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rebuttals" ADD CONSTRAINT "rebuttals_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_topics" ADD CONSTRAINT "claim_topics_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_topics" ADD CONSTRAINT "claim_topics_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Checks: invariants that Prisma's schema language cannot express. Prisma's diff ignores CHECK
-- constraints, so they live only here, and later migrations that touch these columns must keep them.
-- (No semicolons in comments here: the pg driver adapter splits scripts on them.)
ALTER TABLE "people"
  ADD CONSTRAINT "people_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "people_name_not_blank" CHECK (btrim("name") <> ''),
  ADD CONSTRAINT "people_wikidata_id_format" CHECK ("wikidata_id" ~ '^Q[1-9][0-9]*$');

ALTER TABLE "organizations"
  ADD CONSTRAINT "organizations_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "organizations_name_not_blank" CHECK (btrim("name") <> ''),
  ADD CONSTRAINT "organizations_country_code_format" CHECK ("country_code" ~ '^[A-Z]{2}$');

ALTER TABLE "roles"
  ADD CONSTRAINT "roles_title_not_blank" CHECK (btrim("title") <> ''),
  ADD CONSTRAINT "roles_dates_in_order" CHECK ("end_date" >= "start_date");

ALTER TABLE "sources"
  ADD CONSTRAINT "sources_title_not_blank" CHECK (btrim("title") <> ''),
  ADD CONSTRAINT "sources_outlet_not_blank" CHECK (btrim("outlet") <> ''),
  ADD CONSTRAINT "sources_url_http" CHECK ("url" ~ '^https?://'),
  ADD CONSTRAINT "sources_language_tag" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
  ADD CONSTRAINT "sources_archive_not_blank" CHECK (btrim("archive_text") <> ''),
  ADD CONSTRAINT "sources_archive_sha256_format" CHECK ("archive_sha256" ~ '^[0-9a-f]{64}$');

ALTER TABLE "statements"
  ADD CONSTRAINT "statements_text_not_blank" CHECK (btrim("text") <> ''),
  ADD CONSTRAINT "statements_text_length" CHECK (char_length("text") <= 10000),
  ADD CONSTRAINT "statements_language_tag" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
  -- Exactly one speaker: a person, or an organization when only "a spokesperson" is named.
  ADD CONSTRAINT "statements_one_speaker" CHECK (("speaker_person_id" IS NULL) <> ("speaker_organization_id" IS NULL)),
  -- The composite foreign key to roles is only enforced when both columns are set (MATCH SIMPLE).
  ADD CONSTRAINT "statements_role_needs_person" CHECK ("role_id" IS NULL OR "speaker_person_id" IS NOT NULL),
  ADD CONSTRAINT "statements_quote_span" CHECK (
    ("quote_start" IS NULL AND "quote_end" IS NULL)
    OR ("quote_start" >= 0 AND "quote_end" > "quote_start")
  );

ALTER TABLE "claims"
  ADD CONSTRAINT "claims_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "claims_summary_not_blank" CHECK (btrim("summary") <> ''),
  ADD CONSTRAINT "claims_published_has_date" CHECK ("status" <> 'published' OR "published_at" IS NOT NULL);

ALTER TABLE "topics"
  ADD CONSTRAINT "topics_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "topics_name_not_blank" CHECK (btrim("name") <> '');
