import "server-only";
import { t } from "@/lib/i18n";
import { ApiError } from "@/lib/http/api-error";
import { isSameOrigin } from "./origin";

/**
 * CSRF guard for server actions and route handlers: a state-changing request
 * must carry an `Origin` equal to the app's own origin. A missing Origin is
 * refused too (Next.js itself lets such server-action requests through).
 * Throws ApiError 403 `csrf`.
 */
export function assertSameOrigin(headers: Headers): void {
  if (!isSameOrigin(headers)) throw new ApiError(403, "csrf", t.apiErrors.csrf);
}
