-- btree_gist lets one exclusion constraint compare room ids (=) and time ranges (&&).
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "events";

-- CreateEnum
CREATE TYPE "events"."EventStatus" AS ENUM ('DRAFT', 'TOPIC_DEFINED', 'SPEAKERS_INVITED', 'AGENDA_DRAFT', 'PUBLISHED', 'REGISTRATION_OPEN', 'REGISTRATION_CLOSED', 'IN_PROGRESS', 'COMPLETED', 'ARCHIVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "events"."SessionType" AS ENUM ('KEYNOTE', 'PRESENTATION', 'WORKSHOP', 'PANEL_DISCUSSION', 'NETWORKING', 'BREAK', 'LUNCH');

-- CreateEnum
CREATE TYPE "events"."ExperienceLevel" AS ENUM ('BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT');

-- CreateTable
CREATE TABLE "events"."events" (
    "id" UUID NOT NULL,
    "event_number" SERIAL NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "organization_id" UUID NOT NULL,
    "organizer_id" UUID NOT NULL,
    "venue_id" UUID,
    "starts_at" TIMESTAMPTZ(6) NOT NULL,
    "ends_at" TIMESTAMPTZ(6) NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL DEFAULT 'Europe/Zurich',
    "registration_deadline" TIMESTAMPTZ(6),
    "capacity" INTEGER,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "status" "events"."EventStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(6),
    "cancelled_at" TIMESTAMPTZ(6),
    "cancellation_reason" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,
    "search" tsvector,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events"."venues" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "address" TEXT NOT NULL,
    "city" VARCHAR(100) NOT NULL,
    "country" VARCHAR(100) NOT NULL,
    "postal_code" VARCHAR(20),
    "capacity" INTEGER,
    "amenities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "venues_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events"."rooms" (
    "id" UUID NOT NULL,
    "venue_id" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "capacity" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rooms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events"."sessions" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "session_type" "events"."SessionType" NOT NULL,
    "starts_at" TIMESTAMPTZ(6) NOT NULL,
    "ends_at" TIMESTAMPTZ(6) NOT NULL,
    "room_id" UUID,
    "capacity" INTEGER,
    "language" VARCHAR(10) NOT NULL DEFAULT 'de',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "audience_levels" "events"."ExperienceLevel"[] DEFAULT ARRAY[]::"events"."ExperienceLevel"[],
    "prerequisites" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events"."outbox" (
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

-- CreateIndex
CREATE UNIQUE INDEX "events_event_number_key" ON "events"."events"("event_number");

-- CreateIndex
CREATE INDEX "events_status_starts_at_idx" ON "events"."events"("status", "starts_at");

-- CreateIndex
CREATE INDEX "events_organization_id_idx" ON "events"."events"("organization_id");

-- CreateIndex
CREATE INDEX "events_organizer_id_idx" ON "events"."events"("organizer_id");

-- CreateIndex
CREATE INDEX "events_search_idx" ON "events"."events" USING GIN ("search");

-- CreateIndex
CREATE INDEX "venues_city_idx" ON "events"."venues"("city");

-- CreateIndex
CREATE UNIQUE INDEX "rooms_venue_id_name_key" ON "events"."rooms"("venue_id", "name");

-- CreateIndex
CREATE INDEX "sessions_event_id_starts_at_idx" ON "events"."sessions"("event_id", "starts_at");

-- CreateIndex
CREATE INDEX "sessions_room_id_idx" ON "events"."sessions"("room_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_id_key" ON "events"."outbox"("id");

-- CreateIndex
CREATE INDEX "outbox_published_at_position_idx" ON "events"."outbox"("published_at", "position");

-- AddForeignKey
ALTER TABLE "events"."events" ADD CONSTRAINT "events_venue_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "events"."venues"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events"."rooms" ADD CONSTRAINT "rooms_venue_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "events"."venues"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events"."sessions" ADD CONSTRAINT "sessions_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"."events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events"."sessions" ADD CONSTRAINT "sessions_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "events"."rooms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Two sessions never overlap in one room, however concurrent the writers (checked by PostgreSQL, not only in code).
ALTER TABLE "events"."sessions" ADD CONSTRAINT "sessions_room_no_overlap"
    EXCLUDE USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
    WHERE ("room_id" IS NOT NULL);

-- A session ends after it starts; an event too.
ALTER TABLE "events"."sessions" ADD CONSTRAINT "sessions_time_order" CHECK ("ends_at" > "starts_at");
ALTER TABLE "events"."events" ADD CONSTRAINT "events_time_order" CHECK ("ends_at" > "starts_at");

-- Full-text search over title (weight A) and description (weight B), kept current by a trigger. ('simple' does no
-- stemming: the content is German and English.) A trigger rather than a generated column keeps Prisma's schema
-- diff clean.
CREATE FUNCTION "events"."events_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."search" :=
        setweight(to_tsvector('simple'::regconfig, coalesce(NEW."title", '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(NEW."description", '')), 'B');
    RETURN NEW;
END
$$;
CREATE TRIGGER "events_search_refresh" BEFORE INSERT OR UPDATE OF "title", "description" ON "events"."events"
    FOR EACH ROW EXECUTE FUNCTION "events"."events_search_refresh"();
