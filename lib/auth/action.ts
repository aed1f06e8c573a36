import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { DataError } from "@/lib/data/errors";
import type { SessionUser } from "@/lib/data/session-user";
import { t } from "@/lib/i18n";
import { ApiError } from "@/lib/http/api-error";
import { collectFieldErrors } from "@/lib/http/body";
import { assertSameOrigin } from "./csrf";
import { resolveSession } from "./session";

/** What every server action returns; expected failures never throw to the client. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; code: string; error: string; fields?: Record<string, string> };

/** Maps a thrown value to a failed ActionResult (redirect/notFound signals are re-thrown). */
export function toActionFailure(err: unknown): Extract<ActionResult, { ok: false }> {
  unstable_rethrow(err);
  if (err instanceof ApiError) return { ok: false, code: err.code, error: err.message, ...(err.fields ? { fields: err.fields } : {}) };
  if (err instanceof DataError) return { ok: false, code: err.code, error: err.message };
  console.error("[action] unexpected error", err);
  return { ok: false, code: "internal", error: t.apiErrors.internal };
}

/** Validates `input` with `schema`; a failure is a 400-style ApiError with per-field messages. */
export function parseActionInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ApiError(400, "validation", t.apiErrors.validation, collectFieldErrors(parsed.error));
  return parsed.data;
}

/**
 * Wraps a server action body: checks Origin (CSRF), re-verifies the session
 * from the cookie, validates the input, then runs `fn` with the user.
 * Something the user does not own should throw `notFound(…)` (DataError 404).
 */
export function authedAction<S extends z.ZodType, R>(schema: S, fn: (input: z.output<S>, user: SessionUser) => Promise<R>) {
  return async (input: unknown): Promise<ActionResult<R>> => {
    try {
      const requestHeaders = await headers();
      assertSameOrigin(requestHeaders);
      const session = await resolveSession(requestHeaders);
      if (!session) return { ok: false, code: "unauthenticated", error: t.apiErrors.unauthenticated };
      return { ok: true, data: await fn(parseActionInput(schema, input), session.user) };
    } catch (err) {
      return toActionFailure(err);
    }
  };
}
