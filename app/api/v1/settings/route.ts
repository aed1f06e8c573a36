import { z } from "zod";
import { getSettings, updateSettings } from "@/lib/data/settings";
import { ApiError } from "@/lib/http/api-error";
import { apiJson, withApiUser } from "@/lib/http/api";
import { parseJsonBody } from "@/lib/http/body";
import { t } from "@/lib/i18n";
import { settingsFieldErrors, settingsPatchSchema } from "@/lib/settings/settings-schema";

export const dynamic = "force-dynamic";

export const GET = withApiUser(async (_req, user) => {
  return apiJson({ settings: await getSettings(user) });
});

export const PUT = withApiUser(async (req, user) => {
  const raw = await parseJsonBody(req, z.record(z.string(), z.unknown()), { maxBytes: 16_384 });
  const patch = settingsPatchSchema.safeParse(raw);
  if (!patch.success) throw new ApiError(400, "validation", t.apiErrors.validation, settingsFieldErrors(patch.error));
  return apiJson({ settings: await updateSettings(user, patch.data) });
});
