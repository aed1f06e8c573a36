/**
 * A study sheet that writes each answer big, one sentence per heading: "#### Q. …" then
 * "#### A: …" and more sentences as headings of their own, follow-ups pointing back with
 * "그렇다면 …" or by quoting the answer ("…라고 했는데"). Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("answers set as headings", () => {
  const { deck, cards } = parseFixture("answers-set-as-headings.md");

  it("keeps every sentence of the answer, its runs of spaces and an 'A:' with no space after it", () => {
    expect(deck.cards[1]!.answer).toBe("자주 읽는 데이터를 가까운  저장소에 두어 응답 시간을 줄이기 위해서입니다.\n\n또한 원본 데이터베이스로 가는 요청이 줄어 부하가 낮아집니다.\n\n결국 같은 장비로 더 많은 요청을 처리할 수 있게 됩니다.");
    expect(deck.warnings.filter((w) => w.message.includes("내용이 없는 부분"))).toEqual([]);
  });

  it("follows the question up with each question pointing back past the answer headings, each to the question just before it", () => {
    expect(cards).toEqual([
      [3, "qa", "캐시란", null],
      [8, "qa", "캐시를 쓰는 이유를 설명해주세요.", null],
      [16, "followup", "그렇다면 캐시의 단점은 무엇인가요?", 8],
      // (a chain of "그렇다면" drills on: each follows the one before it)
      [20, "followup", "그렇다면 만료 시간은 어떻게 정하나요?", 16],
      [24, "followup", "\"부하가 낮아진다\"라고 했는데, 캐시 서버가 죽으면 어떻게 되나요?", 20],
      [28, "qa", "캐시 계층에 대해 설명해 주세요.", null],
    ]);
  });

  it("leaves a sentence leading on to the next topic out of the answer, and a '그렇다면' that changes the topic asks on its own", () => {
    const note = "#### Q. 세션 인증을 설명해주세요.\n\n#### A: 서버가 로그인 상태를 저장하고 브라우저는 세션 ID만 가집니다.\n\n#### 다음은 토큰 기반 인증과 비교해 본다.\n\n#### Q. 그렇다면 주제를 바꿔서, CORS는 왜 필요한가요?\n\n#### A: 다른 출처의 요청을 브라우저가 허용할지 정하기 위해서입니다.\n";
    const deck = parseDeck(note, { path: "auth.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ["qa", "세션 인증을 설명해주세요.", "서버가 로그인 상태를 저장하고 브라우저는 세션 ID만 가집니다."],
      ["qa", "그렇다면 주제를 바꿔서, CORS는 왜 필요한가요?", "다른 출처의 요청을 브라우저가 허용할지 정하기 위해서입니다."],
    ]);
  });
});
