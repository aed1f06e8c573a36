/**
 * Building requests for route handlers called directly in Vitest
 * (`await POST(req, ctx)`), as a browser on http://127.0.0.1:3000 would send them.
 */
export const TEST_ORIGIN = "http://127.0.0.1:3000";

export interface RequestOptions {
  method?: string;
  /** JSON-encoded unless it is already a string. */
  body?: unknown;
  cookie?: string;
  /** Origin header: defaults to the app's own for non-GET; `null` = send none. */
  origin?: string | null;
  contentType?: string | null;
  headers?: Record<string, string>;
}

export function apiRequest(pathname: string, opts: RequestOptions = {}): Request {
  const method = opts.method ?? (opts.body === undefined ? "GET" : "POST");
  const headers = new Headers({ host: new URL(TEST_ORIGIN).host, ...opts.headers });
  const origin = opts.origin === undefined ? (method === "GET" ? null : TEST_ORIGIN) : opts.origin;
  if (origin) headers.set("origin", origin);
  if (opts.cookie) headers.set("cookie", opts.cookie);
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
    const type = opts.contentType === undefined ? "application/json" : opts.contentType;
    if (type) headers.set("content-type", type);
  }
  return new Request(`${TEST_ORIGIN}${pathname}`, { method, headers, body });
}

/** The `name=value` pair of the session cookie a response sets ("" when none). */
export function sessionCookieFrom(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => /session_token=/.test(c));
  return header ? header.split(";")[0]! : "";
}

/** Route context for dynamic segments: `{ params: Promise<…> }` as Next.js passes it. */
export function routeContext(params: Record<string, string> = {}) {
  return { params: Promise.resolve(params) };
}
