import { listVisibleDecks } from "@/lib/data/decks";
import { apiJson, withApiUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** GET → 200 {decks:[{id, slug, title, builtIn, cardCount}]}: built-in decks plus the user's own. */
export const GET = withApiUser(async (_req, user) => {
  const decks = await listVisibleDecks(user);
  return apiJson({ decks: decks.map(({ id, slug, title, builtIn, cardCount }) => ({ id, slug, title, builtIn, cardCount })) });
});
