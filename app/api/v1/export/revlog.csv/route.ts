import { exportRevlogCsv } from "@/lib/data/exports";
import { withApiUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/export/revlog.csv — `card_id,review_time,review_rating,review_state,review_duration`. */
export const GET = withApiUser(async (_req, user) => {
  const csv = await exportRevlogCsv(user);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="rehearse-revlog.csv"',
      "Cache-Control": "no-store",
    },
  });
});
