import { NextResponse, type NextRequest } from "next/server";
import { SAFE_METHODS, isSameOrigin } from "@/lib/auth/origin";
import { t } from "@/lib/i18n";

/**
 * First line of CSRF defence for every state-changing request, server
 * actions included: Next.js itself accepts a server action that carries no
 * Origin header. Route handlers (withApi) and server actions (authedAction)
 * repeat the check, so it holds even if this matcher changes.
 */
export function proxy(request: NextRequest) {
  if (SAFE_METHODS.has(request.method) || isSameOrigin(request.headers)) return NextResponse.next();
  return NextResponse.json(
    { error: { code: "csrf", message: t.apiErrors.csrf } },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}

export const config = {
  // The upload routes stay out of the proxy: Next.js buffers a proxied body
  // and cuts it at `proxyClientMaxBodySize` (10 MB), below their documented
  // limits. They check Origin themselves (withApi) before reading the body.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/imports$|api/v1/export/restore$).*)"],
};
