/**
 * A "그러면 …?" paragraph inside an answer written as plain prose is a follow-up
 * only when a quote answers it right below; followed by more prose or a picture it
 * is the writer's own rhetoric and stays part of the answer.
 * Fixture: lib/parser/fixtures/prose-quoted-followups.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a pointed-back question in a prose answer", () => {
  const { deck, cards } = parseFixture("prose-quoted-followups.md");

  it("is a follow-up when a quote answers it, and part of the answer otherwise", () => {
    expect(cards).toEqual([
      [3, "qa", "문서형 데이터베이스에 대해 설명해 주세요.", null],
      [7, "followup", "그러면 두 컬렉션을 합쳐 읽어야 할 때는 어떻게 할까?", 3],
      [13, "qa", "공개키 암호에 대해 설명해 주세요.", null],
      [21, "qa", "캐시 계층에 대해 설명해 주세요.", null],
    ]);
  });

  it("moves the quote and the prose after it into the follow-up's answer", () => {
    const [documents, joined, publicKey, cache] = deck.cards;
    expect(documents!.answer).toBe("관련 데이터를 한 문서에 모아 두므로 테이블을 나누고 다시 합칠 일이 적다.");
    expect(joined!.answer).toBe("> 자주 함께 읽는 값을 두 문서에 복제해 둔다.\n\n복제한 값은 바뀔 때 모두 고쳐야 하므로 잘 바뀌지 않는 값에 알맞다.");
    expect(publicKey!.answer).toContain("그렇다면 두 사람은 어떻게 안전하게 통신을 시작할 수 있을까?");
    expect(cache!.answer).toContain("그러면 캐시 계층은 몇 단계로 나누는 게 좋을까?");
  });
});
