/**
 * A topic named as a procedure ("…일어나는 과정", "…순서") over one numbered list is a
 * steps card, as a question asking for the procedure is; it keeps the id the card had
 * when the list was read as the topic's explanation or script (fixtures/procedure-topics.md).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { cardId, slugFromPath } from "./ids";

const NAME = "procedure-topics.md";
const { deck, cards } = parseFixture(NAME);

describe("procedure topics", () => {
  it("a numbered list under a procedure noun is the steps of a steps card; a deck-level follow-up reaches the latest script or steps card by words, else by place", () => {
    expect(cards).toEqual([
      [3, "steps", "브라우저에 URL을 입력하면 일어나는 과정을 단계별로 설명해 주세요.", null],
      [11, "steps", "로그인 처리 순서를 차례대로 설명해 주세요.", null],
      [15, "qa", "쿠키와 세션의 차이에 대해 설명해 주세요.", null],
      [21, "followup", "세션 저장소를 여러 서버가 나눠 쓰려면 어떻게 하나요?", 15],
      [25, "followup", "세 단계 중 가장 오래 걸리는 것은 무엇인가요?", 11],
    ]);
    expect(deck.cards[0]!.steps).toEqual(["DNS 서버에 도메인의 IP 주소를 묻는다", "서버와 TCP 연결을 맺는다", "HTTP 요청을 보내고 응답을 받는다"]);
  });

  it("keeps the ids the explanation (a terse list) and the script (a polite list) had", () => {
    const slug = slugFromPath(NAME);
    expect(deck.cards[0]!.id).toBe(cardId(slug, ["웹 기초", "브라우저에 URL을 입력하면 일어나는 과정"], "qa", "explain"));
    expect(deck.cards[1]!.id).toBe(cardId(slug, ["웹 기초", "로그인 처리 순서"], "script", ""));
  });

  it("'[STEP n]' lines under a question asking for a procedure are its steps; the card keeps the id it had as a qa card", () => {
    const name = "step-lines-under-question.md";
    const steps = parseFixture(name).deck;
    expect(steps.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[1, "steps", "스프링 빈의 생명주기 과정을 설명해주세요"]]);
    expect(steps.cards[0]!.steps).toEqual(["스프링 컨테이너를 만든다", "빈을 만든다", "의존관계를 주입한다", "초기화 콜백을 부른다"]);
    expect(steps.cards[0]!.id).toBe(cardId(slugFromPath(name), ["스프링 빈의 생명주기 과정을 설명해주세요"], "qa", ""));
  });
  it("what a '과정' part says after its numbered list (a quote, a list of kinds) stays in the steps card's answer, never dropped", () => {
    const note = parseFixture("steps-label-then-more.md");
    expect(note.cards).toEqual([
      [4, "script", "인터럽트에 대해 설명해 주세요.", null],
      [6, "steps", "인터럽트의 과정을 단계별로 설명해 주세요.", null],
    ]);
    const steps = note.deck.cards[1]!;
    expect(steps.steps).toEqual(["작업 도중 인터럽트가 들어온다", "지금 상태를 저장한다", "인터럽트 서비스 루틴을 실행한다", "저장한 상태를 복구하고 하던 일을 이어 간다"]);
    expect(steps.answer).toContain("인터럽트 번호마다 처리할 함수의 주소");
    expect(steps.answer).toContain("소프트웨어 인터럽트: 프로그램이 시스템 콜이나 오류로 일으킵니다.");
  });
  it("a lead-in that explains the topic ('…돌려주는 서버입니다.') before a labelled part is the topic's card; one that only announces ('…다음과 같다:') is not", () => {
    const note = parseFixture("lead-in-before-label.md");
    expect(note.cards).toEqual([
      [3, "qa", "캐시 서버에 대해 설명해 주세요.", null],
      [7, "qa", "캐시 서버가 필요한 이유는?", null],
      [14, "qa", "프록시 서버가 필요한 이유는?", null],
    ]);
  });
});
