import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { toActionFailure, parseActionInput } from "@/lib/auth/action";
import { applySetCookies } from "@/lib/auth/cookies";
import { assertSameOrigin } from "@/lib/auth/csrf";
import type { AuthFormState } from "./form-state";

/**
 * Shared body of the sign-in / sign-up actions: Origin check, zod
 * validation, the account call, then the session cookie on the response.
 * Returns form state on failure and null on success (the caller redirects).
 */
export async function runAuthForm<S extends z.ZodType>(
  schema: S,
  raw: Record<string, unknown>,
  submit: (input: z.output<S>, requestHeaders: Headers) => Promise<{ setCookies: string[] }>,
): Promise<AuthFormState | null> {
  const email = typeof raw.email === "string" ? raw.email : "";
  try {
    const requestHeaders = await headers();
    assertSameOrigin(requestHeaders);
    const { setCookies } = await submit(parseActionInput(schema, raw), requestHeaders);
    await applySetCookies(setCookies);
    return null;
  } catch (err) {
    const failure = toActionFailure(err);
    const error = failure.fields ? Object.values(failure.fields).join(" ") : failure.error;
    return { error, fields: failure.fields, email };
  }
}
