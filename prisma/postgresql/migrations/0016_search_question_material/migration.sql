-- Library search finds a quiz by the code and choices it shows (card."given",
-- migration 0015): a trigram GIN index on that column too, beside migration
-- 0009's on prompt and answer. Where pg_trgm cannot be used, search scans.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX "card_given_trgm_idx" ON "card" USING gin ("given" gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): library search scans without an index', SQLERRM;
END
$$;
