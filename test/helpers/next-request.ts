/**
 * Runs server actions in Vitest: `next/headers` only works inside a Next.js
 * request, so this swaps it for a fake request scope you control.
 *
 *   beforeAll(async () => {
 *     db = await useAppTestDb();
 *     mockNextRequestScope();                      // after useAppTestDb (it resets modules)
 *     ({ someAction } = await import("@/app/x/actions"));
 *   });
 *   setActionRequest({ cookie });                  // same-origin by default; origin: null = none
 *   const result = await someAction(input);
 *   actionScope.setCookies                         // what the action wrote with cookies().set
 */
import { vi } from "vitest";
import { TEST_ORIGIN } from "./http";

interface SetCookie {
  value: string;
  options: Record<string, unknown>;
}

export const actionScope = {
  headers: new Headers(),
  setCookies: new Map<string, SetCookie>(),
};

export function setActionRequest({ cookie, origin = TEST_ORIGIN }: { cookie?: string; origin?: string | null } = {}): void {
  const headers = new Headers({ host: new URL(TEST_ORIGIN).host });
  if (origin) headers.set("origin", origin);
  if (cookie) headers.set("cookie", cookie);
  actionScope.headers = headers;
  actionScope.setCookies = new Map();
}

/** The `name=value` session cookie the last action set ("" when none). */
export function actionSessionCookie(): string {
  for (const [name, { value }] of actionScope.setCookies) {
    if (name.endsWith("session_token") && value) return `${name}=${encodeURIComponent(value)}`;
  }
  return "";
}

export function mockNextRequestScope(): void {
  vi.doMock("next/headers", () => ({
    headers: async () => actionScope.headers,
    cookies: async () => ({
      get: (name: string) => {
        const match = actionScope.headers.get("cookie")?.split(/;\s*/).find((c) => c.startsWith(`${name}=`));
        return match ? { name, value: decodeURIComponent(match.slice(name.length + 1)) } : undefined;
      },
      set: (name: string, value: string, options: Record<string, unknown> = {}) => {
        actionScope.setCookies.set(name, { value, options });
      },
      delete: (name: string) => actionScope.setCookies.set(name, { value: "", options: { maxAge: 0 } }),
    }),
  }));
}

/** The target of a `redirect()` thrown by an action, or null. */
export function redirectTarget(err: unknown): string | null {
  const digest = (err as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) return null;
  return digest.split(";")[2] ?? null;
}
