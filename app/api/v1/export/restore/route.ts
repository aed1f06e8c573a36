import { restoreUserData } from "@/lib/data/exports-restore";
import { userExportSchema, RESTORE_BODY_MAX_BYTES } from "@/lib/export/export-schema";
import { apiJson, withApiUser } from "@/lib/http/api";
import { ApiError } from "@/lib/http/api-error";
import { parseJsonBody } from "@/lib/http/body";
import { t } from "@/lib/i18n";
import { formatMegabytes } from "@/lib/import/limits";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/export/restore — body: the JSON of GET /api/v1/export.
 * 200 `{decks, cards, cardStates, reviewLogs}`; 409 `account_not_empty` when
 * the account already has decks or study history; 400 for a malformed file;
 * 413 `restore_too_large` above RESTORE_BODY_MAX_BYTES.
 */
export const POST = withApiUser(async (req, user) => {
  try {
    const data = await parseJsonBody(req, userExportSchema, { maxBytes: RESTORE_BODY_MAX_BYTES });
    return apiJson(await restoreUserData(user, data));
  } catch (err) {
    if (err instanceof ApiError && err.code === "payload_too_large") {
      throw new ApiError(413, "restore_too_large", t.limits.restoreTooLarge(formatMegabytes(RESTORE_BODY_MAX_BYTES)));
    }
    throw err;
  }
});
