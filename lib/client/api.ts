/**
 * Browser fetch wrapper for /api/v1. Every failure becomes an ApiError with a
 * Korean message: the server's own message when it sent one, otherwise ours.
 */
import { t } from "@/lib/i18n/client";

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 = the request never got an answer (offline, DNS, CORS…). */
    readonly status: number,
    readonly code: string,
    message: string,
    /** Per-field validation messages (400 `validation`). */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** Worth retrying unchanged: no answer, or the server failed rather than refused. */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }
}

type Method = "GET" | "POST" | "PUT";

export async function apiFetch<T>(path: string, init: { method?: Method; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const { method = "GET", body, signal } = init;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      cache: "no-store",
      headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError(0, "network", t.study.errors.network);
  }
  const data: unknown = await res.json().catch(() => null);
  if (res.ok) return data as T;
  // A signed-out session: send the user to sign in and come back here.
  if (res.status === 401 && typeof window !== "undefined") {
    window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  }
  const error = (data as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  const message = typeof error?.message === "string" && error.message ? error.message : t.study.errors.server(res.status);
  const code = typeof error?.code === "string" ? error.code : `http_${res.status}`;
  const fields = error?.fields && typeof error.fields === "object" ? (error.fields as Record<string, string>) : {};
  throw new ApiError(res.status, code, message, fields);
}

/**
 * crypto.randomUUID exists only in secure contexts; a phone testing the app
 * over plain http on the LAN still needs idempotency keys.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
