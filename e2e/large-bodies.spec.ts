import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { writeZip } from "../lib/export/write-zip";

// Issue 13, item 3: the documented limits are reachable through the real
// server (Next.js cut proxied bodies at 10 MB), and above them the answer is
// a 413 in Korean, not a 400 invalid_json.
test("a 15 MB import and a 12 MB restore go through; bodies over the limits are 413 in Korean", async ({ request, baseURL }) => {
  const headers = { origin: baseURL!, "content-type": "application/json" };
  const email = `bodies-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const signup = await request.post("/api/v1/auth/signup", { headers, data: { email, password: "rehearse-e2e-Passw0rd!" } });
  expect(signup.status()).toBe(201);

  // ~11 MB of incompressible bytes beside a note: the zip stays ~11 MB, the base64 JSON ~15 MB.
  const zip = writeZip([{ path: "a.md", content: "## TCP\n\n### 스크립트\n\n세 단계로 연결합니다.\n" }, { path: "photo.png", content: crypto.randomBytes(11 * 1024 * 1024) }]);
  const upload = JSON.stringify({ files: [{ name: "notes.zip", content: Buffer.from(zip).toString("base64"), encoding: "base64" }] });
  expect(Buffer.byteLength(upload)).toBeGreaterThan(15e6);
  const imported = await request.post("/api/v1/imports", { headers, data: upload });
  expect(imported.status(), await imported.text()).toBe(200);
  expect((await imported.json()) as { added: number; skipped: string[] }).toMatchObject({ added: 1, skipped: ["notes.zip/photo.png"] });

  const at = "2026-11-20T09:00:00.000Z";
  const restoreBody = JSON.stringify({
    format: "rehearse-export", version: 1, exportedAt: at, settings: null, cardStates: [], reviewLogs: [], studyDays: [],
    decks: [{ id: "d_x", slug: "big", title: "큰 덱", description: "", tags: [], sources: [], sourcePath: "big.md", markdown: "가".repeat(4_000_000), contentHash: "x", createdAt: at, cards: [] }],
  });
  expect(Buffer.byteLength(restoreBody)).toBeGreaterThan(12e6);
  // Restore needs an empty account: sign up a second user (its cookie replaces the first's).
  const other = `bodies-r-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  expect((await request.post("/api/v1/auth/signup", { headers, data: { email: other, password: "rehearse-e2e-Passw0rd!" } })).status()).toBe(201);
  const restored = await request.post("/api/v1/export/restore", { headers, data: restoreBody });
  expect(restored.status()).toBe(200);
  expect(await restored.json()).toEqual({ decks: 1, cards: 0, cardStates: 0, reviewLogs: 0, attempts: 0 });

  const tooBig = await request.post("/api/v1/imports", { headers, data: JSON.stringify({ files: [{ name: "huge.md", content: "a".repeat(29e6) }] }) });
  expect(tooBig.status()).toBe(413);
  expect(((await tooBig.json()) as { error: { code: string; message: string } }).error).toEqual({ code: "import_too_large", message: "huge.md: 가져오기 전체 크기가 20MB를 넘습니다.", fields: { file: "huge.md" } });
});
