import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { writeZip } from "@/lib/export/write-zip";
import { apiRequest, sessionCookieFrom } from "./helpers/http";
import { useAppTestDb, type TestDb } from "./helpers/test-db";

type Handler = (req: Request, ctx: unknown) => Promise<Response>;
let db: TestDb;
let signup: Handler, imports: Handler, exportJson: Handler, restore: Handler;
let isImportRunning: (userId: string) => boolean;

beforeAll(async () => {
  db = await useAppTestDb();
  process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
  signup = (await import("@/app/api/v1/auth/signup/route")).POST as Handler;
  imports = (await import("@/app/api/v1/imports/route")).POST as Handler;
  exportJson = (await import("@/app/api/v1/export/route")).GET as Handler;
  restore = (await import("@/app/api/v1/export/restore/route")).POST as Handler;
  ({ isImportRunning } = await import("@/lib/import/import-guard"));
});
afterAll(() => db.cleanup());

let n = 0;
async function newCookie() {
  const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email: `importer${++n}-${Date.now()}@example.com`, password: "import-pass-1" } }), undefined);
  expect(res.status).toBe(201);
  return { cookie: sessionCookieFrom(res), id: ((await res.json()) as { user: { id: string } }).user.id };
}
const post = (h: Handler, path: string, body: unknown, cookie: string) => h(apiRequest(path, { body, cookie }), undefined);
const NOTE = "---\ntitle: 네트워크\nslug: net\n---\n\n## TCP\n\n### 스크립트\n\n세 단계로 연결합니다.\n";
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

describe("POST /api/v1/imports", () => {
  it("previews without saving, then saves; the answer has per-file cards and counts", async () => {
    const { cookie, id } = await newCookie();
    const preview = await post(imports, "/api/v1/imports", { files: [{ name: "net.md", content: NOTE }], preview: true }, cookie);
    expect(preview.status).toBe(200);
    const body = await preview.json();
    expect(body).toMatchObject({ preview: true, added: expect.any(Number), updated: 0, archived: 0, unchanged: 0 });
    expect(body.files[0]).toMatchObject({ name: "net.md", cards: expect.any(Array), warnings: expect.any(Array) });
    expect(await db.prisma.deck.count({ where: { ownerId: id } })).toBe(0);

    const saved = await (await post(imports, "/api/v1/imports", { files: [{ name: "net.md", content: b64(Buffer.from(NOTE)), encoding: "base64" }] }, cookie)).json();
    expect(saved.files[0].deckId).toMatch(/^d_/);
    expect(await db.prisma.deck.count({ where: { ownerId: id } })).toBe(1);
  });

  it("is all-or-nothing: one refused file (binary) saves nothing, and the error names it", async () => {
    const { cookie, id } = await newCookie();
    const files = [{ name: "good.md", content: NOTE }, { name: "photo.md", content: b64(new Uint8Array([0x89, 0x50, 0, 0, 1])), encoding: "base64" }];
    const res = await post(imports, "/api/v1/imports", { files }, cookie);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: "binary_file", fields: { file: "photo.md" } });
    expect(error.message).toContain("photo.md");
    expect(await db.prisma.deck.count({ where: { ownerId: id } })).toBe(0);
  });

  it("refuses a zip with ../ paths (400) and a zip bomb (413), naming the entry", async () => {
    const { cookie } = await newCookie();
    const evil = { name: "notes.zip", content: b64(writeZip([{ path: "../../evil.md", content: NOTE }])), encoding: "base64" };
    const res = await post(imports, "/api/v1/imports", { files: [evil] }, cookie);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain("../../evil.md");
    const bomb = { name: "bomb.zip", content: b64(writeZip([{ path: "bomb.md", content: "가".repeat(10_000_000) }])), encoding: "base64" };
    const big = await post(imports, "/api/v1/imports", { files: [bomb] }, cookie);
    expect(big.status).toBe(413);
    expect((await big.json()).error.message).toContain("bomb.md");
  });

  it("refuses a 50 MB upload with 413 before reading it all", async () => {
    const { cookie } = await newCookie();
    const body = JSON.stringify({ files: [{ name: "huge.md", content: "a".repeat(50 * 1024 * 1024) }] });
    const res = await post(imports, "/api/v1/imports", body, cookie);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: "import_too_large", message: expect.stringContaining("20MB") });
  });

  it("previews XSS payloads as sanitized HTML", async () => {
    const { cookie } = await newCookie();
    const evil = NOTE.replace("세 단계로", `<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a> 세 단계로`);
    const body = await (await post(imports, "/api/v1/imports", { files: [{ name: "evil.md", content: evil }], preview: true }, cookie)).json();
    const html = body.files[0].cards.map((c: { answerHtml: string }) => c.answerHtml).join("\n");
    expect(html).toContain("세 단계로");
    expect(html).not.toMatch(/<script|onerror=|href="javascript:/i);
  });

  it("never touches another user's deck with the same slug", async () => {
    const a = await newCookie();
    const b = await newCookie();
    await post(imports, "/api/v1/imports", { files: [{ name: "net.md", content: NOTE }] }, a.cookie);
    const before = await db.prisma.deck.findFirstOrThrow({ where: { ownerId: a.id }, include: { cards: true } });
    await post(imports, "/api/v1/imports", { files: [{ name: "net.md", content: NOTE.replace("세 단계로", "B가 바꾼") }] }, b.cookie);
    expect(await db.prisma.deck.findFirstOrThrow({ where: { ownerId: a.id }, include: { cards: true } })).toEqual(before);
  });
});

