/**
 * A note that explains a topic, then answers it under "## 답변" and asks the
 * next question as a sub-heading of that answer: the sub-heading follows the
 * answered question up, whether it ends in "?", in a facet and its particle
 * ("…라는 말의 의미는") or in the written imperative ("…예로 보여라"). A last
 * sentence written right above a "---" divider is that answer's text, not a
 * heading (CommonMark would underline it into one).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { parseDeck } from "./index";

describe("questions asked under an answer label", () => {
  const { deck, cards } = parseFixture("answer-label-followups.md");

  it("follow up the question the label answers", () => {
    expect(cards.filter(([, kind]) => kind === "followup")).toEqual([
      [14, "followup", "메모리를 공유한다는 말의 의미는", 11],
      [24, "followup", "뮤텍스를 쓰는 방식을 예로 보여라", 17],
    ]);
  });

  it("keep a sentence written right above a divider as the answer, with no warning", () => {
    const followup = deck.cards.find((c) => c.lineStart === 14)!;
    expect(followup.answer).toBe("스레드끼리 힙과 데이터 영역을 함께 쓰기 때문에 별도의 통신 없이도 값을 주고받을 수 있다는 뜻입니다.");
    expect(deck.warnings).toEqual([]);
  });

  it("leave an underlined title a heading", () => {
    const titled = parseDeck("Rehearse 소개\n---\n\n간격 반복으로 면접 답변을 연습하는 앱입니다.\n", { path: "a.md" });
    expect(titled.cards.map((c) => c.prompt)).toEqual(["Rehearse 소개에 대해 설명해 주세요."]);
  });
});
