import "server-only";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { cookies } from "next/headers";

/** Copies Better Auth's Set-Cookie values onto the current server-action response. */
export async function applySetCookies(setCookies: string[]): Promise<void> {
  if (setCookies.length === 0) return;
  const jar = await cookies();
  for (const header of setCookies) {
    for (const [name, attributes] of parseSetCookieHeader(header)) {
      const { value } = attributes;
      const options = toCookieOptions(attributes);
      jar.set(name, value, {
        path: options.path ?? "/",
        httpOnly: options.httpOnly ?? true,
        sameSite: options.sameSite ?? "lax",
        secure: options.secure ?? false,
        ...(options.maxAge !== undefined ? { maxAge: options.maxAge } : {}),
        ...(options.expires ? { expires: options.expires } : {}),
        ...(options.domain ? { domain: options.domain } : {}),
      });
    }
  }
}
