import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { apiRequest, sessionCookieFrom } from "./helpers/http";
import { useAppTestDb, type TestDb } from "./helpers/test-db";

// The session fast path (lib/auth/session-fast-path.ts) must refuse exactly
// what Better Auth refuses: every revocation counts on the very next request.
type Handler = (req: Request, ctx: unknown) => Promise<Response>;
let db: TestDb;
let signup: Handler, logout: Handler, me: Handler;
let getSessionSpy: ReturnType<typeof vi.fn>;
let readSingleCookie: typeof import("@/lib/auth/session-fast-path").readSingleCookie;

beforeAll(async () => {
  db = await useAppTestDb();
  signup = (await import("@/app/api/v1/auth/signup/route")).POST;
  logout = (await import("@/app/api/v1/auth/logout/route")).POST;
  me = (await import("@/app/api/v1/me/route")).GET;
  ({ readSingleCookie } = await import("@/lib/auth/session-fast-path"));
  const auth = (await import("@/lib/auth/auth")).getAuth();
  getSessionSpy = vi.spyOn(auth.api, "getSession") as unknown as ReturnType<typeof vi.fn>;
});
afterAll(() => db.cleanup());
beforeEach(async () => {
  process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
  await db.prisma.rateLimit.deleteMany();
});

let n = 0;
const getMe = (cookie: string) => me(apiRequest("/api/v1/me", { cookie }), undefined);

async function signUpAndWarm() {
  const email = `fast${++n}-${Date.now()}@example.com`;
  const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email, password: "correct horse 1" } }), undefined);
  expect(res.status).toBe(201);
  const cookie = sessionCookieFrom(res);
  // First request: Better Auth verifies the signature; the second takes the fast path.
  expect((await getMe(cookie)).status).toBe(200);
  getSessionSpy.mockClear();
  const fast = await getMe(cookie);
  expect(fast.status).toBe(200);
  expect(await fast.json()).toEqual({ user: { id: expect.any(String), email } });
  expect(getSessionSpy).not.toHaveBeenCalled();
  return { email, cookie };
}

describe("session fast path", () => {
  it("sign-out revokes at once, even for a cookie that took the fast path", async () => {
    const { email, cookie } = await signUpAndWarm();
    expect((await logout(apiRequest("/api/v1/auth/logout", { method: "POST", cookie }), undefined)).status).toBe(204);
    expect(await db.prisma.session.count({ where: { user: { email } } })).toBe(0);
    expect((await getMe(cookie)).status).toBe(401);
  });

  it("a session deleted by anyone else (another process, an admin) is refused on the next request", async () => {
    const { email, cookie } = await signUpAndWarm();
    await db.prisma.session.deleteMany({ where: { user: { email } } });
    expect((await getMe(cookie)).status).toBe(401);
  });

  it("an expired session is refused after it took the fast path", async () => {
    const { email, cookie } = await signUpAndWarm();
    await db.prisma.session.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await getMe(cookie)).status).toBe(401);
  });

  it("a session due for its sliding extension goes through Better Auth, which extends it and re-sends the cookie", async () => {
    const { email, cookie } = await signUpAndWarm();
    const soon = new Date(Date.now() + 2 * 24 * 3600 * 1000); // 2 days left of 30: older than the 1-day update age
    await db.prisma.session.updateMany({ where: { user: { email } }, data: { expiresAt: soon } });
    getSessionSpy.mockClear();
    const res = await getMe(cookie);
    expect(res.status).toBe(200);
    expect(getSessionSpy).toHaveBeenCalledTimes(1);
    expect(res.headers.getSetCookie().join()).toMatch(/session_token=/);
    const row = await db.prisma.session.findFirstOrThrow({ where: { user: { email } } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
  });

  it("a changed signature on a known token is not recognised and Better Auth refuses it", async () => {
    const { cookie } = await signUpAndWarm();
    const [name, value] = cookie.split("=") as [string, string];
    const token = decodeURIComponent(value).split(".")[0];
    getSessionSpy.mockClear();
    expect((await getMe(`${name}=${token}.${"A".repeat(43)}%3D`)).status).toBe(401);
    expect(getSessionSpy).toHaveBeenCalledTimes(1);
  });

  it("the same cookie sent twice is left to Better Auth", async () => {
    expect(readSingleCookie("a=1; rehearse.session_token=x.y; b=2", "rehearse.session_token")).toBe("x.y");
    expect(readSingleCookie("rehearse.session_token=x.y; rehearse.session_token=z.w", "rehearse.session_token")).toBeNull();
    expect(readSingleCookie("other=1", "rehearse.session_token")).toBeNull();
    expect(readSingleCookie("rehearse.session_token=", "rehearse.session_token")).toBeNull();
  });
});
