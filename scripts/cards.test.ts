import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectFiles } from "./cards";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

function fixtureDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rehearse-cards-"));
  mkdirSync(path.join(dir, "sub"));
  writeFileSync(path.join(dir, "a.md"), "## 큐\n### 스크립트\n먼저 들어온 것이 먼저 나갑니다. 선입선출 구조입니다.\n");
  writeFileSync(path.join(dir, "sub", "b.txt"), "## 스택\n### 이유\n- 되돌리기 기능에 쓰이기 때문\n");
  writeFileSync(path.join(dir, "sub", "skip.png"), "not a note");
  return dir;
}

describe("scripts/cards.ts", () => {
  it("collects .md/.markdown/.txt recursively and reports missing paths", () => {
    const dir = fixtureDir();
    const { files, missing } = collectFiles([dir, path.join(dir, "nope.md")]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(["a.md", path.join("sub", "b.txt")]);
    expect(missing).toEqual([path.join(dir, "nope.md")]);
  });

  it("--json prints exactly one JSON array of cards on stdout", () => {
    const dir = fixtureDir();
    const out = execFileSync(TSX, [path.join(ROOT, "scripts/cards.ts"), dir, "--json"], { cwd: ROOT, encoding: "utf8" });
    const cards = JSON.parse(out) as { kind: string; prompt: string }[];
    expect(cards.map((c) => [c.kind, c.prompt])).toEqual([
      ["script", "큐에 대해 설명해 주세요."],
      ["qa", "스택이 필요한 이유는?"],
    ]);
  }, 60_000);

  it("the readable summary lists the questions still to answer and the deck's sources beside the cards", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rehearse-cards-"));
    writeFileSync(path.join(dir, "n.md"), "# 락\n\n## 분산 락이 필요한 이유\n\n여러 서버가 한 자원을 동시에 바꾸면 값이 꼬이므로 한 번에 한 서버만 잡게 합니다.\n\n## 비관적 락과 낙관적 락의 차이\n\n## 참고\n\n- https://example.com/locks\n");
    const out = execFileSync(TSX, [path.join(ROOT, "scripts/cards.ts"), path.join(dir, "n.md")], { cwd: ROOT, encoding: "utf8" });
    expect(out).toContain("  - [qa] 분산 락이 필요한 이유에 대해 설명해 주세요.");
    expect(out).toContain("  ? 답이 없는 질문 (L7) 비관적 락과 낙관적 락의 차이에 대해 설명해 주세요.");
    expect(out).toContain("  @ 출처: https://example.com/locks");
  }, 60_000);

  it("exits non-zero for a missing path, with the error on stderr", () => {
    const r = spawnSync(TSX, [path.join(ROOT, "scripts/cards.ts"), "definitely-missing.md", "--json"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain("definitely-missing.md");
  }, 60_000);
});
