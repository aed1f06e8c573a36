/**
 * Restore and settings cannot plant values the app would refuse (issue:
 * "restore trusts its input"), a settings save repairs a bad row, and an
 * error that comes from stored data is a logged 500, never a 400.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiRequest, sessionCookieFrom } from "./helpers/http";
import { useAppTestDb, type TestDb } from "./helpers/test-db";

type Handler = (req: Request, ctx: unknown) => Promise<Response>;
let db: TestDb;
let signup: Handler, imports: Handler, exportJson: Handler, restore: Handler, settingsGet: Handler, settingsPut: Handler;
let next: Handler, grade: Handler, undo: Handler;

beforeAll(async () => {
  db = await useAppTestDb();
  process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
  signup = (await import("@/app/api/v1/auth/signup/route")).POST as Handler;
  imports = (await import("@/app/api/v1/imports/route")).POST as Handler;
  exportJson = (await import("@/app/api/v1/export/route")).GET as Handler;
  restore = (await import("@/app/api/v1/export/restore/route")).POST as Handler;
  ({ GET: settingsGet, PUT: settingsPut } = (await import("@/app/api/v1/settings/route")) as unknown as { GET: Handler; PUT: Handler });
  next = (await import("@/app/api/v1/study/next/route")).GET as Handler;
  grade = (await import("@/app/api/v1/reviews/route")).POST as Handler;
  undo = (await import("@/app/api/v1/reviews/undo/route")).POST as Handler;
});
afterAll(() => db.cleanup());

let n = 0;
async function newUser() {
  const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email: `stored${++n}-${Date.now()}@example.com`, password: "stored-pass-1" } }), undefined);
  expect(res.status).toBe(201);
  return { cookie: sessionCookieFrom(res), id: ((await res.json()) as { user: { id: string } }).user.id };
}
const send = (h: Handler, path: string, cookie: string, body?: unknown, method?: string) => h(apiRequest(path, { body, cookie, method }), undefined);
const NOTE = "---\ntitle: 네트워크\nslug: net\n---\n\n## TCP\n\n### 스크립트\n\n세 단계로 연결합니다.\n";

/** A real export: one imported deck, one grade. */
async function realExport() {
  const a = await newUser();
  expect((await send(imports, "/api/v1/imports", a.cookie, { files: [{ name: "net.md", content: NOTE }] })).status).toBe(200);
  const card = (await (await send(next, "/api/v1/study/next", a.cookie)).json()).card;
  const graded = await send(grade, "/api/v1/reviews", a.cookie, { id: crypto.randomUUID(), cardId: card.id, rating: 3, durationMs: 1000 });
  expect(graded.status).toBe(201);
  return (await (await send(exportJson, "/api/v1/export", a.cookie)).json()) as Record<string, any>;
}

describe("restore validates like the settings and grade routes", () => {
  it.each([
    ["timezone", "Mars/Olympus"],
    ["learningSteps", "not json"],
    ["learningSteps", '["99999999d"]'],
    ["dayStartHour", 99],
    ["desiredRetention", 7],
    ["ttsRate", 40],
  ])("settings.%s = %j is refused and nothing is stored", async (field, value) => {
    const data = await realExport();
    data.settings = { ...data.settings, [field]: value };
    const b = await newUser();
    const res = await send(restore, "/api/v1/export/restore", b.cookie, data);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("validation");
    expect(Object.keys(error.fields)[0]).toMatch(new RegExp(`^settings\\.${field}(\\.|$)`));
    expect(await db.prisma.deck.count({ where: { ownerId: b.id } })).toBe(0);
  });

  it("refuses corrupt undo snapshots and out-of-range grades", async () => {
    const data = await realExport();
    const b = await newUser();
    for (const patch of [{ nextState: "{" }, { rating: 9 }, { durationMs: -5 }, { studyDay: "yesterday" }]) {
      const bad = { ...data, reviewLogs: [{ ...data.reviewLogs[0], ...patch }] };
      expect((await send(restore, "/api/v1/export/restore", b.cookie, bad)).status).toBe(400);
    }
    const snap = { ...data, reviewLogs: [{ ...data.reviewLogs[0], previousState: '{"due":"never"}' }] };
    expect((await send(restore, "/api/v1/export/restore", b.cookie, snap)).status).toBe(400);
    // The untouched export still restores.
    expect((await send(restore, "/api/v1/export/restore", b.cookie, data)).status).toBe(200);
  });
});

