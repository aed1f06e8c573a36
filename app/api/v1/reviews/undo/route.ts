import { undoLastReview } from "@/lib/data/undo-review";
import { withApiUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const POST = withApiUser(async (_req, user) => {
  return Response.json(await undoLastReview(user, new Date()));
});
