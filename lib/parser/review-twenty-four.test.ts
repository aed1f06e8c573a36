/**
 * A second reader's notes against this round's rules (fixtures written by the
 * reader, in its own words), each pinned where the rule had gone too far or
 * not far enough: "+)" remarks that quote a question or hold a "?" in brackets
 * stay in the answer; an answer's last line above "---" is its text whatever
 * sentence ending, bold, smiley, bracketed remark or language it has; a reason
 * introduced by an ordinal ("첫 번째 이유는") or a bare label ("동작 원리는")
 * does not ask, and a facet left on its particle is asked of its topic; "…의
 * 비교", "…을 비교" give up their particle; a study log is no question list;
 * "언제 어디서나" does not ask.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

const read = (name: string) => parseFixture(`review-twenty-four/${name}.md`);

describe("review of the twenty-fourth round", () => {
  it("'+)' remarks quoting a question or cut inside a bracket stay in the answer", () => {
    for (const name of ["r1-rhetorical", "r1-quoted-interviewer"]) expect(read(name).cards.map(([, kind]) => kind)).toEqual(["qa"]);
    const remark = read("r1-question-word-remark");
    expect(remark.cards.map(([line, kind, prompt]) => [line, kind, prompt])).toEqual([
      [3, "qa", "캐시 일관성 문제를 어떻게 해결하나요?"],
      [10, "followup", "실무에서는 어떻게?"],
    ]);
    expect(remark.deck.cards[0]!.answer).toContain("+) 왜? 라고 다시 묻는다면:");
    const kotlin = read("r1-kotlin-nullable");
    expect(kotlin.cards.map(([, kind, prompt]) => [kind, prompt])).toEqual([
      ["qa", "코틀린의 널 안정성이란 무엇인가요?"],
      ["followup", "?. 연산자는 무엇인가요?"],
    ]);
    expect(kotlin.deck.cards[0]!.answer).toContain("+) 널이 될 수 있는 타입(String?)에 바로 메서드를 부르면 컴파일 오류가 난다.");
    expect(kotlin.deck.cards[1]!.answer).toBe("값이 널이면 호출하지 않고 널을 돌려주는 안전 호출 연산자입니다");
  });

  it("an answer's last line above a divider is its text, however the sentence ends", () => {
    expect(read("r3-nominal-endings").cards.map(([line]) => line)).toEqual([3, 9, 14]);
    const bold = read("r3-bold-last");
    expect(bold.cards.map(([line]) => line)).toEqual([3, 9, 14]);
    expect(bold.deck.cards[0]!.answer).toContain("**Stop-the-world 시간을 줄이는 것이 핵심이다.**");
    expect(bold.deck.cards[2]!.answer).toBe("자주 실행되는 바이트코드를 기계어로 바꿔 두는 컴파일러입니다 (HotSpot 기준).");
    expect(read("r3-english").cards.map(([line, , prompt]) => [line, prompt])).toEqual([
      [3, "What is a closure?"],
      [8, "클로저는 어디에 쓰나요?"],
    ]);
    for (const name of ["r3-nominal-endings", "r3-bold-last", "r3-english"]) expect(read(name).deck.warnings).toEqual([]);
  });

  it("reasons counted off and bare labels do not ask; a facet on its particle is asked of its topic", () => {
    expect(read("r4-ordinal-reasons").cards.map(([line, kind, prompt]) => [line, kind, prompt])).toEqual([[1, "qa", "왜 MSA를 도입했나"]]);
    expect(read("r4-leadin-paragraph").cards.map(([, kind]) => kind)).toEqual(["qa"]);
    expect(read("r4-bare-facet").cards.map(([, , prompt]) => prompt)).toEqual([
      "인덱스에 대해 설명해 주세요.",
      "인덱스의 역할에 대해 설명해 주세요.",
      "인덱스의 선택 기준에 대해 설명해 주세요.",
      "인덱스의 동작 원리에 대해 설명해 주세요.",
    ]);
    // (a heading about the note itself still makes a card, but never "…목적은에 대해 설명해 주세요.")
    expect(read("r4-statement-headings").cards.map(([line, , prompt]) => [line, prompt])).toContainEqual([7, "이 장의 목적에 대해 설명해 주세요."]);
  });

  it("a comparison's particle goes with '비교'", () => {
    expect(read("r5-ui-bigyo").cards.map(([, , prompt]) => prompt)).toEqual(["해시맵과 트리맵의 공통점에 대해 설명해 주세요.", "해시맵과 트리맵의 차이점에 대해 설명해 주세요."]);
    expect(read("r5-reul-bigyo").cards.map(([, , prompt]) => prompt)).toEqual(["리스트와 튜플의 공통점에 대해 설명해 주세요.", "리스트와 튜플의 차이점에 대해 설명해 주세요."]);
  });

  it("a study log is no question list, and '언제 어디서나' does not ask", () => {
    expect(read("r6-log-list").unanswered).toEqual([[10, "다음 모임은 언제 하나?", null]]);
    expect(read("r6-na-headings").cards.map(([, , prompt]) => prompt)).toEqual(["왜 String은 불변이냐", "언제 어디서나에 대해 설명해 주세요."]);
  });
});
