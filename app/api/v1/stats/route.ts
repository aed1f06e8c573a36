import { getStats } from "@/lib/data/stats";
import { apiJson, withApiUser } from "@/lib/http/api";
import { ApiError } from "@/lib/http/api-error";
import { t } from "@/lib/i18n";
import { statsQuerySchema } from "@/lib/stats/stats-query";

export const dynamic = "force-dynamic";

/** GET `?deck=ID&range=30|90|365` → 200 {stats}; 404 for a deck the user cannot see. */
export const GET = withApiUser(async (req, user) => {
  const url = new URL(req.url);
  const q = statsQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!q.success) throw new ApiError(400, "validation", t.apiErrors.validation);
  return apiJson({ stats: await getStats(user, { deckId: q.data.deck, range: q.data.range, now: new Date() }) });
});
