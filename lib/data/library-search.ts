import "server-only";
import { databaseProvider } from "@/lib/db/database-url";
import { readPlan, selectRows } from "@/lib/db/sql-plan";
import type { SessionUser } from "./session-user";
import { visibleDecksPlan } from "./visible-decks-plan";

/** More candidates than this and the index does not narrow enough to be worth a list of ids: scan as before. */
export const MAX_SEARCH_CANDIDATES = 2000;

const CANDIDATES_SQL = `SELECT c."id" FROM "card_search" JOIN "card" c ON c.rowid = "card_search".rowid JOIN "deck" d ON d."id" = c."deckId"
  WHERE "card_search" MATCH ? AND (d."builtIn" = true OR d."ownerId" = ?) LIMIT ${MAX_SEARCH_CANDIDATES + 1}`;

/** The FTS5 query for a literal substring: one phrase, its double quotes doubled. */
export function trigramPhrase(q: string): string {
  return `"${q.replace(/"/g, '""')}"`;
}

/**
 * Ids of the user's visible cards whose prompt, answer or shown material may
 * contain `q`, from SQLite's trigram full-text index (migrations 0009, 0016): a superset of what
 * `LIKE '%q%'` matches (the index folds case beyond ASCII), so the caller keeps
 * its own `contains` filter and the results are exactly the same. null when
 * the index cannot help: PostgreSQL (its trigram GIN indexes serve the LIKE
 * directly), a query under three characters (no trigram), `%` or `_` (LIKE
 * wildcards), or more than MAX_SEARCH_CANDIDATES candidates.
 */
export async function searchCandidateIds(user: SessionUser, q: string): Promise<SearchCandidates | null> {
  if (databaseProvider() !== "sqlite" || [...q].length < 3 || /[%_]/.test(q)) return null;
  const { rows, decks } = await readPlan(function* () {
    const rows = yield* selectRows<{ id: string }>(CANDIDATES_SQL, trigramPhrase(q), user.id);
    return { rows, decks: rows.length > MAX_SEARCH_CANDIDATES ? [] : yield* visibleDecksPlan(user) };
  });
  return rows.length > MAX_SEARCH_CANDIDATES ? null : { ids: rows.map((r) => r.id), deckIds: decks.map((d) => d.id) };
}

/**
 * Candidate card ids, and the ids of the user's visible decks: the caller
 * scopes by `deckId IN deckIds` rather than a join on deck, which SQLite's
 * planner (no statistics) would otherwise drive the query from, walking every
 * visible card instead of the few candidates.
 */
export interface SearchCandidates {
  ids: string[];
  deckIds: string[];
}
