/**
 * Shapes found in the development set's remaining misses (fixture notes
 * written for these tests, in our own words). Each test pins the whole deck:
 * [line, kind, prompt, parent's line], and the unanswered questions.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { challengesAnswer } from "./challenge-followup";
import { asksWithAside } from "./question-aside";
import { isPlaceholderAnswer } from "./placeholder-answer";

describe("shapes of the development set's misses", () => {
  it("an empty question heading is answered by the bracketed group headings after it at its own depth; a question inside them follows it up; a plain sibling stays a topic", () => {
    const { deck, cards } = parseFixture("bracketed-answer.md");
    expect(cards).toEqual([
      [3, "qa", "해시 인덱스에 대해 설명해 주세요.", null],
      [7, "followup", "왜 범위 검색에는 해시 인덱스를 쓰지 않을까", 3],
      [17, "followup", "그렇다면 정렬된 결과가 필요할 때는 어떤 인덱스가 알맞을까?", 7],
      [21, "qa", "충돌에 대해 설명해 주세요.", null],
      [29, "qa", "나누는 기준에 대해 설명해 주세요.", null],
    ]);
    const answer = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    expect(answer.get(7)).toBe(
      "### [ 순서가 사라진다 ]\n\n해시 값은 키의 크기 순서를 지키지 않으므로 이웃한 키가 흩어진 버킷에 놓인다.\n\n### [ 결국 전체를 읽는다 ]\n\nBETWEEN 같은 조건은 모든 버킷을 훑어야 하므로 인덱스를 쓰는 의미가 없다.",
    );
    // a question heading followed by a plain (unbracketed) sibling keeps no answer
    expect((deck.unanswered ?? []).map((q) => [q.line, q.prompt])).toEqual([[27, "왜 테이블을 나눌까"]]);
  });

  it("a <details> question that challenges the answer before it (…면 되는 것인가?, …면 되나요?) follows that question up, and a later \"그렇다면 …?\" follows the challenge", () => {
    const { cards } = parseFixture("challenge-followups.md");
    expect(cards).toEqual([
      [3, "qa", "캐시를 두면 무엇이 좋아지나요?", null],
      [10, "followup", "그러면 모든 데이터를 캐시에 올리면 되는 것인가?", 3],
      [17, "followup", "그렇다면 어떤 데이터를 골라 올려야 할까?", 10],
      [24, "qa", "캐시 무효화 전략을 설명해 주세요.", null],
      [31, "followup", "만료 시간을 아주 짧게 잡으면 되나요?", 24],
      [38, "qa", "쓰기 지연 방식은 언제 쓰나요?", null],
    ]);
  });

  it("tells a challenge to the last answer from a question of its own", () => {
    const challenges = ["무작정 메모리만 늘리면 되는 것인가?", "매번 압축하면 되는 건가요?", "락을 전부 없애면 안 되나요?", "**인덱스를 모든 열에 걸면 되는가?**"];
    const own = ["프로세스와 스레드의 차이는?", "어떻게 되나요?", "무엇이 되는가?", "언제 쓰면 좋나요?"];
    expect(challenges.filter((q) => !challengesAnswer(q))).toEqual([]);
    expect(own.filter((q) => challengesAnswer(q))).toEqual([]);
  });

  it("a numbered run of sub-headings under an explained question shares one fate: once its first item folds into the answer, the later items (explained at length) fold too; a named sub-topic after the run stays a card", () => {
    const { deck, cards } = parseFixture("numbered-run.md");
    expect(cards).toEqual([
      [3, "qa", "미들웨어 체인이란?", null],
      [27, "qa", "오류 처리 미들웨어에 대해 설명해 주세요.", null],
    ]);
    const answer = deck.cards.find((c) => c.lineStart === 3)!.answer;
    expect(answer.match(/^### .*$/gm)).toEqual(["### 미들웨어 예제", "### 1) 로깅 함수 만들기", "### 2) 인증 함수 만들기", "### 3) 체인으로 묶기"]);
  });

  it("an empty heading over sub-headings that are each a brief note folds them into one answer; a 종류 heading's kinds stay topics under one more card for the 종류 heading itself (category-overview.ts), and sub-headings of which one is explained at length stay topics", () => {
    const { deck, cards } = parseFixture("brief-parts.md");
    expect(cards).toEqual([
      [3, "qa", "관계도란?", null],
      [7, "qa", "선 끝 기호에 대해 설명해 주세요.", null],
      [21, "qa", "큐 종류에 대해 설명해 주세요.", null],
      [23, "qa", "원형 큐에 대해 설명해 주세요.", null],
      [27, "qa", "우선순위 큐에 대해 설명해 주세요.", null],
      [33, "qa", "개체 찾기에 대해 설명해 주세요.", null],
      [37, "qa", "관계 긋기에 대해 설명해 주세요.", null],
    ]);
    expect(deck.cards.find((c) => c.lineStart === 7)!.answer).toBe("### 세로줄\n\n정확히 하나를 뜻한다.\n\n### 까마귀 발\n\n여럿을 뜻한다.\n\n### 동그라미\n\n없어도 된다는 뜻이다.");
  });

  it("a bold line that asks and adds a short aside after its question mark is a question (here a follow-up of the explained topic); a long trailing remark is prose", () => {
    const { cards } = parseFixture("question-aside.md");
    expect(cards).toEqual([
      [3, "qa", "메모리 데이터베이스에 대해 설명해 주세요.", null],
      [7, "followup", "전원이 꺼지면 다 잃지 않나요? 그럼 곤란할 텐데..", 3],
    ]);
    expect(["RAM은 휘발성 아닌가요? 껐다 켜면 다 날아가는데..", "왜 느릴까? 의외다"].filter((t) => !asksWithAside(t))).toEqual([]);
    expect(["자가 수용적이란? (self-contained)", "A인가? B인가?", "정리: 빠르다. 끝", "복제는 어떻게 하나요? 다음 장에서 다룸. 여기서는 개념만 적고 자세한 설정은 뒤에서"].filter((t) => asksWithAside(t))).toEqual([]);
  });

  it("an answer that only says there is none yet (정해진 답 없음, 작성 예정, a template's '답변을 적어주세요') leaves its question unanswered", () => {
    const { deck, cards } = parseFixture("placeholder-answer.md");
    expect(cards).toEqual([
      [3, "qa", "브라우저 주소창에 주소를 입력하면 어떤 일이 일어나나요?", null],
      [24, "qa", "캐시 헤더는 언제 쓰나요?", null],
    ]);
    expect((deck.unanswered ?? []).map((q) => [q.line, q.prompt])).toEqual([
      [10, "직접 만든 웹 서비스를 소개해 주세요."],
      [17, "쿠키와 세션의 차이를 설명해 주세요."],
    ]);
    expect(["TODO", "**TBD**", "답변 준비 중입니다.", "생략", "답변을 적어주세요", "<ul><li>답변</li></ul>", "여기에 답을 작성해 주세요.", "아래 개념 참고", "공부하고 정리한 내용을 여기에 추가.", "내용을 여기에 정리하세요", "answer", "Your answer here.", "- 추가예정", "1. 작성 중", "추후 작성", "내용 추가 필요", "정리 예정", "(미작성)", "TBA", "아직 작성하지 않았습니다", "위에 적어놨음", "앞에서 정리했습니다", "어렵네..", "잘 모르겠음 ㅠㅠ", "이해 안 됨", "- contents", "Contents", "(답 못함)"].filter((a) => !isPlaceholderAnswer(a))).toEqual([]);
    expect(["없음 상태를 반환한다.", "답이 없는 경우 예외를 던진다.", "TODO 리스트 앱을 만들었다.", "답변은 짧게 합니다.", "내용을 암호화해 보낸다.", "정리한 내용을 여기에 추가하면 캐시가 갱신된다.", "answer 객체를 돌려준다.", "- 추가예정인 기능은 없다.", "작성 필요 시 인덱스를 만든다.", "정리 중 오류가 나면 롤백한다.", "위에서 설명한 것처럼 TCP는 연결을 맺는다.", "구현이 어렵다.", "모르겠다면 로그를 본다.", "contents 배열을 돌려준다.", "content"].filter((a) => isPlaceholderAnswer(a))).toEqual([]);
  });

  it("a template's word 'answer' left in an answer's slot (set as indented code) leaves its question unanswered", () => {
    const { deck, cards } = parseFixture("template-answer-slot.md");
    expect(cards).toEqual([[9, "qa", "DNS에 대해 설명해주세요.", null]]);
    expect((deck.unanswered ?? []).map((q) => [q.line, q.prompt])).toEqual([
      [3, "ARP에 대해 설명해주세요."],
      [6, "라우터는 어떤 일을 하나요?"],
    ]);
  });

  it("a question heading with only a picture of its own over three or more numbered sub-headings, each explained at length, is a title over topics; a question over a short numbered pair keeps them as its answer, and so does one that wears a question mark over a long run", () => {
    const { deck, cards } = parseFixture("numbered-title.md");
    expect(cards).toEqual([
      [7, "qa", "문제를 받으면 조건부터 묻기에 대해 설명해 주세요.", null],
      [11, "qa", "풀이를 말로 먼저 설명하기에 대해 설명해 주세요.", null],
      [15, "qa", "작성한 코드를 직접 따라가 보기에 대해 설명해 주세요.", null],
      [19, "qa", "면접이 끝나면 무엇을 할까?", null],
      [29, "qa", "저장 공간은 어떤 방식으로 관리하나요?", null],
    ]);
    expect(deck.cards.find((c) => c.lineStart === 29)!.answer).toMatch(/^### 1\. 가상 주소 나누기\n[^]*### 3\. 안 쓰는 조각 내보내기\n\n공간이 모자라면 [^]*비운다\.$/);
    expect(deck.cards.find((c) => c.lineStart === 19)!.answer).toBe("### 1. 감사 메일\n\n짧게 감사 인사를 보낸다.\n\n### 2. 복기\n\n받은 질문과 내 답을 적어 둔다.");
  });
});
