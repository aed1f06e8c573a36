import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { TEST_ORIGIN, apiRequest, sessionCookieFrom } from "./helpers/http";
import { actionSessionCookie, mockNextRequestScope, redirectTarget, setActionRequest } from "./helpers/next-request";
import { useAppTestDb, type TestDb } from "./helpers/test-db";

type Handler = (req: Request, ctx: unknown) => Promise<Response>;
let db: TestDb;
let signup: Handler, logout: Handler, me: Handler;
let signUpAction: typeof import("@/app/(auth)/signup/actions").signUpAction;
let authedAction: typeof import("@/lib/auth/action").authedAction;

const ORIGINS = { same: TEST_ORIGIN, foreign: "http://evil.example", missing: null, opaque: "null" } as const;
const PASSWORD = "correct horse 1";
let n = 0;
const freshEmail = () => `csrf${++n}@example.com`;

beforeAll(async () => {
  db = await useAppTestDb();
  mockNextRequestScope();
  signup = (await import("@/app/api/v1/auth/signup/route")).POST;
  logout = (await import("@/app/api/v1/auth/logout/route")).POST;
  me = (await import("@/app/api/v1/me/route")).GET;
  ({ signUpAction } = await import("@/app/(auth)/signup/actions"));
  ({ authedAction } = await import("@/lib/auth/action"));
});
afterAll(() => db.cleanup());
beforeEach(() => {
  process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
});

describe("route handlers", () => {
  it.each(Object.entries(ORIGINS))("sign-up with %s Origin", async (kind, origin) => {
    const email = freshEmail();
    const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email, password: PASSWORD }, origin }), undefined);
    const users = await db.prisma.user.count({ where: { email } });
    if (kind === "same") {
      expect(res.status).toBe(201);
      expect(users).toBe(1);
    } else {
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("csrf");
      expect(users).toBe(0);
      expect(await db.prisma.rateLimit.count({ where: { key: { contains: email } } })).toBe(0);
    }
  });

  it("a signed-in non-GET request from a foreign or missing Origin is refused and changes nothing", async () => {
    const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email: freshEmail(), password: PASSWORD } }), undefined);
    const cookie = sessionCookieFrom(res);
    for (const origin of [ORIGINS.foreign, ORIGINS.missing]) {
      const out = await logout(apiRequest("/api/v1/auth/logout", { method: "POST", cookie, origin }), undefined);
      expect(out.status).toBe(403);
      expect(out.headers.getSetCookie()).toEqual([]);
    }
    expect((await me(apiRequest("/api/v1/me", { cookie }), undefined)).status).toBe(200);
    expect((await logout(apiRequest("/api/v1/auth/logout", { method: "POST", cookie }), undefined)).status).toBe(204);
  });

  it("GET needs no Origin", async () => {
    expect((await me(apiRequest("/api/v1/me", { origin: null }), undefined)).status).toBe(401);
  });

  it("in production without APP_ORIGIN, a forged Host (DNS rebinding) does not make its origin acceptable", async () => {
    const env = { NODE_ENV: process.env.NODE_ENV, PORT: process.env.PORT };
    Object.assign(process.env, { NODE_ENV: "production", PORT: "3000" });
    try {
      const email = freshEmail();
      const headers = { host: "evil.example" };
      const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email, password: PASSWORD }, origin: "http://evil.example", headers }), undefined);
      expect(res.status).toBe(403);
      expect(await db.prisma.user.count({ where: { email } })).toBe(0);
      const ok = await signup(apiRequest("/api/v1/auth/signup", { body: { email, password: PASSWORD } }), undefined);
      expect(ok.status).toBe(201);
    } finally {
      for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
  });

  it("APP_ORIGIN, when set, is the only accepted origin", async () => {
    process.env.APP_ORIGIN = "https://rehearse.example";
    try {
      const body = { email: freshEmail(), password: PASSWORD };
      expect((await signup(apiRequest("/api/v1/auth/signup", { body }), undefined)).status).toBe(403);
      const ok = await signup(apiRequest("/api/v1/auth/signup", { body, origin: "https://rehearse.example" }), undefined);
      expect(ok.status).toBe(201);
    } finally {
      delete process.env.APP_ORIGIN;
    }
  });
});

describe("server actions", () => {
  const form = (email: string) => {
    const data = new FormData();
    data.set("email", email);
    data.set("password", PASSWORD);
    data.set("timezone", "Asia/Seoul");
    data.set("next", "/study");
    return data;
  };

  it.each([ORIGINS.foreign, ORIGINS.missing, ORIGINS.opaque])("sign-up action with Origin %s: refused, nothing written", async (origin) => {
    setActionRequest({ origin });
    const email = freshEmail();
    const state = await signUpAction({}, form(email));
    expect(state.error).toMatch(/허용되지 않은 출처/);
    expect(await db.prisma.user.count({ where: { email } })).toBe(0);
    expect(actionSessionCookie()).toBe("");
  });

  it("sign-up action with the same Origin: account, settings, cookie, redirect to next", async () => {
    setActionRequest();
    const email = freshEmail();
    const err = await signUpAction({}, form(email)).catch((e: unknown) => e);
    expect(redirectTarget(err)).toBe("/study");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email }, include: { settings: true } });
    expect(user.settings?.timezone).toBe("Asia/Seoul");
    expect(actionSessionCookie()).toMatch(/session_token=/);
  });

  it("authedAction checks Origin before the session and never runs the body", async () => {
    const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email: freshEmail(), password: PASSWORD } }), undefined);
    const cookie = sessionCookieFrom(res);
    const body = vi.fn(async () => "done");
    const action = authedAction(z.object({ id: z.string() }), body);
    for (const origin of [ORIGINS.foreign, ORIGINS.missing]) {
      setActionRequest({ cookie, origin });
      expect(await action({ id: "x" })).toMatchObject({ ok: false, code: "csrf" });
    }
    setActionRequest({ origin: ORIGINS.same });
    expect(await action({ id: "x" })).toMatchObject({ ok: false, code: "unauthenticated" });
    setActionRequest({ cookie });
    expect(await action({ id: 1 })).toMatchObject({ ok: false, code: "validation", fields: { id: expect.any(String) } });
    expect(body).not.toHaveBeenCalled();
    expect(await action({ id: "x" })).toEqual({ ok: true, data: "done" });
  });
});

describe("proxy.ts (every non-GET request, server actions included)", () => {
  const run = async (method: string, origin: string | null) => {
    const { proxy } = await import("@/proxy");
    const headers = new Headers({ host: new URL(TEST_ORIGIN).host, "next-action": "abc123" });
    if (origin) headers.set("origin", origin);
    // A well-formed action body (React's encoded arguments): malformed ones are a 400 of their own (test/proxy.test.ts).
    if (method === "POST") headers.set("content-type", "text/plain;charset=UTF-8");
    return proxy(new NextRequest(`${TEST_ORIGIN}/login`, { method, headers, body: method === "POST" ? "[]" : undefined }));
  };

  it("lets same-origin POST and any GET through", async () => {
    expect((await run("POST", ORIGINS.same)).headers.get("x-middleware-next")).toBe("1");
    expect((await run("GET", null)).headers.get("x-middleware-next")).toBe("1");
  });

  it.each([ORIGINS.foreign, ORIGINS.missing, ORIGINS.opaque])("refuses POST with Origin %s: 403 csrf", async (origin) => {
    const res = await run("POST", origin);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("csrf");
  });
});
