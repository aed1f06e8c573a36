/**
 * A chain of question headings at one level: "### 그렇다면 …?" follows up the
 * question heading right before it, and keeps the id it had as a question of its
 * own (its review history survives a re-import). The others stay questions.
 * Fixture: lib/parser/fixtures/pointed-back-chain.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { cardId, slugFromPath } from "./ids";

describe("a pointed-back question heading among its siblings", () => {
  const { deck, cards } = parseFixture("pointed-back-chain.md");

  it("follows up the question before it", () => {
    expect(cards).toEqual([
      [1, "qa", "교착 상태에 대해 설명해 주세요.", null],
      [5, "qa", "교착 상태가 생기는 네 가지 조건은?", null],
      [9, "followup", "그렇다면 세 가지만 성립하면 왜 생기지 않나요?", 5],
      [13, "qa", "왜 현대 운영체제는 교착 상태를 직접 처리하지 않나요?", null],
    ]);
  });

  it("keeps the id it had as a question", () => {
    const card = deck.cards[2]!;
    // (a heading's card is identified by its heading path and kind; the kind it had before this rule was "qa")
    const slug = slugFromPath("pointed-back-chain.md");
    expect(card.id).toBe(cardId(slug, card.headingPath, "qa", ""));
    expect(card.id).not.toBe(cardId(slug, card.headingPath, "followup", ""));
  });

  it("'…라고 하셨는데 그럼 …?' (you said …, then …?) follows the question just before it, as '그럼 …?' does", () => {
    const { cards } = parseFixture("said-then-followup.md");
    expect(cards).toEqual([
      [1, "qa", "useEffect에 대해서 설명해주세요.", null],
      [7, "followup", "의존성 배열에 대해서 설명해주세요.", 1],
      [11, "followup", "그럼 의존성 배열이 없으면 어떻게 되나요?", 7],
      [15, "followup", "배열이 없으면 매번 실행된다고 하셨는데 그럼 useEffect 없이 써도 되지 않나요?", 11],
    ]);
  });
});


describe("'…다고 말씀해 주셨는데, …?' in a fold after the question it quotes", () => {
  it("follows that question up, however the candidate's words are recalled (말씀해 주셨는데, 설명해주셨는데)", () => {
    const { cards } = parseFixture("said-you-told-me-folds.md");
    // (both recall the answer to "멀티 스레드를 쓰는 이유": the second is no drill of the first)
    expect(cards).toEqual([
      [3, "qa", "스레드란 무엇인가요?", null],
      [10, "qa", "멀티 스레드를 쓰는 이유는 무엇일까요?", null],
      [18, "followup", "스레드끼리 자원을 공유한다고 말씀해 주셨는데, 그때 생기는 문제는 무엇인가요?", 10],
      [25, "followup", "응답성이 좋아진다고 설명해주셨는데 예를 들어 주실 수 있나요?", 10],
    ]);
  });
});
