import { describe, expect, it } from "vitest";
import { parseDeck } from "../parser";
import { questionHash } from "../parser/question-key";
import { describeParts } from "./part-features";
import type { QuestionLabel } from "./labels";

const NOTE = ["# 메모", "", "## 스레드", "", "프로세스 안에서 실행 흐름을 나누는 단위이다.", "", "### 스레드의 장점", "", "문맥 교환이 가볍고 메모리를 나눠 쓴다.", ""].join("\n");

describe("describeParts", () => {
  it("describes a generated sub-heading card under a carded topic, with its label", () => {
    const cards = parseDeck(NOTE, { path: "note.md" }).cards;
    expect(cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [3, "스레드에 대해 설명해 주세요."],
      [7, "스레드의 장점에 대해 설명해 주세요."],
    ]);
    const label: QuestionLabel = { repo: "r", file: "note.md", line: 3, kind: "main", ref: 0, form: "t", hash: questionHash("스레드") };
    const parts = describeParts(NOTE, cards, new Map([[0, label]]));
    expect(parts.map((p) => [p.line, p.label, p.shape, p.relDepth, p.ancestorDepth, p.siblings, p.children, p.sharesSubject, p.facetWord, p.unnamed])).toEqual([
      [7, "junk", "gen-heading", 1, 2, 1, 0, true, true, false],
    ]);
    expect(parts[0]!.ancestorCardId).toBe(cards[0]!.id);
  });
});
