import { z } from "zod";
import { CARD_FILTER_STATES, searchCards } from "@/lib/data/library-cards";
import { ApiError, apiJson, collectFieldErrors, withApiUser } from "@/lib/http/api";
import { t } from "@/lib/i18n";
import { CARD_KINDS } from "@/lib/parser/types";

export const dynamic = "force-dynamic";

const cardQuery = z.object({
  q: z.string().max(200).optional(),
  deck: z.string().max(100).optional(),
  kind: z.enum(CARD_KINDS as [string, ...string[]]).optional(),
  state: z.enum(CARD_FILTER_STATES).optional(),
  due: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

/**
 * GET /api/v1/cards?q=&deck=&kind=&state=&due=YYYY-MM-DD&page= — the card
 * browser over visible decks: 200 `{cards, total, page}`.
 */
export const GET = withApiUser(async (req, user) => {
  const raw = Object.fromEntries([...new URL(req.url).searchParams].filter(([, v]) => v !== ""));
  const parsed = cardQuery.safeParse(raw);
  if (!parsed.success) throw new ApiError(400, "validation", t.apiErrors.validation, collectFieldErrors(parsed.error));
  const query = parsed.data;
  const result = await searchCards(user, {
    q: query.q,
    deckId: query.deck,
    kind: query.kind as (typeof CARD_KINDS)[number] | undefined,
    state: query.state,
    dueBefore: query.due ? new Date(`${query.due}T23:59:59.999Z`) : undefined,
    page: query.page,
  });
  return apiJson(result);
});