describe("import abuse limits", () => {
  const big = "# 큰 노트\n\n" + Array.from({ length: 900 }, (_, i) => `## 주제 ${i}\n\n답변 ${i} 입니다. 설명을 조금 붙입니다.\n`).join("\n");

  it("one import at a time per user: a second one while the first runs is 409, other users are not blocked", async () => {
    const a = await newCookie();
    const b = await newCookie();
    const first = post(imports, "/api/v1/imports", { files: [{ name: "big.md", content: big }], preview: true }, a.cookie);
    // The first request holds the user's slot once its session is checked; wait for that, not for a guess of time.
    await vi.waitFor(() => expect(isImportRunning(a.id)).toBe(true), { timeout: 10_000, interval: 5 });
    const second = await post(imports, "/api/v1/imports", { files: [{ name: "net.md", content: NOTE }], preview: true }, a.cookie);
    expect(second.status).toBe(409);
    expect((await second.json()).error).toEqual({ code: "import_in_progress", message: "이미 가져오기가 진행 중입니다. 끝난 뒤 다시 시도해 주세요." });
    expect((await post(imports, "/api/v1/imports", { files: [{ name: "net.md", content: NOTE }], preview: true }, b.cookie)).status).toBe(200);
    const done = await first;
    expect(done.status).toBe(200);
    expect((await done.json()).added).toBe(900);
    expect((await post(imports, "/api/v1/imports", { files: [{ name: "net.md", content: NOTE }], preview: true }, a.cookie)).status).toBe(200);
  }, 60_000);

  it("a per-user import rate limit answers 429 with Retry-After", async () => {
    process.env.IMPORT_RATE_LIMIT_PER_USER = "2";
    try {
      const { cookie } = await newCookie();
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(imports, "/api/v1/imports", { files: [{ name: "net.md", content: NOTE }], preview: true }, cookie)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const res = await post(imports, "/api/v1/imports", { files: [{ name: "net.md", content: NOTE }], preview: true }, cookie);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(500);
      expect((await res.json()).error.code).toBe("import_rate_limited");
    } finally {
      delete process.env.IMPORT_RATE_LIMIT_PER_USER;
    }
  });

  it("saves a 900-card note in slices and every card lands", async () => {
    const { cookie, id } = await newCookie();
    const res = await post(imports, "/api/v1/imports", { files: [{ name: "big.md", content: big }] }, cookie);
    expect(res.status).toBe(200);
    expect(await db.prisma.card.count({ where: { deck: { ownerId: id } } })).toBe(900);
  }, 60_000);
});

describe("export → restore over the API", () => {
  it("restores into a fresh account only", async () => {
    const a = await newCookie();
    await post(imports, "/api/v1/imports", { files: [{ name: "net.md", content: NOTE }] }, a.cookie);
    const res = await exportJson(apiRequest("/api/v1/export", { cookie: a.cookie }), undefined);
    expect(res.headers.get("content-disposition")).toMatch(/attachment/);
    const data = await res.json();
    const b = await newCookie();
    const ok = await post(restore, "/api/v1/export/restore", data, b.cookie);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ decks: 1 });
    const again = await post(restore, "/api/v1/export/restore", data, b.cookie);
    expect(again.status).toBe(409);
    const bad = await post(restore, "/api/v1/export/restore", { format: "other" }, b.cookie);
    expect(bad.status).toBe(400);
  });
});
