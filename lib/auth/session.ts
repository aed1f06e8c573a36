import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { SessionUser } from "@/lib/data/session-user";
import { getAuth } from "./auth";
import { buildLoginPath } from "./next-path";

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
  if (!requestHeaders.get("cookie")) return null;
  const { headers: out, response } = await getAuth().api.getSession({ headers: requestHeaders, returnHeaders: true });
  if (!response) return null;
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
