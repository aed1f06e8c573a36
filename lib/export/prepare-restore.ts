import { collectFieldErrors } from "@/lib/http/body";
import { t } from "@/lib/i18n";
import type { ImportFailure } from "@/lib/import/import-types";
import { userExportSchema } from "./export-schema";
import { planRestore, RestoreRefusedError, type RestorePlan } from "./plan-restore";

/**
 * All the CPU work of a restore, from the raw request body to the write plan:
 * JSON, validation with the settings and grade rules, new ids, batches. Runs
 * in a worker (lib/import/import-worker.ts), never on the request thread.
 */
export function prepareRestore(body: Uint8Array): { ok: true; value: RestorePlan } | { ok: false; error: ImportFailure } {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"));
  } catch {
    return { ok: false, error: { status: 400, code: "invalid_json", message: t.apiErrors.invalidJson } };
  }
  const parsed = userExportSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: { status: 400, code: "validation", message: t.apiErrors.validation, fields: collectFieldErrors(parsed.error) } };
  try {
    return { ok: true, value: planRestore(parsed.data) };
  } catch (err) {
    if (err instanceof RestoreRefusedError) return { ok: false, error: { status: 400, code: err.code, message: err.message } };
    throw err;
  }
}
