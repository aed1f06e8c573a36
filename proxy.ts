import { NextResponse, type NextRequest } from "next/server";
import { SAFE_METHODS, isSameOrigin } from "@/lib/auth/origin";
import { t } from "@/lib/i18n";

/**
 * First line of CSRF defence for every state-changing request, server
 * actions included: Next.js itself accepts a server action that carries no
 * Origin header. Route handlers (withApi) and server actions (authedAction)
 * repeat the check, so it holds even if this matcher changes.
 *
 * API routes are left out: every /api handler runs the same check in withApi
 * (test/api-csrf-without-proxy.test.ts calls each one from a foreign Origin),
 * and running the proxy too cost every API request a second pass through
 * Next.js's middleware adapter (bench/README.md, "Where the milliseconds go").
 */
export function proxy(request: NextRequest) {
  if (SAFE_METHODS.has(request.method) || isSameOrigin(request.headers)) return NextResponse.next();
  return NextResponse.json(
    { error: { code: "csrf", message: t.apiErrors.csrf } },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
