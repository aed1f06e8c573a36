import { exportUserData } from "@/lib/data/exports";
import { withApiUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/export — all of the user's data as one JSON file (see lib/export/export-schema.ts). */
export const GET = withApiUser(async (_req, user) => {
  const now = new Date();
  const data = await exportUserData(user, now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="rehearse-export-${now.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
