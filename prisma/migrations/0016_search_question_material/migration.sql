-- Library search finds a quiz by the code and choices it shows (card."given",
-- migration 0015) as well as by its prompt and answer: the trigram index of
-- migration 0009 is rebuilt with that column, and its triggers keep it.
DROP TRIGGER IF EXISTS "card_search_insert";
DROP TRIGGER IF EXISTS "card_search_delete";
DROP TRIGGER IF EXISTS "card_search_update";
DROP TABLE IF EXISTS "card_search";

CREATE VIRTUAL TABLE "card_search" USING fts5("prompt", "answer", "given", content='card', content_rowid='rowid', tokenize='trigram');
INSERT INTO "card_search"("card_search") VALUES ('rebuild');

CREATE TRIGGER "card_search_insert" AFTER INSERT ON "card" BEGIN
  INSERT INTO "card_search"(rowid, "prompt", "answer", "given") VALUES (NEW.rowid, NEW."prompt", NEW."answer", NEW."given");
END;

CREATE TRIGGER "card_search_delete" AFTER DELETE ON "card" BEGIN
  INSERT INTO "card_search"("card_search", rowid, "prompt", "answer", "given") VALUES ('delete', OLD.rowid, OLD."prompt", OLD."answer", OLD."given");
END;

CREATE TRIGGER "card_search_update" AFTER UPDATE OF "prompt", "answer", "given" ON "card" BEGIN
  INSERT INTO "card_search"("card_search", rowid, "prompt", "answer", "given") VALUES ('delete', OLD.rowid, OLD."prompt", OLD."answer", OLD."given");
  INSERT INTO "card_search"(rowid, "prompt", "answer", "given") VALUES (NEW.rowid, NEW."prompt", NEW."answer", NEW."given");
END;
