import { getTodaySummary } from "@/lib/data/today";
import { withApiUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = withApiUser(async (_req, user) => {
  return Response.json(await getTodaySummary(user, new Date()), { headers: { "Cache-Control": "no-store" } });
});
