-- CreateTable
CREATE TABLE "analytics"."dead_letters" (
    "consumer" VARCHAR(100) NOT NULL,
    "event_id" VARCHAR(100) NOT NULL,
    "source" VARCHAR(100) NOT NULL,
    "event_type" VARCHAR(100) NOT NULL,
    "event_version" INTEGER,
    "reason" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "dead_lettered_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dead_letters_pkey" PRIMARY KEY ("consumer","event_id")
);

-- CreateTable
CREATE TABLE "speakers"."dead_letters" (
    "consumer" VARCHAR(100) NOT NULL,
    "event_id" VARCHAR(100) NOT NULL,
    "source" VARCHAR(100) NOT NULL,
    "event_type" VARCHAR(100) NOT NULL,
    "event_version" INTEGER,
    "reason" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "dead_lettered_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dead_letters_pkey" PRIMARY KEY ("consumer","event_id")
);

-- CreateTable
CREATE TABLE "ticketing"."dead_letters" (
    "consumer" VARCHAR(100) NOT NULL,
    "event_id" VARCHAR(100) NOT NULL,
    "source" VARCHAR(100) NOT NULL,
    "event_type" VARCHAR(100) NOT NULL,
    "event_version" INTEGER,
    "reason" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "dead_lettered_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dead_letters_pkey" PRIMARY KEY ("consumer","event_id")
);
