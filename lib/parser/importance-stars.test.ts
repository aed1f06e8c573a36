/**
 * Stars that rate a question's importance ("### 뮤텍스에 대해 설명해주세요 \*\*\*\*\*",
 * "## ★★★ 교착 상태란?") are not part of it: the heading asks as written without
 * them (it was read as a topic and asked "…*****에 대해 설명해 주세요").
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";

const NOTE = [
  "# 운영체제 예상 질문",
  "",
  "### 뮤텍스에 대해 설명해주세요 \\*\\*\\*\\*\\*",
  "",
  "한 번에 하나의 스레드만 임계 구역에 들어가게 하는 잠금입니다.",
  "",
  "### ★★★ 교착 상태란?",
  "",
  "두 스레드가 서로 상대의 잠금을 기다리며 멈춘 상태입니다.",
  "",
  "### 페이지 교체 \\*\\*",
  "",
  "메모리가 가득 찼을 때 내보낼 페이지를 고르는 일입니다.",
  "",
].join("\n");

describe("importance stars on a question heading", () => {
  it("are dropped from the question, which asks as written", () => {
    const deck = parseDeck(NOTE, { path: "os.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([
      [3, "qa", "뮤텍스에 대해 설명해주세요"],
      [7, "qa", "교착 상태란?"],
      [11, "qa", "페이지 교체에 대해 설명해 주세요."],
    ]);
  });
});
