import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { markClientIpStamped } from "@/lib/http/stamp-client-ip";
import { apiRequest } from "./helpers/http";
import { useAppTestDb, type TestDb } from "./helpers/test-db";

type Handler = (req: Request, ctx: unknown) => Promise<Response>;
let db: TestDb;
let signup: Handler, login: Handler;

beforeAll(async () => {
  markClientIpStamped();
  db = await useAppTestDb();
  signup = (await import("@/app/api/v1/auth/signup/route")).POST;
  login = (await import("@/app/api/v1/auth/login/route")).POST;
});
afterAll(() => db.cleanup());
beforeEach(async () => {
  process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
  await db.prisma.rateLimit.deleteMany();
});

let n = 0;
const freshEmail = () => `person${++n}-${Date.now()}@example.com`;
const PASSWORD = "correct horse 1";
const h2 = (h: Handler, path: string, body: unknown, ip: string) =>
  h(apiRequest(path, { body, headers: { [CLIENT_IP_HEADER]: ip } }), undefined);
const post = (h: Handler, path: string, body: unknown, cookie?: string) => h(apiRequest(path, { body, cookie }), undefined);

async function signUp(email = freshEmail()) {
  const res = await post(signup, "/api/v1/auth/signup", { email, password: PASSWORD });
  expect(res.status).toBe(201);
  return { email };
}

describe("bad input is never a 500", () => {
  it.each([
    ["malformed JSON", { body: "{oops", contentType: "application/json" }, 400, "invalid_json"],
    ["wrong content type", { body: "email=a", contentType: "application/x-www-form-urlencoded" }, 400, "unsupported_media_type"],
    ["no content type", { body: "{}", contentType: null }, 400, "unsupported_media_type"],
    ["a JSON array", { body: "[]", contentType: "application/json" }, 400, "validation"],
    ["a huge body", { body: JSON.stringify({ email: "a@b.co", password: "x".repeat(2_000_000) }) }, 413, "payload_too_large"],
  ])("%s → %i", async (_name, opts, status, code) => {
    for (const h of [signup, login]) {
      const res = await h(apiRequest("/api/v1/auth/x", { method: "POST", ...opts }), undefined);
      expect(res.status).toBe(status);
      expect((await res.json()).error).toMatchObject({ code, message: expect.any(String) });
    }
  });
});

describe("rate limiting (SQLite, per e-mail and per IP)", () => {
  it("the 6th sign-in for one e-mail within a minute is 429 with a Korean message", async () => {
    const { email } = await signUp();
    for (let i = 0; i < 5; i++) expect((await post(login, "/api/v1/auth/login", { email, password: "nope-nope" })).status).toBe(401);
    const res = await post(login, "/api/v1/auth/login", { email, password: PASSWORD });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).error).toEqual({ code: "rate_limited", message: expect.stringMatching(/시도가 너무 많습니다/) });
  });

  it("the 11th attempt from one IP is 429, for sign-in and for sign-up", async () => {
    delete process.env.AUTH_RATE_LIMIT_PER_IP;
    const headers = { [CLIENT_IP_HEADER]: "203.0.113.7" };
    for (const [h, path] of [[login, "/api/v1/auth/login"], [signup, "/api/v1/auth/signup"]] as const) {
      for (let i = 0; i < 10; i++) {
        const res = await h(apiRequest(path, { body: { email: freshEmail(), password: PASSWORD }, headers }), undefined);
        expect(res.status).not.toBe(429);
      }
      const res = await h(apiRequest(path, { body: { email: freshEmail(), password: PASSWORD }, headers }), undefined);
      expect(res.status).toBe(429);
    }
    // Another address is not affected.
    const other = await h2(signup, "/api/v1/auth/signup", { email: freshEmail(), password: PASSWORD }, "198.51.100.1");
    expect(other.status).toBe(201);
  });

  it("a made-up X-Forwarded-For does not give a fresh allowance (the socket address counts)", async () => {
    delete process.env.AUTH_RATE_LIMIT_PER_IP;
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      const headers = { [CLIENT_IP_HEADER]: "127.0.0.1", "x-forwarded-for": `10.9.${i}.1` };
      const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email: freshEmail(), password: PASSWORD }, headers }), undefined);
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429, 429]);
  });

  it("failed log-ins from one address lock out that address only, not the owner elsewhere", async () => {
    const { email } = await signUp();
    for (let i = 0; i < 5; i++) expect((await h2(login, "/api/v1/auth/login", { email, password: "nope-nope" }, "203.0.113.50")).status).toBe(401);
    expect((await h2(login, "/api/v1/auth/login", { email, password: PASSWORD }, "203.0.113.50")).status).toBe(429);
    expect((await h2(login, "/api/v1/auth/login", { email, password: PASSWORD }, "198.51.100.20")).status).toBe(200);
  });
});
