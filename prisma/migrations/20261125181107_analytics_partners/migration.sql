-- CreateTable
CREATE TABLE "analytics"."partners" (
    "partner_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "tier" VARCHAR(20) NOT NULL,
    "is_active" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "partners_pkey" PRIMARY KEY ("partner_id")
);

-- CreateTable
CREATE TABLE "analytics"."partner_contacts" (
    "partner_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "partner_contacts_pkey" PRIMARY KEY ("partner_id","user_id")
);

-- CreateTable
CREATE TABLE "analytics"."speakers" (
    "speaker_id" UUID NOT NULL,
    "company_id" UUID,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "speakers_pkey" PRIMARY KEY ("speaker_id")
);

-- CreateTable
CREATE TABLE "analytics"."session_speakers" (
    "session_speaker_id" UUID NOT NULL,
    "speaker_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "event_id" UUID,
    "status" VARCHAR(20) NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "session_speakers_pkey" PRIMARY KEY ("session_speaker_id")
);

-- CreateIndex
CREATE INDEX "partners_company_id_idx" ON "analytics"."partners"("company_id");

-- CreateIndex
CREATE INDEX "partner_contacts_user_id_idx" ON "analytics"."partner_contacts"("user_id");

-- CreateIndex
CREATE INDEX "speakers_company_id_idx" ON "analytics"."speakers"("company_id");

-- CreateIndex
CREATE INDEX "session_speakers_speaker_id_idx" ON "analytics"."session_speakers"("speaker_id");

-- CreateIndex
CREATE INDEX "session_speakers_session_id_idx" ON "analytics"."session_speakers"("session_id");
