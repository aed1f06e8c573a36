import { writeRestorePlan } from "@/lib/data/exports-restore";
import { RESTORE_BODY_MAX_BYTES } from "@/lib/export/export-schema";
import { apiJson, withApiUser } from "@/lib/http/api";
import { ApiError } from "@/lib/http/api-error";
import { assertJsonContentType, readCappedBytes } from "@/lib/http/body";
import { t } from "@/lib/i18n";
import { withImportSlot } from "@/lib/import/import-guard";
import { prepareRestoreOffThread } from "@/lib/import/import-pool";
import { formatMegabytes } from "@/lib/import/limits";

export const dynamic = "force-dynamic";

/** The raw body, capped; over the cap is 413 `restore_too_large`. */
async function readRestoreBody(req: Request): Promise<Uint8Array> {
  assertJsonContentType(req);
  try {
    return await readCappedBytes(req, RESTORE_BODY_MAX_BYTES);
  } catch (err) {
    if (err instanceof ApiError && err.code === "payload_too_large") {
      throw new ApiError(413, "restore_too_large", t.limits.restoreTooLarge(formatMegabytes(RESTORE_BODY_MAX_BYTES)));
    }
    throw err;
  }
}

/**
 * POST /api/v1/export/restore — body: the JSON of GET /api/v1/export.
 * 200 `{decks, cards, cardStates, reviewLogs, attempts}`; 409
 * `account_not_empty` when the account already has decks or study history;
 * 400 for a malformed file; 413 `restore_too_large` above
 * RESTORE_BODY_MAX_BYTES. The body is parsed and checked in a worker thread;
 * the rows are written in short batches and appear all at once (see
 * `writeRestorePlan`). Shares the per-user import slot and rate limit.
 */
export const POST = withApiUser(async (req, user) =>
  withImportSlot(user, async () => apiJson(await writeRestorePlan(user, await prepareRestoreOffThread(await readRestoreBody(req))))),
);
