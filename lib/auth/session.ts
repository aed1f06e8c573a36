import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { SessionUser } from "@/lib/data/session-user";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, getAuth } from "./auth";
import { buildLoginPath } from "./next-path";
import { findFreshSession, readSingleCookie, rememberVerifiedCookie, verifiedToken } from "./session-fast-path";

export interface ResolvedSession {
  user: SessionUser;
  sessionId: string;
  /** Set-Cookie values when Better Auth extended the session (sliding expiry); forward them if you can. */
  setCookies: string[];
}

/**
 * Resolves the session cookie in `requestHeaders` against the database:
 * a bad signature, an unknown or revoked token, or an expired session is null.
 */
export async function resolveSession(requestHeaders: Headers): Promise<ResolvedSession | null> {
  const cookieHeader = requestHeaders.get("cookie");
  if (!cookieHeader) return null;
  const auth = getAuth();
  const cookieName = (await auth.$context).authCookies.sessionToken.name;
  const cookieValue = readSingleCookie(cookieHeader, cookieName);
  // Fast path (lib/auth/session-fast-path.ts): a cookie Better Auth verified before, still
  // live in the database and not due for its sliding extension.
  const token = cookieValue ? verifiedToken(cookieValue) : null;
  if (token) {
    const fresh = await findFreshSession(token, new Date(), (SESSION_MAX_AGE_SECONDS - SESSION_UPDATE_AGE_SECONDS) * 1000);
    if (fresh) return { ...fresh, setCookies: [] };
  }
  const { headers: out, response } = await auth.api.getSession({ headers: requestHeaders, returnHeaders: true });
  if (!response) return null;
  if (cookieValue) rememberVerifiedCookie(cookieValue, response.session.token);
  return {
    user: { id: response.user.id, email: response.user.email },
    sessionId: response.session.id,
    setCookies: out.getSetCookie(),
  };
}

/** The signed-in user of the current page/action request, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await resolveSession(await headers());
  return session?.user ?? null;
});

/**
 * The signed-in user, or a redirect to `/login?next=<returnTo>` (pages only;
 * route handlers use `withApiUser`, server actions `authedAction`).
 */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(buildLoginPath(returnTo));
  return user;
}
