import { importNotes } from "@/lib/data/imports";
import { apiJson, withApiUser } from "@/lib/http/api";
import { ApiError } from "@/lib/http/api-error";
import { assertJsonContentType, readCappedBytes } from "@/lib/http/body";
import { t } from "@/lib/i18n";
import { withImportSlot } from "@/lib/import/import-guard";
import { ImportRefusedError } from "@/lib/import/import-refused-error";
import { prepareImportOffThread } from "@/lib/import/import-pool";
import { formatMegabytes, IMPORT_BODY_MAX_BYTES, IMPORT_LIMITS } from "@/lib/import/limits";

export const dynamic = "force-dynamic";

/** The raw body, capped; over the cap is 413 `import_too_large` with the documented limit. */
async function readImportBody(req: Request): Promise<Uint8Array> {
  assertJsonContentType(req);
  try {
    return await readCappedBytes(req, IMPORT_BODY_MAX_BYTES);
  } catch (err) {
    if (err instanceof ApiError && err.code === "payload_too_large") {
      throw new ApiError(413, "import_too_large", t.importGuard.tooLarge(formatMegabytes(IMPORT_LIMITS.maxTotalBytes)));
    }
    throw err;
  }
}

/**
 * POST /api/v1/imports — `{files:[{name, content, encoding?}], preview?, practicePrompts?, mergeSubheadings?, confirmArchive?}`.
 * Saving a re-import that archives cards needs `confirmArchive` (else 409 `confirm_archive`);
 * a save where no file has a card is 400 `no_cards`.
 * Zips travel as base64. 200 with per-file cards, warnings and counts; a
 * refused file is 400/413 `{error:{code, message, fields:{file}}}` and nothing
 * is saved. JSON, zips and the parser run in a worker thread (time-limited);
 * one import at a time per user, and a per-user rate limit.
 */
export const POST = withApiUser(async (req, user) =>
  withImportSlot(user, async () => {
    const prepared = await prepareImportOffThread(await readImportBody(req));
    const result = await importNotes(user, prepared, new Date()).catch((err: unknown) => {
      // Refusals decided while planning the writes (no cards, archiving without consent).
      if (err instanceof ImportRefusedError) throw new ApiError(err.status, err.code, err.message, { file: err.file });
      throw err;
    });
    return apiJson({ ...result, skipped: prepared.skipped });
  }),
);
