-- CreateTable
CREATE TABLE "undone_review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "undoneAt" DATETIME NOT NULL,
    CONSTRAINT "undone_review_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "undone_review_userId_undoneAt_idx" ON "undone_review"("userId", "undoneAt");

