import { z } from "zod";
import { importNotes } from "@/lib/data/imports";
import { apiJson, withApiUser } from "@/lib/http/api";
import { ApiError } from "@/lib/http/api-error";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { parseJsonBody } from "@/lib/http/body";
import { collectNoteFiles } from "@/lib/import/collect-note-files";
import { ImportRefusedError } from "@/lib/import/import-refused-error";
import { formatMegabytes, IMPORT_BODY_MAX_BYTES, IMPORT_LIMITS } from "@/lib/import/limits";

export const dynamic = "force-dynamic";

const importBody = z.object({
  files: z
    .array(
      z.object({
        name: z.string().min(1).max(IMPORT_LIMITS.maxNameLength),
        content: z.string(),
        encoding: z.enum(["utf8", "base64"]).optional(),
      }),
    )
    .min(1)
    .max(IMPORT_LIMITS.maxFiles),
  preview: z.boolean().optional(),
  /** Saving a re-import that archives cards needs this (the preview listed them). */
  confirmArchive: z.boolean().optional(),
});

/**
 * POST /api/v1/imports — `{files:[{name, content, encoding?}], preview?}`.
 * Zips travel as base64. 200 with per-file cards, warnings, counts and a
 * card diff; saving a re-import that archives cards needs `confirmArchive` (else 409); a
 * refused file is 400/413 `{error:{code, message, fields:{file}}}` and nothing is saved.
 */
export const POST = withApiUser(async (req, user) => {
  try {
    const body = await parseJsonBody(req, importBody, { maxBytes: IMPORT_BODY_MAX_BYTES });
    const { notes, skipped } = collectNoteFiles(body.files);
    const result = await importNotes(user, notes, { preview: body.preview ?? false, confirmArchive: body.confirmArchive ?? false, now: new Date() });
    // A preview shows answers as sanitized HTML, exactly as study will render them.
    const files = result.preview
      ? result.files.map((f) => ({ ...f, cards: f.cards.map((c) => ({ ...c, answerHtml: renderMarkdown(c.answer) })) }))
      : result.files;
    return apiJson({ ...result, files, skipped });
  } catch (err) {
    if (err instanceof ImportRefusedError) throw new ApiError(err.status, err.code, err.message, { file: err.file });
    if (err instanceof ApiError && err.code === "payload_too_large") {
      throw new ApiError(413, "import_too_large", `가져오기 전체 크기가 ${formatMegabytes(IMPORT_LIMITS.maxTotalBytes)}를 넘습니다.`);
    }
    throw err;
  }
});
