import { z } from "zod";
import { recordReview } from "@/lib/data/reviews";
import { withApiUser } from "@/lib/http/api";
import { parseJsonBody } from "@/lib/http/body";

export const dynamic = "force-dynamic";

const gradeBody = z.object({
  id: z.uuid(),
  cardId: z.string().min(1).max(100),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  durationMs: z.number().int().min(0).max(86_400_000),
  version: z.number().int().min(0).optional(),
});

export const POST = withApiUser(async (req, user) => {
  const body = await parseJsonBody(req, gradeBody, { maxBytes: 4096 });
  const { created, body: result } = await recordReview(user, body, new Date());
  return Response.json(result, { status: created ? 201 : 200 });
});
