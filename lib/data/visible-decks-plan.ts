import "server-only";
import { selectRows, type SqlPlan } from "@/lib/db/sql-plan";
import type { SessionUser } from "./session-user";

/** A deck the user may study: every built-in deck plus their own. `tags` is the stored JSON. */
export interface VisibleDeck {
  id: string;
  title: string;
  tags: string;
}

// Ordered as Today lists them: built-in decks first, then by title.
const VISIBLE_DECKS_SQL = `SELECT "id", "title", "tags" FROM "deck" WHERE "builtIn" = true OR "ownerId" = ?
  ORDER BY "builtIn" DESC, "title" ASC`;

/** The user's visible decks (see visibleDecks) inside a plan. */
export function* visibleDecksPlan(user: SessionUser): SqlPlan<VisibleDeck[]> {
  return yield* selectRows<VisibleDeck>(VISIBLE_DECKS_SQL, user.id);
}
