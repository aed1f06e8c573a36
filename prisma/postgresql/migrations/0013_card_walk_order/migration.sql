-- DropIndex
DROP INDEX "card_deckId_archivedAt_position_idx";

-- CreateIndex
CREATE INDEX "card_deckId_archivedAt_position_id_parentId_idx" ON "card"("deckId", "archivedAt", "position", "id", "parentId");

