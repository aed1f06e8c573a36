import { z } from "zod";
import { undoReview } from "@/lib/data/undo-review";
import { withApiUser } from "@/lib/http/api";
import { parseJsonBody } from "@/lib/http/body";

export const dynamic = "force-dynamic";

const undoBody = z.object({ reviewId: z.string().min(1).max(100) });

/**
 * POST /api/v1/reviews/undo `{reviewId}` — takes back that grade, which must
 * be the latest (409 `not_latest`). 200 `{reviewId, cardId, state, undone}`;
 * `undone: false` when it was already undone (a repeat changes nothing).
 */
export const POST = withApiUser(async (req, user) => {
  const { reviewId } = await parseJsonBody(req, undoBody, { maxBytes: 1024 });
  return Response.json(await undoReview(user, reviewId, new Date()));
});
