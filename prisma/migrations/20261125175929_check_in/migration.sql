-- CreateEnum
CREATE TYPE "ticketing"."CheckInDirection" AS ENUM ('IN', 'OUT');

-- AlterTable
ALTER TABLE "ticketing"."tickets" ADD COLUMN     "checked_in_at" TIMESTAMPTZ(6),
ADD COLUMN     "checked_in_by" UUID,
ADD COLUMN     "last_door" VARCHAR(100),
ADD COLUMN     "last_scan_at" TIMESTAMPTZ(6),
ADD COLUMN     "on_site" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ticketing"."check_ins" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "session_id" UUID,
    "door" VARCHAR(100) NOT NULL,
    "direction" "ticketing"."CheckInDirection" NOT NULL,
    "scanned_at" TIMESTAMPTZ(6) NOT NULL,
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "staff_user_id" UUID NOT NULL,
    "device_id" VARCHAR(100),
    "client_nonce" VARCHAR(100),

    CONSTRAINT "check_ins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticketing"."session_presence" (
    "ticket_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "on_site" BOOLEAN NOT NULL DEFAULT false,
    "first_in_at" TIMESTAMPTZ(6) NOT NULL,
    "last_scan_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "session_presence_pkey" PRIMARY KEY ("ticket_id","session_id")
);

-- CreateTable
CREATE TABLE "ticketing"."check_in_sequences" (
    "event_id" UUID NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "check_in_sequences_pkey" PRIMARY KEY ("event_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "check_ins_client_nonce_key" ON "ticketing"."check_ins"("client_nonce");

-- CreateIndex
CREATE INDEX "check_ins_event_id_scanned_at_idx" ON "ticketing"."check_ins"("event_id", "scanned_at");

-- CreateIndex
CREATE INDEX "check_ins_ticket_id_scanned_at_idx" ON "ticketing"."check_ins"("ticket_id", "scanned_at");

-- CreateIndex
CREATE INDEX "session_presence_session_id_idx" ON "ticketing"."session_presence"("session_id");

-- CreateIndex
CREATE INDEX "session_presence_event_id_idx" ON "ticketing"."session_presence"("event_id");

-- AddForeignKey
ALTER TABLE "ticketing"."check_ins" ADD CONSTRAINT "check_ins_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticketing"."tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Counting who is inside and who came, per event, without scanning all tickets.
CREATE INDEX "tickets_on_site" ON "ticketing"."tickets" ("event_id", "last_door") WHERE "on_site";
CREATE INDEX "tickets_checked_in" ON "ticketing"."tickets" ("event_id") WHERE "checked_in_at" IS NOT NULL;
