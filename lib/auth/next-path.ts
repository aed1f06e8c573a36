/**
 * `?next=` handling without an open redirect: only same-site relative paths
 * ("/study?deck=1") are kept; absolute URLs, protocol-relative "//host",
 * backslash tricks and control characters fall back to "/".
 */
export function sanitizeNextPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://rehearse.invalid");
    if (url.origin !== "http://rehearse.invalid") return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Never bounce back into the auth pages themselves.
    return /^\/(login|signup)(\/|\?|#|$)/.test(path) ? fallback : path;
  } catch {
    return fallback;
  }
}

/** `/login`, with `?next=` when there is somewhere safe to come back to. */
export function buildLoginPath(returnTo?: string): string {
  const next = sanitizeNextPath(returnTo, "");
  return next && next !== "/" ? `/login?next=${encodeURIComponent(next)}` : "/login";
}
