/**
 * Security headers of every page. Pure (no Node or Next imports), so
 * proxy.ts can use it and tests can check it.
 */

/** A fresh per-request nonce (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a page: scripts only from us and carrying
 * this request's nonce (Next.js adds it to its own scripts), images only from
 * us and data: URLs (an imported note cannot make the browser call another
 * server), recordings played from blob: URLs, no framing, no plugins.
 * Inline style attributes stay allowed (React renders a few; a nonce cannot
 * cover attributes). Development adds 'unsafe-eval' for React's debugging.
 */
export function buildContentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Only the microphone (spoken answers), and only for this origin; everything else off. */
export const PERMISSIONS_POLICY = "microphone=(self), camera=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

/** Sent only on responses served over https: browsers then refuse plain http for two years. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000";

/** True when the request reached us over https (directly, or per the proxy's X-Forwarded-Proto). */
export function isHttpsRequest(url: URL, headers: Headers): boolean {
  if (url.protocol === "https:") return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** True when the path's %-escapes decode (a bad one like "%E0%A4%A" would crash routing). */
export function hasValidPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
