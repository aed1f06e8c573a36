/**
 * A note with no title heading that opens with a quoted message and a few
 * lines introducing it, then explains its subject under headings of its own
 * (notes written for this test): the opening makes no card asking to explain
 * the file's name, and is named in a warning. An opening over facet headings
 * only ("## 장점", "## 단점") is the note's main answer and stays a card.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "./parse-deck";

const parse = (lines: string[]) => parseDeck(lines.join("\n"), { path: "CORS.md" });
const QUOTE = "> 🚨 Access to fetch at https://api.example.com from origin http://localhost:3000 has been blocked by CORS policy.";

describe("a note's opening paragraphs", () => {
  it("introduce a note whose headings explain its subject", () => {
    const deck = parse([
      QUOTE,
      "",
      "개발하다 보면 한 번쯤 만나는 메시지입니다.",
      "브라우저가 다른 출처의 응답을 막았다는 뜻이고, 서버의 허락 헤더가 없다는 뜻입니다.",
      "",
      "## 왜 CORS가 생겼을까?",
      "",
      "다른 출처의 자원을 마음대로 읽게 하면 로그인된 사용자의 정보가 새어 나갈 수 있어서, 브라우저가 기본으로 막기 시작했습니다.",
      "",
      "## 그래서 CORS란?",
      "",
      "서버가 응답 헤더로 허락한 출처에 한해 다른 출처의 자원을 읽도록 풀어 주는 규약입니다.",
    ]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["왜 CORS가 생겼을까?", "그래서 CORS란?"]);
    expect(deck.warnings).toEqual([{ line: 1, message: "건너뛴 부분: 첫 제목 앞의 글 (개발하다 보면 한 번쯤 만나는 메시지입니다. 브라우저가 다른 출처의 응답…)" }]);
  });

  it("stay the note's answer over headings that are only its facets", () => {
    const deck = parse([
      "> CORS: Cross-Origin Resource Sharing",
      "",
      "CORS는 서버가 허락한 출처에 한해 다른 출처의 자원을 읽게 해 주는 브라우저의 규약입니다.",
      "브라우저는 응답 헤더를 보고 읽기를 허락할지 정합니다.",
      "",
      "## 장점",
      "",
      "프론트엔드와 API 서버를 다른 도메인에 두고도 안전하게 통신할 수 있습니다.",
      "",
      "## 단점",
      "",
      "설정이 틀리면 모든 출처를 허용하는 구멍이 생기기 쉽습니다.",
    ]);
    expect(deck.cards[0]).toMatchObject({ lineStart: 1, kind: "script", prompt: "CORS에 대해 설명해 주세요." });
    expect(deck.warnings.some((w) => w.message.includes("첫 제목 앞의 글"))).toBe(false);
  });
});
