import { z } from "zod";
import { addExtraNewCards, MAX_EXTRA_NEW } from "@/lib/data/custom-study";
import { withApiUser } from "@/lib/http/api";
import { parseJsonBody } from "@/lib/http/body";

export const dynamic = "force-dynamic";

const body = z.object({ extraNew: z.number().int().min(1).max(MAX_EXTRA_NEW) });

/** POST /api/v1/study/custom — `{extraNew}`: N more new cards today only (custom study). 200 `{studyDay, extraNew}`. */
export const POST = withApiUser(async (req, user) => {
  const { extraNew } = await parseJsonBody(req, body, { maxBytes: 1024 });
  return Response.json(await addExtraNewCards(user, extraNew, new Date()));
});
