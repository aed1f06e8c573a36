import { describe, expect, it } from "vitest";
import { parseInChild, type ChildParse } from "@/test/helpers/parse-in-child";
import { parseDeck } from "./index";

function assertWellFormed(deck: ReturnType<typeof parseDeck>, lines: number) {
  for (const w of deck.warnings) {
    expect(w.line).toBeGreaterThanOrEqual(1);
    expect(w.line).toBeLessThanOrEqual(Math.max(1, lines));
    expect(typeof w.message).toBe("string");
  }
  const ids = new Set(deck.cards.map((c) => c.id));
  expect(ids.size).toBe(deck.cards.length);
  for (const c of deck.cards) {
    expect(c.lineStart).toBeGreaterThanOrEqual(1);
    expect(c.lineEnd).toBeGreaterThanOrEqual(c.lineStart);
    expect(c.lineEnd).toBeLessThanOrEqual(lines);
  }
}

const lineCount = (s: string) => s.split(/\r\n|\r|\n/).length;

function assertWellFormedSummary(child: ChildParse, lines: number) {
  expect(new Set(child.cards.map(([id]) => id)).size).toBe(child.cards.length);
  for (const [, start, end] of child.cards) {
    expect(start).toBeGreaterThanOrEqual(1);
    expect(end).toBeGreaterThanOrEqual(start);
    expect(end).toBeLessThanOrEqual(lines);
  }
  for (const w of child.warnings) expect(w.line).toBeGreaterThanOrEqual(1);
}

describe("robustness: bad input never throws", () => {
  it("empty file → no cards, a Korean warning on line 1", () => {
    const deck = parseDeck("", { path: "empty.md" });
    expect(deck.cards).toEqual([]);
    expect(deck.warnings).toEqual([{ line: 1, message: "카드로 만들 내용이 없습니다" }]);
    expect(deck.deck.title).toBe("empty");
    expect(deck.deck.slug).toBe("empty");
  });

  it("non-string input does not throw", () => {
    expect(() => parseDeck(undefined as unknown as string, { path: "x.md" })).not.toThrow();
    expect(() => parseDeck(42 as unknown as string, undefined as unknown as { path: string })).not.toThrow();
  });

  it("binary junk: NUL bytes, lone surrogates, control characters", () => {
    let junk = "";
    for (let i = 0; i < 4000; i++) junk += String.fromCharCode((i * 7919) % 0xffff);
    const input = "## 토픽\n\n\u0000\u0000\uD800 깨진 \uDFFF 문자\u0007\n\n" + junk + "\n\n### 스크립트\n정상 답변입니다.\n";
    const deck = parseDeck(input, { path: "junk.bin" });
    assertWellFormed(deck, lineCount(input));
    for (const c of deck.cards) expect(c.answer).not.toMatch(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("unclosed HTML and unclosed <details> → warning with its line", () => {
    const input = "## 주제\n\n<div>\n<span>열린 태그\n\n<details>\n<summary>닫히지 않은 질문?</summary>\n\n답이 이어집니다.\n";
    const deck = parseDeck(input, { path: "html.md" });
    assertWellFormed(deck, lineCount(input));
    expect(deck.warnings).toContainEqual({ line: 6, message: "닫히지 않은 <details> 블록이 있습니다" });
  });

  it("a list nested 200 deep", () => {
    let input = "## 깊은 목록\n\n### 단계\n";
    for (let i = 0; i < 200; i++) input += "  ".repeat(i) + `- 항목 ${i}\n`;
    const deck = parseDeck(input, { path: "deep-list.md" });
    assertWellFormed(deck, lineCount(input));
    const steps = deck.cards.find((c) => c.kind === "steps");
    expect(steps?.steps?.length).toBe(1);
    expect(steps?.steps?.[0]).toContain("항목 199");
  });

  it("a blockquote nested 200 deep", () => {
    const input = "## 인용\n\n" + ">".repeat(200) + " 아주 깊은 인용입니다.\n\n" + "> ".repeat(200) + "또 하나\n";
    const deck = parseDeck(input, { path: "deep-quote.md" });
    assertWellFormed(deck, lineCount(input));
  });

  it("bad front matter → warning with the line of the error", () => {
    const input = "---\ntitle: 좋은 제목\ntags: [a, b\nslug: x\n---\n\n## 주제\n\n### 스크립트\n답변입니다.\n";
    const deck = parseDeck(input, { path: "bad-fm.md" });
    assertWellFormed(deck, lineCount(input));
    const w = deck.warnings.find((x) => x.message.startsWith("front matter를 읽을 수 없습니다"));
    expect(w).toBeDefined();
    expect(w!.line).toBeGreaterThanOrEqual(2);
    expect(w!.line).toBeLessThanOrEqual(5);
    expect(deck.cards.map((c) => c.kind)).toEqual(["script"]);
  });

  it("unclosed front matter → warning on line 1", () => {
    const deck = parseDeck("---\ntitle: 닫히지 않음\n\n## 주제\n\n### 스크립트\n답변입니다.\n", { path: "open-fm.md" });
    expect(deck.warnings[0]).toEqual({ line: 1, message: "front matter를 읽을 수 없습니다: 닫는 `---`가 없습니다" });
  });

  it("front matter that is not a mapping, or uses aliases heavily", () => {
    const a = parseDeck("---\n- 1\n- 2\n---\n# 제목\n", { path: "a.md" });
    expect(a.warnings.some((w) => w.line === 2 && w.message.startsWith("front matter를 읽을 수 없습니다"))).toBe(true);
    const bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n# 제목\n";
    expect(() => parseDeck(bomb, { path: "bomb.md" })).not.toThrow();
  });

  it("a 5 MB file parses completely (in its own process, so the worker stays responsive)", async () => {
    const unit = [
      "## 주제 {n}",
      "",
      "### 스크립트",
      "주제 {n}은 중요한 개념입니다. 면접에서 {n}번째로 자주 나옵니다.",
      "",
      "> 짧게 답하는 편이 좋습니다 ({n}).",
      "",
      "### 단계",
      "1. 첫 번째 단계 {n}",
      "2. 두 번째 단계",
      "   - 세부 내용",
      "",
      "### 꼬리 질문",
      "#### 주제 {n}은 왜 그런가요?",
      "- 이유가 있습니다. `code` 와 **강조**, [링크](https://example.com/{n})",
      "",
      "> 인용 1",
      "",
      "> 인용 2",
      "",
      "```js",
      "const x = {n};",
      "```",
      "",
    ].join("\n");
    const parts: string[] = [];
    let size = 0;
    for (let n = 0; size < 5_000_000; n++) {
      const u = unit.replaceAll("{n}", String(n)) + "\n";
      parts.push(u);
      size += u.length;
    }
    const input = parts.join("");
    const child = await parseInChild(input);
    console.log(`5 MB (${input.length} chars, ${parts.length} topics): ${Math.round(child.ms)} ms, ${child.cards.length} cards`);
    expect(child.cards).toHaveLength(parts.length * 3);
    assertWellFormedSummary(child, lineCount(input));
  }, 450_000);

  it("pathological runs of containers finish (chunked parsing; a quadratic parse would hang)", async () => {
    const quotes = await parseInChild("> 인용\n\n".repeat(40_000));
    const tight = await parseInChild("- 항목\n".repeat(40_000));
    console.log(`600 kB of quotes + tight list items: ${Math.round(quotes.ms + tight.ms)} ms`);
    for (const r of [quotes, tight]) for (const w of r.warnings) expect(w.line).toBeGreaterThanOrEqual(1);
  }, 900_000);
});
