-- AlterTable
ALTER TABLE "settings" ADD COLUMN     "saveTranscripts" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "attempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "transcript" TEXT,
    "coverage" DOUBLE PRECISION NOT NULL,
    "keyPointCount" INTEGER NOT NULL,
    "coveredCount" INTEGER NOT NULL,
    "syllablesPerMinute" INTEGER NOT NULL,
    "fillerCount" INTEGER NOT NULL,
    "lengthSeconds" DOUBLE PRECISION NOT NULL,
    "suggestedRating" INTEGER NOT NULL,
    "analysis" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "attempt_userId_cardId_createdAt_idx" ON "attempt"("userId", "cardId", "createdAt");

-- CreateIndex
CREATE INDEX "attempt_userId_source_createdAt_idx" ON "attempt"("userId", "source", "createdAt");

-- AddForeignKey
ALTER TABLE "attempt" ADD CONSTRAINT "attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attempt" ADD CONSTRAINT "attempt_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

