/** The canonical Markdown of a deck parses back to the same cards, what a question shows included. */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { renderDeckMarkdown, type RenderCard } from "./render-deck-markdown";

const DECK = { slug: "js-quiz", title: "자바스크립트 퀴즈", description: "", tags: [], sources: [] };

describe("renderDeckMarkdown", () => {
  it("writes a question's code and choices above its answer's '정답' fold, so they are what it shows again whatever the answer opens with", () => {
    const cards: RenderCard[] = [
      { key: "a", kind: "qa", prompt: "1번문제", given: "```js\nconsole.log([1, 2].at(-1));\n```\n\n- A: `1`\n- B: `2`", answer: "<p>정답은 <code>B</code></p>\n\n음수 인덱스는 뒤에서 셉니다.", tips: [], steps: null, parentKey: null },
      { key: "b", kind: "qa", prompt: "TCP란?", answer: "연결 지향 프로토콜입니다.", tips: [], steps: null, parentKey: null },
    ];
    const parsed = parseDeck(renderDeckMarkdown(DECK, cards), { path: "js-quiz.md" });
    expect(parsed.cards.map((c) => [c.prompt, c.given, c.answer])).toEqual([
      ["1번문제", cards[0]!.given, cards[0]!.answer],
      ["TCP란?", undefined, "연결 지향 프로토콜입니다."],
    ]);
  });
});
