import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { apiRequest, sessionCookieFrom } from "./helpers/http";
import { useAppTestDb } from "./helpers/test-db";

const req = (url: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}) =>
  new NextRequest(new URL(url), { method: init.method ?? "GET", headers: { host: "127.0.0.1:3000", ...init.headers }, body: init.body });

describe("proxy: headers and refusals of every page", () => {
  it("puts a fresh nonce CSP on each page and hands the nonce to Next.js", async () => {
    const [a, b] = [await proxy(req("http://127.0.0.1:3000/study")), await proxy(req("http://127.0.0.1:3000/study"))];
    const csp = a.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(b.headers.get("content-security-policy")).not.toContain(nonce);
    // The policy travels on the request too, which is how Next.js finds the nonce for its scripts.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
  });

  it("sends HSTS only over https", async () => {
    expect((await proxy(req("http://127.0.0.1:3000/"))).headers.get("strict-transport-security")).toBeNull();
    const https = await proxy(req("http://127.0.0.1:3000/", { headers: { "x-forwarded-proto": "https" } }));
    expect(https.headers.get("strict-transport-security")).toBe("max-age=63072000");
  });

  it("answers a broken %-escape with 400, and keeps the CSRF refusal", async () => {
    const bad = await proxy(req("http://127.0.0.1:3000/decks/%E0%A4%A"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("bad_path");
    const forged = await proxy(req("http://127.0.0.1:3000/settings", { method: "POST", headers: { origin: "http://evil.example" } }));
    expect(forged.status).toBe(403);
  });

  it("answers a server-action post whose body does not decode with 400, and lets well-formed ones through", async () => {
    const origin = "http://127.0.0.1:3000";
    const action = (body: string, type: string) =>
      proxy(req(`${origin}/login`, { method: "POST", headers: { origin, "next-action": "7f00", "content-type": type }, body }));
    for (const [body, type] of [["{not json", "text/plain;charset=UTF-8"], ["--x\r\nbroken", "multipart/form-data; boundary=zzz"], ["{}", "application/json"]]) {
      const res = await action(body!, type!);
      expect([res.status, (await res.json()).error.code]).toEqual([400, "bad_action_body"]);
    }
    expect((await action('[{"email":"a@b.co"}]', "text/plain;charset=UTF-8")).status).toBe(200);
    const form = new FormData();
    form.set("email", "a@b.co");
    const ok = await proxy(req(`${origin}/login`, { method: "POST", headers: { origin, "next-action": "7f00" }, body: form }));
    expect(ok.status).toBe(200);
  });
});

describe("API edges", () => {
  it("an unknown /api/v1 path is a JSON 404; GET /api/v1/settings is never cached", async () => {
    const db = await useAppTestDb();
    try {
      const { GET, DELETE } = await import("@/app/api/v1/[...path]/route");
      const unknown = (method: string) => apiRequest("/api/v1/nothing-here", { method });
      for (const res of [await GET(unknown("GET"), undefined), await DELETE(unknown("DELETE"), undefined)]) {
        expect(res.status).toBe(404);
        expect(res.headers.get("content-type")).toMatch(/application\/json/);
        expect((await res.json()).error.code).toBe("not_found");
      }
      process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
      const signup = (await import("@/app/api/v1/auth/signup/route")).POST;
      const created = await signup(apiRequest("/api/v1/auth/signup", { body: { email: "edges@example.com", password: "edges-pass-1" } }), undefined);
      const settings = (await import("@/app/api/v1/settings/route")).GET;
      const res = await settings(apiRequest("/api/v1/settings", { cookie: sessionCookieFrom(created) }), undefined);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
    } finally {
      await db.cleanup();
    }
  });
});
