-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "speakers";

-- CreateEnum
CREATE TYPE "speakers"."PartnershipTier" AS ENUM ('BRONZE', 'SILVER', 'GOLD', 'PLATINUM', 'STRATEGIC');

-- CreateEnum
CREATE TYPE "speakers"."SpeakerAvailability" AS ENUM ('AVAILABLE', 'BUSY', 'UNAVAILABLE', 'INVITED', 'CONFIRMED', 'DECLINED');

-- CreateEnum
CREATE TYPE "speakers"."ContactChannel" AS ENUM ('EMAIL', 'PHONE');

-- CreateEnum
CREATE TYPE "speakers"."SpeakerRole" AS ENUM ('PRIMARY_SPEAKER', 'CO_SPEAKER', 'MODERATOR', 'PANELIST');

-- CreateEnum
CREATE TYPE "speakers"."InvitationStatus" AS ENUM ('INVITED', 'CONFIRMED', 'DECLINED');

-- CreateTable
CREATE TABLE "speakers"."companies" (
    "id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "display_name" VARCHAR(255) NOT NULL,
    "is_partner" BOOLEAN NOT NULL DEFAULT false,
    "website" VARCHAR(500),
    "industry" VARCHAR(100),
    "employee_count" INTEGER,
    "headquarters_street" VARCHAR(255),
    "headquarters_postal_code" VARCHAR(20),
    "headquarters_city" VARCHAR(100),
    "headquarters_country" VARCHAR(100),
    "description" TEXT,
    "social_links" JSONB NOT NULL DEFAULT '{}',
    "organization_id" UUID NOT NULL,
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "companies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speakers"."company_logos" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "file_id" VARCHAR(255) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "mime_type" VARCHAR(100) NOT NULL,
    "file_size_bytes" BIGINT NOT NULL,
    "s3_key" VARCHAR(500) NOT NULL,
    "uploaded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploaded_by" UUID NOT NULL,
    "is_current" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "company_logos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speakers"."partners" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "partnership_level" "speakers"."PartnershipTier" NOT NULL,
    "partnership_start_date" DATE NOT NULL,
    "partnership_end_date" DATE,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "benefits" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "partners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speakers"."partner_contacts" (
    "id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speakers"."speakers" (
    "id" UUID NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "first_name" VARCHAR(100) NOT NULL,
    "last_name" VARCHAR(100) NOT NULL,
    "user_id" UUID,
    "organization_id" UUID,
    "company_id" UUID,
    "position" VARCHAR(255),
    "short_bio" TEXT,
    "detailed_bio" TEXT,
    "expertise_areas" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "profile_photo_url" VARCHAR(500),
    "linkedin_url" VARCHAR(500),
    "twitter_handle" VARCHAR(50),
    "certifications" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "speaking_topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "availability" "speakers"."SpeakerAvailability" NOT NULL DEFAULT 'AVAILABLE',
    "contact_channel" "speakers"."ContactChannel" NOT NULL DEFAULT 'EMAIL',
    "phone" VARCHAR(50),
    "preferred_language" VARCHAR(10) NOT NULL DEFAULT 'de',
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "speakers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speakers"."speaking_engagements" (
    "id" UUID NOT NULL,
    "speaker_id" UUID NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "event_name" VARCHAR(255) NOT NULL,
    "held_on" DATE NOT NULL,
    "url" VARCHAR(500),

    CONSTRAINT "speaking_engagements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speakers"."session_speakers" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "speaker_id" UUID NOT NULL,
    "role" "speakers"."SpeakerRole" NOT NULL,
    "presentation_title" VARCHAR(255),
    "status" "speakers"."InvitationStatus" NOT NULL DEFAULT 'INVITED',
    "invited_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(6),
    "declined_at" TIMESTAMPTZ(6),
    "decline_reason" TEXT,
    "invited_by" UUID NOT NULL,
    "answered_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "session_speakers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speakers"."outbox" (
    "position" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "aggregate_type" VARCHAR(50) NOT NULL,
    "aggregate_id" UUID NOT NULL,
    "event_type" VARCHAR(100) NOT NULL,
    "event_version" INTEGER NOT NULL DEFAULT 1,
    "occurred_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB NOT NULL,
    "published_at" TIMESTAMPTZ(6),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("position")
);

-- CreateTable
CREATE TABLE "speakers"."event_refs" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "organizer_id" UUID NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "status" VARCHAR(30) NOT NULL,
    "published_at" TIMESTAMPTZ(6),
    "starts_at" TIMESTAMPTZ(6) NOT NULL,
    "ends_at" TIMESTAMPTZ(6) NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL,
    "capacity" INTEGER,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "event_refs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speakers"."session_refs" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "starts_at" TIMESTAMPTZ(6) NOT NULL,
    "ends_at" TIMESTAMPTZ(6) NOT NULL,
    "capacity" INTEGER,
    "removed" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "session_refs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speakers"."sent_mail" (
    "event_id" UUID NOT NULL,
    "recipient" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sent_mail_pkey" PRIMARY KEY ("event_id","recipient")
);

-- CreateIndex
CREATE INDEX "companies_name_idx" ON "speakers"."companies"("name");

-- CreateIndex
CREATE INDEX "companies_is_partner_idx" ON "speakers"."companies"("is_partner");

-- CreateIndex
CREATE INDEX "companies_organization_id_idx" ON "speakers"."companies"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "company_logos_s3_key_key" ON "speakers"."company_logos"("s3_key");

-- CreateIndex
CREATE INDEX "company_logos_company_id_idx" ON "speakers"."company_logos"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "partners_company_id_key" ON "speakers"."partners"("company_id");

-- CreateIndex
CREATE INDEX "partners_is_active_idx" ON "speakers"."partners"("is_active");

-- CreateIndex
CREATE INDEX "partner_contacts_user_id_idx" ON "speakers"."partner_contacts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "partner_contacts_partner_id_user_id_key" ON "speakers"."partner_contacts"("partner_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "speakers_email_key" ON "speakers"."speakers"("email");

-- CreateIndex
CREATE UNIQUE INDEX "speakers_user_id_key" ON "speakers"."speakers"("user_id");

-- CreateIndex
CREATE INDEX "speakers_company_id_idx" ON "speakers"."speakers"("company_id");

-- CreateIndex
CREATE INDEX "speakers_organization_id_idx" ON "speakers"."speakers"("organization_id");

-- CreateIndex
CREATE INDEX "speaking_engagements_speaker_id_held_on_idx" ON "speakers"."speaking_engagements"("speaker_id", "held_on");

-- CreateIndex
CREATE INDEX "session_speakers_speaker_id_idx" ON "speakers"."session_speakers"("speaker_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_speakers_session_id_speaker_id_key" ON "speakers"."session_speakers"("session_id", "speaker_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_id_key" ON "speakers"."outbox"("id");

-- CreateIndex
CREATE INDEX "outbox_published_at_position_idx" ON "speakers"."outbox"("published_at", "position");

-- CreateIndex
CREATE INDEX "session_refs_event_id_idx" ON "speakers"."session_refs"("event_id");

-- AddForeignKey
ALTER TABLE "speakers"."company_logos" ADD CONSTRAINT "company_logos_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "speakers"."companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speakers"."partners" ADD CONSTRAINT "partners_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "speakers"."companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speakers"."partner_contacts" ADD CONSTRAINT "partner_contacts_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "speakers"."partners"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speakers"."speakers" ADD CONSTRAINT "speakers_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "speakers"."companies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speakers"."speaking_engagements" ADD CONSTRAINT "speaking_engagements_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "speakers"."speakers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speakers"."session_speakers" ADD CONSTRAINT "session_speakers_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "speakers"."speakers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Company names are unique whatever the letter case ("ACME AG" and "Acme AG" are one company).
CREATE UNIQUE INDEX "companies_name_lower_key" ON "speakers"."companies" (lower("name"));

-- One current logo per company (the seed's idx_company_current_logo).
CREATE UNIQUE INDEX "company_logos_one_current" ON "speakers"."company_logos" ("company_id") WHERE "is_current";

-- At most one primary speaker per session among invitations that are not declined, however concurrent the writers.
CREATE UNIQUE INDEX "session_speakers_one_primary" ON "speakers"."session_speakers" ("session_id")
    WHERE "role" = 'PRIMARY_SPEAKER' AND "status" <> 'DECLINED';

-- Dates and counts that cannot be negative or backwards.
ALTER TABLE "speakers"."partners" ADD CONSTRAINT "partners_date_order"
    CHECK ("partnership_end_date" IS NULL OR "partnership_end_date" >= "partnership_start_date");
ALTER TABLE "speakers"."companies" ADD CONSTRAINT "companies_employee_count_positive"
    CHECK ("employee_count" IS NULL OR "employee_count" > 0);
ALTER TABLE "speakers"."company_logos" ADD CONSTRAINT "company_logos_size_positive" CHECK ("file_size_bytes" > 0);

-- An answered invitation carries its answer's time: confirmed ones confirmed_at, declined ones declined_at.
ALTER TABLE "speakers"."session_speakers" ADD CONSTRAINT "session_speakers_answer_times" CHECK (
    ("status" <> 'CONFIRMED' OR "confirmed_at" IS NOT NULL) AND ("status" <> 'DECLINED' OR "declined_at" IS NOT NULL));
