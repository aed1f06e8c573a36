-- CreateTable
CREATE TABLE "attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "transcript" TEXT,
    "coverage" REAL NOT NULL,
    "keyPointCount" INTEGER NOT NULL,
    "coveredCount" INTEGER NOT NULL,
    "syllablesPerMinute" INTEGER NOT NULL,
    "fillerCount" INTEGER NOT NULL,
    "lengthSeconds" REAL NOT NULL,
    "suggestedRating" INTEGER NOT NULL,
    "analysis" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "attempt_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
-- Added in place (not Prisma's table rebuild) so migrations of other features that touch "settings" compose.
ALTER TABLE "settings" ADD COLUMN "saveTranscripts" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "attempt_userId_cardId_createdAt_idx" ON "attempt"("userId", "cardId", "createdAt");

-- CreateIndex
CREATE INDEX "attempt_userId_source_createdAt_idx" ON "attempt"("userId", "source", "createdAt");

