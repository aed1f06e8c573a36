import { z } from "zod";
import { getVisibleDeck } from "@/lib/data/decks";
import { deleteDeck, renameDeck } from "@/lib/data/library";
import { t } from "@/lib/i18n";
import { apiError, apiJson, withApiUser } from "@/lib/http/api";
import { parseJsonBody } from "@/lib/http/body";

export const dynamic = "force-dynamic";

/** GET → 200 {deck, cards}; 404 when the deck does not exist or is not visible to this user. */
export const GET = withApiUser<{ params: Promise<{ id: string }> }>(async (_req, user, { params }) => {
  const detail = await getVisibleDeck(user, (await params).id);
  if (!detail) return apiError(404, "not_found", t.apiErrors.deckNotFound);
  return apiJson(detail);
});

const renameBody = z.object({ title: z.string().trim().min(1, "덱 이름을 입력해 주세요.").max(200, "덱 이름은 200자까지입니다.") });

/** PATCH `{title}` → 200 {id, title}: renames one of my decks; 404 for any other deck. */
export const PATCH = withApiUser<{ params: Promise<{ id: string }> }>(async (req, user, { params }) => {
  const { title } = await parseJsonBody(req, renameBody, { maxBytes: 2048 });
  return apiJson(await renameDeck(user, (await params).id, title));
});

/** DELETE → 200 {id, cards}: deletes one of my decks with its cards and history; 404 for any other deck. */
export const DELETE = withApiUser<{ params: Promise<{ id: string }> }>(async (_req, user, { params }) => {
  return apiJson(await deleteDeck(user, (await params).id));
});
