-- DropIndex
DROP INDEX "due_state_candidates_idx";

-- CreateIndex
CREATE INDEX "due_state_queue_idx" ON "due_state"("userId", "state", "counts", "due", "deckId", "cardId", "position", "parentId", "scheduledDays", "lastRating", "passedAt");

