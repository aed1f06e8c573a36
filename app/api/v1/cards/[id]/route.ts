import { z } from "zod";
import { getCardDetail, updateCardStatus } from "@/lib/data/library-card-detail";
import { apiJson, withApiUser } from "@/lib/http/api";
import { parseJsonBody } from "@/lib/http/body";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/v1/cards/ID → 200 `{card, state, history}`; 404 when not visible. */
export const GET = withApiUser<Ctx>(async (_req, user, { params }) => {
  return apiJson(await getCardDetail(user, (await params).id));
});

const patchBody = z.object({ action: z.enum(["suspend", "unsuspend", "reset", "restore"]) });

/**
 * PATCH /api/v1/cards/ID `{action: "suspend"|"unsuspend"|"reset"|"restore"}`
 * → 200 `{id, state}`; 404 for a card the user cannot see (restore: not in one of their decks).
 */
export const PATCH = withApiUser<Ctx>(async (req, user, { params }) => {
  const { action } = await parseJsonBody(req, patchBody, { maxBytes: 1024 });
  return apiJson(await updateCardStatus(user, (await params).id, action, new Date()));
});