describe("a bad stored settings row", () => {
  it("is shown with defaults for the bad fields, keeps study working, and a save replaces it", async () => {
    const u = await newUser();
    await db.prisma.settings.update({
      where: { userId: u.id },
      data: { timezone: "Mars/Olympus", learningSteps: "not json", dayStartHour: 99, desiredRetention: 7, newPerDay: 15 },
    });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const shown = await (await send(settingsGet, "/api/v1/settings", u.cookie)).json();
      expect(shown.settings).toMatchObject({ timezone: "UTC", learningSteps: ["1m", "10m"], dayStartHour: 4, desiredRetention: 0.9, newPerDay: 15 });
      expect(String(errors.mock.calls[0]?.[0])).toContain(`user ${u.id}`);
      expect((await send(next, "/api/v1/study/next", u.cookie)).status).toBe(200);
    } finally {
      errors.mockRestore();
    }
    const saved = await send(settingsPut, "/api/v1/settings", u.cookie, { newPerDay: 20 }, "PUT");
    expect(saved.status).toBe(200);
    expect(await db.prisma.settings.findUniqueOrThrow({ where: { userId: u.id }, select: { timezone: true, learningSteps: true, dayStartHour: true, desiredRetention: true, newPerDay: true } }))
      .toEqual({ timezone: "UTC", learningSteps: '["1m","10m"]', dayStartHour: 4, desiredRetention: 0.9, newPerDay: 20 });
  });

  it("learning steps are bounded: at most 36500d and at most the maximum interval", async () => {
    const u = await newUser();
    const huge = await send(settingsPut, "/api/v1/settings", u.cookie, { learningSteps: ["99999999d"] }, "PUT");
    expect(huge.status).toBe(400);
    expect(Object.keys((await huge.json()).error.fields)).toEqual(["learningSteps"]);
    const longer = await send(settingsPut, "/api/v1/settings", u.cookie, { maximumInterval: 1, relearningSteps: ["2d"] }, "PUT");
    expect(longer.status).toBe(400);
    expect((await longer.json()).error.fields).toEqual({ relearningSteps: expect.stringContaining("최대 간격 이하") });
    expect((await send(next, "/api/v1/study/next", u.cookie)).status).toBe(200);
  });
});

describe("errors from stored data", () => {
  it("are a 500 logged with the request, never invalid_json", async () => {
    const u = await newUser();
    expect((await send(imports, "/api/v1/imports", u.cookie, { files: [{ name: "net.md", content: NOTE }] })).status).toBe(200);
    const card = (await (await send(next, "/api/v1/study/next", u.cookie)).json()).card;
    const id = crypto.randomUUID();
    expect((await send(grade, "/api/v1/reviews", u.cookie, { id, cardId: card.id, rating: 3, durationMs: 1 })).status).toBe(201);
    const second = crypto.randomUUID();
    expect((await send(grade, "/api/v1/reviews", u.cookie, { id: second, cardId: card.id, rating: 3, durationMs: 1 })).status).toBe(201);
    await db.prisma.reviewLog.update({ where: { id: second }, data: { previousState: "{not json" } });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const res = await send(undo, "/api/v1/reviews/undo", u.cookie, { reviewId: second });
      expect(res.status).toBe(500);
      expect((await res.json()).error.code).toBe("internal");
      expect(String(errors.mock.calls[0]?.[0])).toBe("[api] POST /api/v1/reviews/undo: stored data failed validation");
    } finally {
      errors.mockRestore();
    }
  });
});
