import { restoreUserData } from "@/lib/data/exports-restore";
import { userExportSchema, RESTORE_BODY_MAX_BYTES } from "@/lib/export/export-schema";
import { apiJson, withApiUser } from "@/lib/http/api";
import { parseJsonBody } from "@/lib/http/body";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/export/restore — body: the JSON of GET /api/v1/export.
 * 200 `{decks, cards, cardStates, reviewLogs}`; 409 `account_not_empty` when
 * the account already has decks or study history; 400 for a malformed file.
 */
export const POST = withApiUser(async (req, user) => {
  const data = await parseJsonBody(req, userExportSchema, { maxBytes: RESTORE_BODY_MAX_BYTES });
  return apiJson(await restoreUserData(user, data));
});
