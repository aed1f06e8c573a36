/**
 * The app's own origin and the same-origin rule for state-changing requests.
 * Pure (no Node or Next imports) so proxy.ts, route handlers and server
 * actions share it.
 */

/** Methods that must not change state; every other method needs a matching Origin. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

function normalizeOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * `APP_ORIGIN` when set (e.g. behind a reverse proxy), else the origin the
 * request came in on: `http://<Host>`, or https when `X-Forwarded-Proto` says so.
 */
export function getAppOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): string | null {
  const configured = env.APP_ORIGIN?.trim();
  if (configured) return normalizeOrigin(configured);
  const host = headers.get("host")?.trim();
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https" ? "https" : "http";
  return normalizeOrigin(`${proto}://${host}`);
}

/** True only when the request carries an `Origin` header equal to the app's own origin. */
export function isSameOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const own = getAppOrigin(headers, env);
  return own !== null && normalizeOrigin(origin) === own;
}
