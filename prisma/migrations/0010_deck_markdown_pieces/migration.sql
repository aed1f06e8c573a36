-- CreateTable
CREATE TABLE "deck_markdown_piece" (
    "deckId" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    PRIMARY KEY ("deckId", "n"),
    CONSTRAINT "deck_markdown_piece_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

