-- CreateIndex
CREATE INDEX "card_deckId_archivedAt_parentId_idx" ON "card"("deckId", "archivedAt", "parentId");

-- CreateIndex
CREATE INDEX "review_log_userId_studyDay_cardId_idx" ON "review_log"("userId", "studyDay", "cardId");

