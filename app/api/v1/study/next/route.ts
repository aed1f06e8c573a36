import { z } from "zod";
import { getNextCard } from "@/lib/data/study";
import { ApiError } from "@/lib/http/api-error";
import { withApiUser } from "@/lib/http/api";
import { t } from "@/lib/i18n";
import { presentNextCard } from "@/lib/study/present-next-card";

export const dynamic = "force-dynamic";

const query = z.object({
  deck: z.string().min(1).max(200).optional(),
  ahead: z.enum(["0", "1"]).optional(),
});

export const GET = withApiUser(async (req, user) => {
  const q = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success) throw new ApiError(400, "validation", t.apiErrors.validation);
  const next = await getNextCard(user, { deckId: q.data.deck, ahead: q.data.ahead === "1", now: new Date() });
  return Response.json(presentNextCard(next), { headers: { "Cache-Control": "no-store" } });
});
