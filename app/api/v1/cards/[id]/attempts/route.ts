import { z } from "zod";
import { listAttempts, recordAttempt } from "@/lib/data/attempts";
import { apiJson, withApiUser } from "@/lib/http/api";
import { parseJsonBody } from "@/lib/http/body";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** Longest answer accepted: 10 minutes of speech is ~3,000 syllables; typed text a little more. */
const attemptBody = z.object({
  transcript: z.string().max(20_000),
  durationMs: z.number().int().min(0).max(3_600_000),
  source: z.enum(["speech", "typed"]),
});

/** GET /api/v1/cards/ID/attempts → 200 `{attempts}` (oldest first); 404 when the card is not visible. */
export const GET = withApiUser<Ctx>(async (_req, user, { params }) => {
  return apiJson({ attempts: await listAttempts(user, (await params).id) });
});

/**
 * POST /api/v1/cards/ID/attempts `{transcript, durationMs, source}` → 201 with
 * the analysis `{coverage, keyPoints, fillers, pace, lengthSeconds, suggestedRating, …}`.
 */
export const POST = withApiUser<Ctx>(async (req, user, { params }) => {
  const body = await parseJsonBody(req, attemptBody, { maxBytes: 100_000 });
  return apiJson(await recordAttempt(user, (await params).id, body, new Date()), { status: 201 });
});
