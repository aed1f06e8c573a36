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

type Env = Record<string, string | undefined>;

/** `APP_ORIGIN` as a list: one origin or several, comma-separated; invalid entries are dropped. */
export function readConfiguredOrigins(env: Env = process.env): string[] {
  return (env.APP_ORIGIN ?? "")
    .split(",")
    .map((o) => normalizeOrigin(o.trim()))
    .filter((o): o is string => o !== null);
}

/**
 * The origins a production server accepts without `APP_ORIGIN`: the
 * localhost / 127.0.0.1 / [::1] of its own PORT. Never the request's `Host`,
 * which an attacker controls (DNS rebinding).
 */
export function defaultProductionOrigins(env: Env = process.env): string[] {
  const port = env.PORT?.trim() || "3000";
  return ["localhost", "127.0.0.1", "[::1]"].map((host) => `http://${host}:${port}`);
}

/**
 * `APP_ORIGIN` when set (e.g. behind a reverse proxy). In development, the
 * origin the request came in on: `http://<Host>`, or https when
 * `X-Forwarded-Proto` says so. Production ignores Host (see `getAllowedOrigins`).
 */
export function getAppOrigin(headers: Headers, env: Env = process.env): string | null {
  const configured = readConfiguredOrigins(env);
  if (configured.length > 0) return configured[0]!;
  const host = headers.get("host")?.trim();
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https" ? "https" : "http";
  return normalizeOrigin(`${proto}://${host}`);
}

/** Every origin a state-changing request may come from. */
export function getAllowedOrigins(headers: Headers, env: Env = process.env): string[] {
  const configured = readConfiguredOrigins(env);
  if (configured.length > 0) return configured;
  if (env.NODE_ENV === "production") return defaultProductionOrigins(env);
  const own = getAppOrigin(headers, env);
  return own ? [own] : [];
}

/** True only when the request carries an `Origin` header equal to an allowed origin. */
export function isSameOrigin(headers: Headers, env: Env = process.env): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const normalized = normalizeOrigin(origin);
  return normalized !== null && getAllowedOrigins(headers, env).includes(normalized);
}

/** One start-up line saying which origins are accepted and how to change that. */
export function describeAllowedOrigins(env: Env = process.env): string {
  const configured = readConfiguredOrigins(env);
  if (configured.length > 0) return `[rehearse] accepting requests from ${configured.join(", ")} (APP_ORIGIN).`;
  return `[rehearse] accepting requests from ${defaultProductionOrigins(env).join(", ")} only. To serve another address, set APP_ORIGIN (e.g. APP_ORIGIN=https://rehearse.example, comma-separated for several).`;
}
