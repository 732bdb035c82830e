-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "ticketing";

-- CreateEnum
CREATE TYPE "ticketing"."OrderStatus" AS ENUM ('PENDING', 'AWAITING_PAYMENT', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'DECLINED', 'FAILED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ticketing"."PaymentMethod" AS ENUM ('CARD', 'INVOICE', 'FREE');

-- CreateEnum
CREATE TYPE "ticketing"."PaymentStatus" AS ENUM ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "ticketing"."TicketStatus" AS ENUM ('VALID', 'CANCELLED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "ticketing"."RefundStatus" AS ENUM ('PENDING', 'SUCCEEDED');

-- CreateEnum
CREATE TYPE "ticketing"."DiscountKind" AS ENUM ('PERCENTAGE', 'FIXED_AMOUNT');

-- CreateEnum
CREATE TYPE "ticketing"."RegistrationStatus" AS ENUM ('REGISTERED', 'WAITLISTED', 'CONFIRMED', 'CANCELLED', 'ATTENDED');

-- CreateTable
CREATE TABLE "ticketing"."ticket_types" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "description" TEXT,
    "price" DECIMAL(12,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "quantity" INTEGER NOT NULL,
    "sold" INTEGER NOT NULL DEFAULT 0,
    "max_per_order" INTEGER NOT NULL DEFAULT 10,
    "sales_start_at" TIMESTAMPTZ(6),
    "sales_end_at" TIMESTAMPTZ(6),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "refund_cutoff_hours" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "ticket_types_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticketing"."event_places" (
    "event_id" UUID NOT NULL,
    "taken" INTEGER NOT NULL DEFAULT 0,
    "place_limit" INTEGER,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_places_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "ticketing"."orders" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "buyer_id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "status" "ticketing"."OrderStatus" NOT NULL DEFAULT 'PENDING',
    "currency" CHAR(3) NOT NULL,
    "subtotal" DECIMAL(12,2) NOT NULL,
    "discount_amount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "total" DECIMAL(12,2) NOT NULL,
    "discount_code_id" UUID,
    "discount_code" VARCHAR(40),
    "payment_method" "ticketing"."PaymentMethod" NOT NULL,
    "idempotency_key" VARCHAR(100) NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "failure_reason" VARCHAR(255),
    "payment_reference" VARCHAR(255),
    "payment_due_at" TIMESTAMPTZ(6),
    "reserved_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paid_at" TIMESTAMPTZ(6),
    "closed_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticketing"."order_items" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "ticket_type_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit_price" DECIMAL(12,2) NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "discount" DECIMAL(12,2) NOT NULL DEFAULT 0,

    CONSTRAINT "order_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticketing"."tickets" (
    "id" UUID NOT NULL,
    "number" VARCHAR(20) NOT NULL,
    "order_id" UUID NOT NULL,
    "ticket_type_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "holder_id" UUID NOT NULL,
    "price" DECIMAL(12,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "ticketing"."TicketStatus" NOT NULL DEFAULT 'VALID',
    "version" INTEGER NOT NULL DEFAULT 1,
    "issued_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(6),

    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticketing"."payments" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "refunded_amount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "method" "ticketing"."PaymentMethod" NOT NULL,
    "provider" VARCHAR(30) NOT NULL,
    "status" "ticketing"."PaymentStatus" NOT NULL DEFAULT 'SUCCEEDED',
    "transaction_id" VARCHAR(255),
    "gateway_response" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticketing"."payment_items" (
    "id" UUID NOT NULL,
    "payment_id" UUID NOT NULL,
    "ticket_id" UUID,
    "item_type" VARCHAR(50) NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "description" TEXT,

    CONSTRAINT "payment_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticketing"."refunds" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "requested_by" UUID NOT NULL,
    "by_organizer" BOOLEAN NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "ticket_ids" UUID[],
    "reason" VARCHAR(500),
    "status" "ticketing"."RefundStatus" NOT NULL DEFAULT 'PENDING',
    "idempotency_key" VARCHAR(100) NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "provider_ref" VARCHAR(255),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),

    CONSTRAINT "refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticketing"."discount_codes" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "kind" "ticketing"."DiscountKind" NOT NULL,
    "percent_off" INTEGER,
    "amount_off" DECIMAL(12,2),
    "currency" CHAR(3),
    "max_uses" INTEGER,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "valid_from" TIMESTAMPTZ(6),
    "valid_until" TIMESTAMPTZ(6),
    "ticket_type_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "discount_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticketing"."registrations" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "status" "ticketing"."RegistrationStatus" NOT NULL,
    "special_requests" TEXT,
    "session_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "queue_number" BIGSERIAL NOT NULL,
    "registered_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promoted_at" TIMESTAMPTZ(6),
    "confirmed_at" TIMESTAMPTZ(6),
    "attended_at" TIMESTAMPTZ(6),
    "cancelled_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "registrations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticketing"."outbox" (
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
CREATE TABLE "ticketing"."sent_mail" (
    "event_id" UUID NOT NULL,
    "recipient" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sent_mail_pkey" PRIMARY KEY ("event_id","recipient")
);

-- CreateTable
CREATE TABLE "ticketing"."event_refs" (
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
CREATE TABLE "ticketing"."session_refs" (
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
CREATE INDEX "ticket_types_event_id_idx" ON "ticketing"."ticket_types"("event_id");

-- CreateIndex
CREATE INDEX "orders_event_id_created_at_idx" ON "ticketing"."orders"("event_id", "created_at");

-- CreateIndex
CREATE INDEX "orders_buyer_id_created_at_idx" ON "ticketing"."orders"("buyer_id", "created_at");

-- CreateIndex
CREATE INDEX "orders_status_reserved_at_idx" ON "ticketing"."orders"("status", "reserved_at");

-- CreateIndex
CREATE UNIQUE INDEX "orders_buyer_id_idempotency_key_key" ON "ticketing"."orders"("buyer_id", "idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "order_items_order_id_ticket_type_id_key" ON "ticketing"."order_items"("order_id", "ticket_type_id");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_number_key" ON "ticketing"."tickets"("number");

-- CreateIndex
CREATE INDEX "tickets_order_id_idx" ON "ticketing"."tickets"("order_id");

-- CreateIndex
CREATE INDEX "tickets_event_id_status_idx" ON "ticketing"."tickets"("event_id", "status");

-- CreateIndex
CREATE INDEX "tickets_holder_id_issued_at_idx" ON "ticketing"."tickets"("holder_id", "issued_at");

-- CreateIndex
CREATE INDEX "tickets_ticket_type_id_idx" ON "ticketing"."tickets"("ticket_type_id");

-- CreateIndex
CREATE INDEX "payments_user_id_idx" ON "ticketing"."payments"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "payments_order_id_key" ON "ticketing"."payments"("order_id");

-- CreateIndex
CREATE INDEX "payment_items_payment_id_idx" ON "ticketing"."payment_items"("payment_id");

-- CreateIndex
CREATE INDEX "payment_items_ticket_id_idx" ON "ticketing"."payment_items"("ticket_id");

-- CreateIndex
CREATE INDEX "refunds_status_created_at_idx" ON "ticketing"."refunds"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_order_id_idempotency_key_key" ON "ticketing"."refunds"("order_id", "idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "discount_codes_event_id_code_key" ON "ticketing"."discount_codes"("event_id", "code");

-- CreateIndex
CREATE INDEX "registrations_event_id_status_queue_number_idx" ON "ticketing"."registrations"("event_id", "status", "queue_number");

-- CreateIndex
CREATE INDEX "registrations_user_id_idx" ON "ticketing"."registrations"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "registrations_event_id_user_id_key" ON "ticketing"."registrations"("event_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_id_key" ON "ticketing"."outbox"("id");

-- CreateIndex
CREATE INDEX "outbox_published_at_position_idx" ON "ticketing"."outbox"("published_at", "position");

-- CreateIndex
CREATE INDEX "session_refs_event_id_idx" ON "ticketing"."session_refs"("event_id");

-- AddForeignKey
ALTER TABLE "ticketing"."order_items" ADD CONSTRAINT "order_items_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "ticketing"."orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticketing"."tickets" ADD CONSTRAINT "tickets_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "ticketing"."orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticketing"."payments" ADD CONSTRAINT "payments_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "ticketing"."orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticketing"."payment_items" ADD CONSTRAINT "payment_items_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "ticketing"."payments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticketing"."payment_items" ADD CONSTRAINT "payment_items_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticketing"."tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticketing"."refunds" ADD CONSTRAINT "refunds_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "ticketing"."orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Second line of defence behind the conditional updates: inventory and counters stay in bounds whatever a
-- future code path does.
ALTER TABLE "ticketing"."ticket_types" ADD CONSTRAINT "ticket_types_sold_within_quantity" CHECK ("sold" >= 0 AND "sold" <= "quantity");
ALTER TABLE "ticketing"."ticket_types" ADD CONSTRAINT "ticket_types_valid_numbers"
    CHECK ("quantity" >= 1 AND "price" >= 0 AND "max_per_order" >= 1 AND ("refund_cutoff_hours" IS NULL OR "refund_cutoff_hours" >= 0));
ALTER TABLE "ticketing"."ticket_types" ADD CONSTRAINT "ticket_types_sales_window"
    CHECK ("sales_start_at" IS NULL OR "sales_end_at" IS NULL OR "sales_end_at" > "sales_start_at");
ALTER TABLE "ticketing"."event_places" ADD CONSTRAINT "event_places_taken_not_negative" CHECK ("taken" >= 0 AND ("place_limit" IS NULL OR "place_limit" >= 0));
ALTER TABLE "ticketing"."discount_codes" ADD CONSTRAINT "discount_codes_uses_within_max" CHECK ("uses" >= 0 AND ("max_uses" IS NULL OR "uses" <= "max_uses"));
ALTER TABLE "ticketing"."discount_codes" ADD CONSTRAINT "discount_codes_kind_fields" CHECK (
    ("kind" = 'PERCENTAGE' AND "percent_off" BETWEEN 1 AND 100 AND "amount_off" IS NULL)
    OR ("kind" = 'FIXED_AMOUNT' AND "amount_off" > 0 AND "currency" IS NOT NULL AND "percent_off" IS NULL));
ALTER TABLE "ticketing"."orders" ADD CONSTRAINT "orders_amounts"
    CHECK ("subtotal" >= 0 AND "discount_amount" >= 0 AND "discount_amount" <= "subtotal" AND "total" = "subtotal" - "discount_amount");
ALTER TABLE "ticketing"."order_items" ADD CONSTRAINT "order_items_amounts"
    CHECK ("quantity" >= 1 AND "unit_price" >= 0 AND "discount" >= 0 AND "discount" <= "amount");
ALTER TABLE "ticketing"."tickets" ADD CONSTRAINT "tickets_price_not_negative" CHECK ("price" >= 0 AND "version" >= 1);
ALTER TABLE "ticketing"."payments" ADD CONSTRAINT "payments_refunds_within_amount" CHECK ("refunded_amount" >= 0 AND "refunded_amount" <= "amount");
ALTER TABLE "ticketing"."refunds" ADD CONSTRAINT "refunds_amount_not_negative" CHECK ("amount" >= 0);

-- Aborts the statement it is evaluated in, with a reason the service maps to a coded error. It lets a purchase take
-- several conditional updates (ticket types, the event's places, a discount code) in ONE statement and keep none of
-- them when one does not fit, so the hot row locks are never held across a round trip to the service.
CREATE FUNCTION "ticketing"."refuse"(reason text) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = reason;
END
$$;
