import "server-only";
import { isAPIError } from "better-auth/api";
import { createUserSettings, revokeUserSession } from "@/lib/data/users";
import type { SessionUser } from "@/lib/data/session-user";
import { t } from "@/lib/i18n";
import { ApiError } from "@/lib/http/api-error";
import { getAuth } from "./auth";
import type { SignInInput, SignUpInput } from "./credentials";
import { enforceAuthRateLimit } from "./rate-limit";
import { resolveSession } from "./session";

export interface SignedIn {
  user: SessionUser;
  /** Set-Cookie header values carrying the new session cookie. */
  setCookies: string[];
}

/** A session cookie the browser already had (possibly planted) is revoked once a new one is issued. */
async function revokePrevious(requestHeaders: Headers): Promise<void> {
  const previous = await resolveSession(requestHeaders).catch(() => null);
  if (previous) await revokeUserSession(previous.user, previous.sessionId);
}

/**
 * Creates the account (argon2id hash via Better Auth), its settings row, and
 * a fresh session. 429 when throttled, 409 when the e-mail is taken.
 */
export async function signUpWithPassword(input: SignUpInput, requestHeaders: Headers): Promise<SignedIn> {
  await enforceAuthRateLimit("signup", requestHeaders, input.email);
  try {
    const { headers, response } = await getAuth().api.signUpEmail({
      body: { name: "", email: input.email, password: input.password },
      headers: requestHeaders,
      returnHeaders: true,
    });
    const user = { id: response.user.id, email: response.user.email };
    await createUserSettings(user, input.timezone ?? "UTC");
    await revokePrevious(requestHeaders);
    return { user, setCookies: headers.getSetCookie() };
  } catch (err) {
    if (isAPIError(err) && err.statusCode === 422) throw new ApiError(409, "email_taken", t.auth.errors.emailTaken);
    throw err;
  }
}

/**
 * Checks the password and starts a new session (a new token at every
 * sign-in, so a fixed cookie is never promoted). Unknown e-mail and wrong
 * password get the same 401.
 */
export async function signInWithPassword(input: SignInInput, requestHeaders: Headers): Promise<SignedIn> {
  await enforceAuthRateLimit("login", requestHeaders, input.email);
  try {
    const { headers, response } = await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers: requestHeaders,
      returnHeaders: true,
    });
    await revokePrevious(requestHeaders);
    return { user: { id: response.user.id, email: response.user.email }, setCookies: headers.getSetCookie() };
  } catch (err) {
    if (isAPIError(err) && (err.statusCode === 401 || err.statusCode === 400)) {
      throw new ApiError(401, "invalid_credentials", t.auth.errors.invalidCredentials);
    }
    throw err;
  }
}

/** Deletes the current session from the database; returns Set-Cookie values that clear the cookie. */
export async function signOutSession(requestHeaders: Headers): Promise<string[]> {
  try {
    const { headers } = await getAuth().api.signOut({ headers: requestHeaders, returnHeaders: true });
    return headers.getSetCookie();
  } catch (err) {
    if (isAPIError(err)) return err.headers instanceof Headers ? err.headers.getSetCookie() : [];
    throw err;
  }
}
