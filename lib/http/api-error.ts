/**
 * An expected failure with an HTTP status and a Korean message. Route
 * handlers turn it into `{error:{code,message,fields?}}`; server actions into
 * `{ok:false, error, fields?}`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Builds the JSON error answer every /api/v1 route uses. */
export function apiError(
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
  headers?: Record<string, string>,
): Response {
  const error = fields && Object.keys(fields).length > 0 ? { code, message, fields } : { code, message };
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
