import { withApi } from "@/lib/http/api";
import { apiError } from "@/lib/http/api-error";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

/**
 * Any /api/v1 path no route serves: a JSON 404 like every other API error,
 * not the HTML page. Through withApi like every handler, so a state-changing
 * request from a foreign Origin is 403 here too (the proxy skips /api).
 */
const notFound = withApi(async () => apiError(404, "not_found", t.limits.unknownApi));

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
