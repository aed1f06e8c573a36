import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { apiRequest, sessionCookieFrom } from "./helpers/http";
import { useAppTestDb, type TestDb } from "./helpers/test-db";

type Handler = (req: Request, ctx: unknown) => Promise<Response>;
let db: TestDb;
let signup: Handler, login: Handler, logout: Handler, me: Handler;

beforeAll(async () => {
  db = await useAppTestDb();
  signup = (await import("@/app/api/v1/auth/signup/route")).POST;
  login = (await import("@/app/api/v1/auth/login/route")).POST;
  logout = (await import("@/app/api/v1/auth/logout/route")).POST;
  me = (await import("@/app/api/v1/me/route")).GET;
});
afterAll(() => db.cleanup());
beforeEach(async () => {
  process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
  await db.prisma.rateLimit.deleteMany();
});

let n = 0;
const freshEmail = () => `person${++n}-${Date.now()}@example.com`;
const PASSWORD = "correct horse 1";
const post = (h: Handler, path: string, body: unknown, cookie?: string) => h(apiRequest(path, { body, cookie }), undefined);
const getMe = (cookie: string) => me(apiRequest("/api/v1/me", { cookie }), undefined);

async function signUp(email = freshEmail()) {
  const res = await post(signup, "/api/v1/auth/signup", { email, password: PASSWORD });
  expect(res.status).toBe(201);
  return { email, cookie: sessionCookieFrom(res), res };
}

describe("sign-up", () => {
  it("201 {user:{id,email}} + an HttpOnly, SameSite=Lax session cookie; e-mail normalised", async () => {
    const res = await post(signup, "/api/v1/auth/signup", { email: "  New.User@Example.COM ", password: PASSWORD, timezone: "Asia/Seoul" });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ user: { id: expect.any(String), email: "new.user@example.com" } });
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const settings = await db.prisma.settings.findUnique({ where: { userId: body.user.id } });
    expect(settings?.timezone).toBe("Asia/Seoul");
    const account = await db.prisma.account.findFirst({ where: { userId: body.user.id } });
    expect(account?.password).toMatch(/^\$argon2id\$/);
  });

  it("defaults the time zone to UTC and refuses a bad one with a field message", async () => {
    const ok = await post(signup, "/api/v1/auth/signup", { email: freshEmail(), password: PASSWORD });
    const { user } = await ok.json();
    expect((await db.prisma.settings.findUnique({ where: { userId: user.id } }))?.timezone).toBe("UTC");
    const bad = await post(signup, "/api/v1/auth/signup", { email: freshEmail(), password: PASSWORD, timezone: "+09:00" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.timezone).toMatch(/시간대/);
  });

  it("409 for an existing e-mail, whatever its case and spacing", async () => {
    const { email } = await signUp();
    const res = await post(signup, "/api/v1/auth/signup", { email: ` ${email.toUpperCase()} `, password: PASSWORD });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: "email_taken", message: expect.stringMatching(/이미 가입된/) } });
  });

  it("400 with Korean field messages for a short password or a bad e-mail", async () => {
    const res = await post(signup, "/api/v1/auth/signup", { email: "not-an-email", password: "short" });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("validation");
    expect(error.fields.email).toMatch(/이메일/);
    expect(error.fields.password).toBe("비밀번호는 8자 이상이어야 합니다.");
  });
});

describe("sign-in", () => {
  it("200 {user} and a new cookie; wrong password and unknown e-mail get the same 401", async () => {
    const { email } = await signUp();
    const ok = await post(login, "/api/v1/auth/login", { email: email.toUpperCase(), password: PASSWORD });
    expect(ok.status).toBe(200);
    expect((await ok.json()).user.email).toBe(email);
    expect(sessionCookieFrom(ok)).not.toBe("");

    const wrong = await post(login, "/api/v1/auth/login", { email, password: "wrong password" });
    const unknown = await post(login, "/api/v1/auth/login", { email: freshEmail(), password: "wrong password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it("session fixation: sign-in issues a new token and revokes the cookie the browser had", async () => {
    const { email, cookie: first } = await signUp();
    const res = await post(login, "/api/v1/auth/login", { email, password: PASSWORD }, first);
    const second = sessionCookieFrom(res);
    expect(second).not.toBe(first);
    expect((await getMe(second)).status).toBe(200);
    expect((await getMe(first)).status).toBe(401);
  });

  it("a planted cookie is useless: not a session, and replaced at sign-in", async () => {
    const { email, cookie } = await signUp();
    const name = cookie.split("=")[0]!;
    const row = await db.prisma.session.findFirstOrThrow({ where: { user: { email } } });
    for (const planted of [`${name}=attacker-chosen.value`, `${name}=${row.token}`, `${name}=${row.token}.forgedsignature`]) {
      expect((await getMe(planted)).status).toBe(401);
      const res = await post(login, "/api/v1/auth/login", { email, password: PASSWORD }, planted);
      expect(sessionCookieFrom(res)).not.toBe(planted);
    }
  });
});

describe("sessions", () => {
  it("GET /me: 200 {user:{id,email}} with the cookie, 401 JSON without", async () => {
    const { email, cookie } = await signUp();
    expect(await (await getMe(cookie)).json()).toEqual({ user: { id: expect.any(String), email } });
    const anon = await me(apiRequest("/api/v1/me"), undefined);
    expect(anon.status).toBe(401);
    expect((await anon.json()).error).toEqual({ code: "unauthenticated", message: "로그인이 필요합니다." });
  });

  it("sign-out: 204, the session row is deleted, the cookie stops working and is cleared", async () => {
    const { email, cookie } = await signUp();
    const res = await post(logout, "/api/v1/auth/logout", undefined, cookie);
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().join()).toMatch(/session_token=;.*Max-Age=0/i);
    expect(await db.prisma.session.count({ where: { user: { email } } })).toBe(0);
    expect((await getMe(cookie)).status).toBe(401);
    // Signing out again (no session) is still a 204.
    expect((await post(logout, "/api/v1/auth/logout", undefined)).status).toBe(204);
  });

  it("an expired session is rejected", async () => {
    const { email, cookie } = await signUp();
    await db.prisma.session.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await getMe(cookie)).status).toBe(401);
  });
});
