import "server-only";
import { ZodError } from "zod";
import { assertSameOrigin } from "@/lib/auth/csrf";
import { SAFE_METHODS } from "@/lib/auth/origin";
import { resolveSession } from "@/lib/auth/session";
import { DataError } from "@/lib/data/errors";
import type { SessionUser } from "@/lib/data/session-user";
import { t } from "@/lib/i18n";
import { ApiError, apiError } from "./api-error";

export { ApiError, apiError } from "./api-error";
export { DEFAULT_MAX_BODY_BYTES, collectFieldErrors, parseJsonBody } from "./body";

/**
 * Turns any thrown value into the JSON error answer. Request input is
 * validated where it is read (parseJsonBody, safeParse → ApiError 400), so
 * anything else — a JSON or zod error included — comes from our own stored
 * data or code: a 500, logged with the request it broke, never leaked.
 */
export function toErrorResponse(err: unknown, req?: Request): Response {
  if (err instanceof ApiError) return apiError(err.status, err.code, err.message, err.fields, err.headers);
  if (err instanceof DataError) return apiError(err.status, err.code, err.message);
  const where = req ? `${req.method} ${new URL(req.url).pathname}` : "request";
  const kind = err instanceof ZodError || err instanceof SyntaxError ? "stored data failed validation" : "unexpected error";
  console.error(`[api] ${where}: ${kind}`, err);
  return apiError(500, "internal", t.apiErrors.internal);
}

/** Adds Set-Cookie values to a response (copying it when its headers are immutable). */
export function withSetCookies(res: Response, setCookies: string[]): Response {
  if (setCookies.length === 0) return res;
  const out = new Response(res.body, res);
  for (const cookie of setCookies) out.headers.append("Set-Cookie", cookie);
  return out;
}

/** Route handler without a session: Origin check on non-GET, JSON errors. */
export function withApi<C = unknown>(handler: (req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      if (!SAFE_METHODS.has(req.method)) assertSameOrigin(req.headers);
      return await handler(req, ctx);
    } catch (err) {
      return toErrorResponse(err, req);
    }
  };
}

/**
 * Route handler for a signed-in user: Origin check on non-GET (403 `csrf`,
 * before anything is read), the session from the request cookie (401
 * `unauthenticated`), JSON errors for ApiError / DataError / zod, 500 otherwise.
 */
export function withApiUser<C = unknown>(handler: (req: Request, user: SessionUser, ctx: C) => Promise<Response>) {
  return withApi<C>(async (req, ctx) => {
    const session = await resolveSession(req.headers);
    if (!session) return apiError(401, "unauthenticated", t.apiErrors.unauthenticated);
    const res = await handler(req, session.user, ctx);
    return withSetCookies(res, session.setCookies);
  });
}

/** A JSON success answer that is never cached. */
export function apiJson(data: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Cache-Control", "no-store");
  return Response.json(data, { ...init, headers });
}
