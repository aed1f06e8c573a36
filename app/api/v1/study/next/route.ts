import { z } from "zod";
import { getNextFailedCard } from "@/lib/data/custom-study";
import { getNextCard } from "@/lib/data/study";
import { ApiError } from "@/lib/http/api-error";
import { withApiUser } from "@/lib/http/api";
import { t } from "@/lib/i18n";
import { presentNextCard } from "@/lib/study/present-next-card";

export const dynamic = "force-dynamic";

const query = z.object({
  deck: z.string().min(1).max(200).optional(),
  ahead: z.enum(["0", "1"]).optional(),
  /** Custom study: one tag only, or "오늘 틀린 카드 다시" (cards failed today, not redone since `since`). */
  tag: z.string().min(1).max(100).optional(),
  mode: z.enum(["failed"]).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
});

export const GET = withApiUser(async (req, user) => {
  const q = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success) throw new ApiError(400, "validation", t.apiErrors.validation);
  const { deck: deckId, tag, mode, since } = q.data;
  const now = new Date();
  const next =
    mode === "failed"
      ? await getNextFailedCard(user, { deckId, tag, since: since ? new Date(since) : undefined, now })
      : await getNextCard(user, { deckId, tag, ahead: q.data.ahead === "1", now });
  return Response.json(presentNextCard(next), { headers: { "Cache-Control": "no-store" } });
});
