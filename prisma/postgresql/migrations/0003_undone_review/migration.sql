-- CreateTable
CREATE TABLE "undone_review" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "undoneAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "undone_review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "undone_review_userId_undoneAt_idx" ON "undone_review"("userId", "undoneAt");

-- AddForeignKey
ALTER TABLE "undone_review" ADD CONSTRAINT "undone_review_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

