-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "analytics";

-- CreateTable
CREATE TABLE "analytics"."event_log" (
    "event_id" UUID NOT NULL,
    "source" VARCHAR(50) NOT NULL,
    "event_type" VARCHAR(100) NOT NULL,
    "aggregate_id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(6) NOT NULL,
    "payload" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_log_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "analytics"."event_analytics" (
    "event_id" UUID NOT NULL,
    "metric" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL DEFAULT '',
    "bucket_start" TIMESTAMPTZ(6) NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "event_analytics_pkey" PRIMARY KEY ("event_id","metric","currency","bucket_start")
);

-- CreateTable
CREATE TABLE "analytics"."event_gauges" (
    "event_id" UUID NOT NULL,
    "on_site_now" INTEGER NOT NULL DEFAULT 0,
    "waitlist_size" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_gauges_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "analytics"."user_behavior" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "visitor_hash" CHAR(64) NOT NULL,
    "action" VARCHAR(100) NOT NULL,
    "resource_type" VARCHAR(50),
    "resource_id" UUID,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_behavior_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analytics"."people" (
    "user_id" UUID NOT NULL,
    "company_id" UUID,
    "consent" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "people_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "analytics"."content_engagement" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "content_type" VARCHAR(50) NOT NULL,
    "content_id" UUID NOT NULL,
    "engagement_type" VARCHAR(50) NOT NULL,
    "engagement_value" DECIMAL(5,2),
    "engaged_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_engagement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analytics"."attendance" (
    "event_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "first_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "attendance_pkey" PRIMARY KEY ("event_id","user_id","session_id")
);

-- CreateTable
CREATE TABLE "analytics"."event_refs" (
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
CREATE TABLE "analytics"."session_refs" (
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

-- CreateIndex
CREATE INDEX "event_log_occurred_at_idx" ON "analytics"."event_log"("occurred_at");

-- CreateIndex
CREATE INDEX "user_behavior_resource_type_resource_id_action_created_at_idx" ON "analytics"."user_behavior"("resource_type", "resource_id", "action", "created_at");

-- CreateIndex
CREATE INDEX "user_behavior_visitor_hash_resource_id_idx" ON "analytics"."user_behavior"("visitor_hash", "resource_id");

-- CreateIndex
CREATE INDEX "user_behavior_user_id_idx" ON "analytics"."user_behavior"("user_id");

-- CreateIndex
CREATE INDEX "people_company_id_idx" ON "analytics"."people"("company_id");

-- CreateIndex
CREATE INDEX "content_engagement_content_id_engagement_type_idx" ON "analytics"."content_engagement"("content_id", "engagement_type");

-- CreateIndex
CREATE INDEX "content_engagement_user_id_idx" ON "analytics"."content_engagement"("user_id");

-- CreateIndex
CREATE INDEX "attendance_session_id_idx" ON "analytics"."attendance"("session_id");

-- CreateIndex
CREATE INDEX "session_refs_event_id_idx" ON "analytics"."session_refs"("event_id");

-- A person rates a session once; views and downloads may repeat.
CREATE UNIQUE INDEX "content_engagement_one_rating" ON "analytics"."content_engagement" ("user_id", "content_id")
    WHERE "engagement_type" = 'rating';
ALTER TABLE "analytics"."content_engagement" ADD CONSTRAINT "content_engagement_rating_range"
    CHECK ("engagement_type" <> 'rating' OR ("engagement_value" BETWEEN 1 AND 5));
