import { z } from "zod";
import { ApiError } from "@/lib/http/api-error";
import { withApiUser } from "@/lib/http/api";
import { t } from "@/lib/i18n";
import { getStudyNext } from "@/lib/study/study-next";

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
  const failed = mode === "failed" ? { since: since ? new Date(since) : undefined } : undefined;
  const next = await getStudyNext(user, { deckId, tag, ahead: q.data.ahead === "1", failed }, new Date());
  return Response.json(next, { headers: { "Cache-Control": "no-store" } });
});
