import { exportDecksZip } from "@/lib/data/exports";
import { withApiUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/export/decks.zip[?deck=ID] — my decks as canonical Markdown (plus the imported originals). */
export const GET = withApiUser(async (req, user) => {
  const deckId = new URL(req.url).searchParams.get("deck")?.slice(0, 100) || undefined;
  const zip = await exportDecksZip(user, new Date(), deckId);
  return new Response(Buffer.from(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": 'attachment; filename="rehearse-decks.zip"',
      "Cache-Control": "no-store",
    },
  });
});
