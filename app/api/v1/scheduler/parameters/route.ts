import { z } from "zod";
import { applyParameterSet, listParameterSets, previewReschedule, revertToDefaultParameters } from "@/lib/data/parameter-sets";
import { apiJson, parseJsonBody, withApiUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** GET → 200 {parameterSets}: every set the caller computed, newest first. */
export const GET = withApiUser(async (_req, user) => apiJson({ parameterSets: await listParameterSets(user) }));

const id = z.string().min(1).max(100);
const body = z.discriminatedUnion("action", [
  z.object({ action: z.literal("apply"), id, reschedule: z.boolean().default(false) }),
  z.object({ action: z.literal("preview"), id }),
  z.object({ action: z.literal("revert") }),
]);

/**
 * POST `{action:"apply", id, reschedule?}` makes a set active (409 `not_better`
 * when it did not beat the defaults); `{action:"preview", id}` counts the
 * cards due today after rescheduling; `{action:"revert"}` goes back to the
 * defaults. 404 for anyone else's set.
 */
export const POST = withApiUser(async (req, user) => {
  const input = await parseJsonBody(req, body, { maxBytes: 1024 });
  if (input.action === "apply") return apiJson(await applyParameterSet(user, input.id, { reschedule: input.reschedule }));
  if (input.action === "preview") return apiJson({ preview: await previewReschedule(user, input.id, new Date()) });
  return apiJson(await revertToDefaultParameters(user));
});
