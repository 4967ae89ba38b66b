-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "StateEntry" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StateEntry_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ConversationRef" (
    "key" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "userHash" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationRef_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" SERIAL NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "street" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "zip" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "phone" TEXT,
    "intakePhone" TEXT,
    "website" TEXT,
    "levelIop" BOOLEAN NOT NULL DEFAULT false,
    "levelPartial" BOOLEAN NOT NULL DEFAULT false,
    "levelOutpatient" BOOLEAN NOT NULL DEFAULT false,
    "levelResidential" BOOLEAN NOT NULL DEFAULT false,
    "treatsMentalHealth" BOOLEAN NOT NULL DEFAULT false,
    "treatsSubstanceUse" BOOLEAN NOT NULL DEFAULT false,
    "treatsCoOccurring" BOOLEAN NOT NULL DEFAULT false,
    "telehealth" BOOLEAN NOT NULL DEFAULT false,
    "agesChildren" BOOLEAN NOT NULL DEFAULT false,
    "agesYoungAdults" BOOLEAN NOT NULL DEFAULT false,
    "agesAdults" BOOLEAN NOT NULL DEFAULT false,
    "agesSeniors" BOOLEAN NOT NULL DEFAULT false,
    "payMedicaid" BOOLEAN NOT NULL DEFAULT false,
    "payMedicare" BOOLEAN NOT NULL DEFAULT false,
    "payPrivate" BOOLEAN NOT NULL DEFAULT false,
    "paySelf" BOOLEAN NOT NULL DEFAULT false,
    "paySliding" BOOLEAN NOT NULL DEFAULT false,
    "payMilitary" BOOLEAN NOT NULL DEFAULT false,
    "payFree" BOOLEAN NOT NULL DEFAULT false,
    "langSpanish" BOOLEAN NOT NULL DEFAULT false,
    "langSign" BOOLEAN NOT NULL DEFAULT false,
    "otherLanguages" TEXT NOT NULL DEFAULT '',
    "trackDay" BOOLEAN,
    "trackEvening" BOOLEAN,
    "trackWeekend" BOOLEAN,
    "source" TEXT NOT NULL,
    "sourceEdition" TEXT NOT NULL,
    "lastVerified" TIMESTAMP(3),
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramFeedback" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "userHash" TEXT NOT NULL,
    "conversationKey" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "skillId" TEXT,
    "cohortId" TEXT,
    "rrule" TEXT,
    "timeZone" TEXT NOT NULL,
    "leadMinutes" INTEGER NOT NULL DEFAULT 0,
    "language" TEXT NOT NULL DEFAULT 'en',
    "respectQuietHours" BOOLEAN NOT NULL DEFAULT true,
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderOccurrence" (
    "id" TEXT NOT NULL,
    "reminderId" TEXT NOT NULL,
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseUntil" TIMESTAMP(3),
    "claimedBy" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderOccurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeLog" (
    "id" TEXT NOT NULL,
    "userHash" TEXT NOT NULL,
    "skillId" TEXT,
    "reminderId" TEXT,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "schedule" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "sessionMinutes" INTEGER NOT NULL DEFAULT 180,
    "cancelled" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortMember" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "userHash" TEXT NOT NULL,
    "conversationKey" TEXT NOT NULL,
    "leadMinutes" INTEGER NOT NULL DEFAULT 60,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CohortMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
    "userHash" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OptOut" (
    "userHash" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OptOut_pkey" PRIMARY KEY ("userHash")
);

-- CreateTable
CREATE TABLE "DirectLineConversation" (
    "id" TEXT NOT NULL,
    "userHash" TEXT,
    "nextSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectLineConversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectLineActivity" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "activity" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectLineActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StateEntry_updatedAt_idx" ON "StateEntry"("updatedAt");

-- CreateIndex
CREATE INDEX "ConversationRef_userHash_idx" ON "ConversationRef"("userHash");

-- CreateIndex
CREATE INDEX "ConversationRef_updatedAt_idx" ON "ConversationRef"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Program_sourceKey_key" ON "Program"("sourceKey");

-- CreateIndex
CREATE INDEX "Program_latitude_longitude_idx" ON "Program"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "Program_zip_idx" ON "Program"("zip");

-- CreateIndex
CREATE INDEX "ProgramFeedback_programId_idx" ON "ProgramFeedback"("programId");

-- CreateIndex
CREATE INDEX "Reminder_userHash_idx" ON "Reminder"("userHash");

-- CreateIndex
CREATE INDEX "Reminder_conversationKey_idx" ON "Reminder"("conversationKey");

-- CreateIndex
CREATE INDEX "Reminder_cohortId_idx" ON "Reminder"("cohortId");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderOccurrence_idempotencyKey_key" ON "ReminderOccurrence"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ReminderOccurrence_status_dueAt_idx" ON "ReminderOccurrence"("status", "dueAt");

-- CreateIndex
CREATE INDEX "ReminderOccurrence_status_leaseUntil_idx" ON "ReminderOccurrence"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "ReminderOccurrence_reminderId_idx" ON "ReminderOccurrence"("reminderId");

-- CreateIndex
CREATE INDEX "PracticeLog_userHash_completedAt_idx" ON "PracticeLog"("userHash", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_joinCode_key" ON "Cohort"("joinCode");

-- CreateIndex
CREATE INDEX "CohortMember_userHash_idx" ON "CohortMember"("userHash");

-- CreateIndex
CREATE UNIQUE INDEX "CohortMember_cohortId_userHash_key" ON "CohortMember"("cohortId", "userHash");

-- CreateIndex
CREATE INDEX "ConsentRecord_userHash_idx" ON "ConsentRecord"("userHash");

-- CreateIndex
CREATE INDEX "DirectLineConversation_lastActivityAt_idx" ON "DirectLineConversation"("lastActivityAt");

-- CreateIndex
CREATE INDEX "DirectLineConversation_userHash_idx" ON "DirectLineConversation"("userHash");

-- CreateIndex
CREATE INDEX "DirectLineActivity_createdAt_idx" ON "DirectLineActivity"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DirectLineActivity_conversationId_seq_key" ON "DirectLineActivity"("conversationId", "seq");

-- AddForeignKey
ALTER TABLE "ProgramFeedback" ADD CONSTRAINT "ProgramFeedback_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderOccurrence" ADD CONSTRAINT "ReminderOccurrence_reminderId_fkey" FOREIGN KEY ("reminderId") REFERENCES "Reminder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortMember" ADD CONSTRAINT "CohortMember_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

