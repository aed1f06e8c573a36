/**
 * A mock interview written up (our own words, written for this test): each
 * "Q." with what was said after "A.". Where the answer only says it was not
 * known ("…알고 있는데 과정은 잘 모릅니다.", "기억이 잘 나지 않습니다."), no answer
 * was given: the question is listed to answer, not carded. A longer answer
 * that says so in passing still answers.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

describe("answers that only admit not knowing", () => {
  it("leave their questions unanswered; a real answer admitting a gap stays a card", () => {
    const deck = parseNote([
      "# 네트워크 모의면접",
      "",
      "Q. HTTPS 핸드셰이크 과정",
      "A.",
      "보안이 더해진 HTTP로 알고 있는데 과정은 잘 모릅니다.",
      "",
      "---",
      "",
      "Q. 500과 503의 차이",
      "A.",
      "기억이 잘 나지 않습니다.",
      "",
      "---",
      "",
      "Q. CORS가 무엇인지",
      "A.",
      "다른 출처의 자원을 요청할 때 브라우저가 서버의 허락을 확인하는 정책입니다. 사전 요청이 언제 가는지는 정확히는 잘 모르겠습니다.",
    ]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["CORS가 무엇인지"]);
    expect((deck.unanswered ?? []).map((u) => u.prompt)).toEqual(["HTTPS 핸드셰이크 과정", "500과 503의 차이"]);
  });
});
