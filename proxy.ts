import { NextResponse, type NextRequest } from "next/server";
import { SAFE_METHODS, isSameOrigin } from "@/lib/auth/origin";
import {
  STRICT_TRANSPORT_SECURITY,
  buildContentSecurityPolicy,
  createNonce,
  hasValidPercentEncoding,
  isHttpsRequest,
} from "@/lib/http/security-headers";
import { isWellFormedActionBody } from "@/lib/http/server-action-body";
import { t } from "@/lib/i18n";

const jsonError = (status: number, code: string, message: string) =>
  NextResponse.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Every request but static files passes here:
 *  - a path with a broken %-escape is a 400 (Next.js would answer 500), and
 *    so is a server-action post whose body does not decode;
 *  - CSRF, first line of defence for every state-changing request, server
 *    actions included: Next.js itself accepts a server action that carries no
 *    Origin header. Route handlers (withApi) and server actions (authedAction)
 *    repeat the check, so it holds even if this matcher changes;
 *  - a per-request nonce for the Content-Security-Policy (Next.js puts it on
 *    its scripts when the request carries the policy), and HSTS over https.
 *
 * API routes are left out: every /api handler runs the same Origin check in
 * withApi (test/api-csrf-without-proxy.test.ts calls each one from a foreign
 * Origin), and running the proxy too cost every API request a second pass
 * through Next.js's middleware adapter (bench/README.md, "Where the
 * milliseconds go"). That also keeps the upload routes' bodies away from the
 * proxy's 10 MB buffer (`proxyClientMaxBodySize`).
 */
export async function proxy(request: NextRequest) {
  if (!hasValidPercentEncoding(request.nextUrl.pathname)) return jsonError(400, "bad_path", t.limits.badPath);
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers)) return jsonError(403, "csrf", t.apiErrors.csrf);
  if (isServerActionPost(request) && !(await isWellFormedActionBody(request))) return jsonError(400, "bad_action_body", t.limits.badActionBody);
  const nonce = createNonce();
  const csp = buildContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (isHttpsRequest(request.nextUrl, request.headers)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** A server-action call: the `Next-Action` header, or a form posted to a page (JavaScript off). */
function isServerActionPost(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  return !request.nextUrl.pathname.startsWith("/api/") && /^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(request.headers.get("content-type") ?? "");
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
