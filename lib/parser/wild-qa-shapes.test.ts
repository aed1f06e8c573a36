/**
 * Question/answer dresses and junk seen in public Korean interview-study
 * repositories outside the corpus, on fixture notes written for these tests
 * (lib/parser/fixtures/wild-*.md): a study group's README (rules, fines,
 * timetable, member tables), `<details>` questions whose own answer is only a
 * picture, "(답변 미작성)" notes, a category summary with a "펼치기" indicator
 * over HTML sub-headings, and "N-M." numbered summaries that follow up "N.".
 * Each test pins the whole deck: [line, kind, prompt, parent's line] per card,
 * and the unanswered questions as [line, prompt].
 */
import { describe, expect, it } from "vitest";
import { parseFixtureUnanswered } from "@/test/helpers/parse-fixture";

const parsed = parseFixtureUnanswered;

describe("wild question/answer dresses and junk", () => {
  it("a study group's README: rules, fines, schedule, hand-in conventions and member tables are skipped with their lines; its questions stay, a story about the study answered in prose too", () => {
    const { deck, cards, unanswered } = parsed("wild-study-readme.md");
    expect(cards).toEqual([
      // (a heading that asks is never skipped, however it is answered: "예치금과 보증금을 어떻게 나눴나요?" asks too)
      [24, "qa", "빠지면?", null],
      [40, "qa", "캐시란 무엇인가요?", null],
      [44, "qa", "Git 브랜치 전략을 설명해 주세요.", null],
      // (a question answered in spoken prose is the applicant's story, fines and all)
      [48, "qa", "스터디를 운영하며 힘들었던 점이 있나요?", null],
      // (…and so is a topic told in the past: what the writer did, PRs and meetings and all)
      [54, "script", "협업 경험에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect((deck.skipped ?? []).map((s) => s.line)).toEqual([1, 5, 12, 19, 28, 34]);
  });

  it("a README's index: the repository describing itself, disclaimers, a table or list of its note files and a keyword line, a timetable and a note that it collects answers are skipped; a title over a one-line quote stays (the quote may define it)", () => {
    const { deck, cards, unanswered } = parsed("wild-readme-index.md");
    expect(cards).toEqual([
      [1, "qa", "네트워크 기초 (Network Basics)에 대해 설명해 주세요.", null],
      [29, "qa", "DNS는 왜 UDP를 쓰나요?", null],
    ]);
    expect(unanswered).toEqual([]);
    expect((deck.skipped ?? []).map((s) => s.line)).toEqual([5, 10, 17, 21, 25, 33, 40]);
    expect(deck.warnings.filter((w) => w.line === 10).map((w) => w.message)).toEqual(['건너뛴 부분: "문서 구성" (질문이 아닌 파일 목록·키워드)']);
  });
});

describe("wild note extras", () => {
  it("prerequisites, a one-line wrap-up and common mistakes written as sections of their own stay cards: what the writer wrote is never dropped", () => {
    const { deck, cards, unanswered } = parsed("wild-note-extras.md");
    expect(cards).toEqual([
      [3, "qa", "선행 지식에 대해 설명해 주세요.", null],
      [7, "qa", "캐시는 왜 필요한가요?", null],
      [11, "qa", "자주 하는 실수에 대해 설명해 주세요.", null],
      [17, "qa", "한 줄 정리에 대해 설명해 주세요.", null],
      [23, "qa", "지역성에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.skipped ?? []).toEqual([]);
  });
});

describe("wild question lists", () => {
  it("a numbered question list whose items carry 'N-M.' sub-questions on their next lines is unanswered, not cards answered by those sub-questions; the sub-questions are listed too", () => {
    const { cards, unanswered } = parsed("wild-question-list.md");
    expect(cards).toEqual([]);
    expect(unanswered).toEqual([
      [3, "프로세스와 스레드의 차이는 무엇인가요?"],
      [4, "컨텍스트 스위칭을 설명해주세요."],
      [5, "컨텍스트 스위칭 비용을 줄이는 방법이 있을까요?"],
      [6, "데드락의 네 가지 조건은 무엇인가요?"],
      [7, "조건 하나만 깨도 데드락이 사라지나요?"],
      [8, "페이지 교체 알고리즘에는 무엇이 있나요?"],
    ]);
  });

  it("…and so is one whose every question links to where it is answered ('13. [Q?](…) <br>' over '13-1. [Q?](…)')", () => {
    const { cards, unanswered } = parsed("linked-sub-questions.md");
    expect(cards).toEqual([]);
    expect(unanswered).toEqual([
      [3, "세션과 쿠키는 어떻게 다른가요?"],
      [4, "쿠키의 HttpOnly 속성은 무엇을 막나요?"],
      [5, "CORS란 무엇인가요?"],
      [6, "preflight 요청은 언제 보내나요?"],
    ]);
  });
});

describe("wild note intros", () => {
  it("a title's only line promising what the reader will be able to explain is no answer: the title is no card", () => {
    const { deck, cards, unanswered } = parsed("wild-learning-outcome.md");
    expect(cards).toEqual([[5, "qa", "해시 충돌은 어떻게 해결하나요?", null]]);
    expect(unanswered).toEqual([]);
    expect((deck.skipped ?? []).map((s) => s.line)).toEqual([1]);
  });
});

describe("wild <details> dresses", () => {
  // (since the twentieth round a question with no written answer of its own but answered nested questions is a practice
  // prompt, so they follow it up: before, they stood alone, and blind sets 20 and 23 labelled them its follow-ups)
  it("a question whose own answer is only a picture is a practice prompt its answered nested questions follow up; '(답변 미작성)' is dropped; a '펼치기' category over HTML sub-headings is no card", () => {
    const { deck, cards, unanswered } = parsed("wild-details-dress.md");
    expect(cards).toEqual([
      [3, "qa", "TCP와 UDP의 차이를 설명해 주세요.", null],
      [11, "followup", "TCP는 어떻게 순서를 보장하나요?", 3],
      [20, "qa", "DNS에 대해 설명해 주세요.", null],
      [25, "followup", "DNS는 왜 UDP를 쓰나요?", 20],
      [46, "qa", "이미지 용량은 어떻게 줄였나요?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("");
    expect(unanswered).toEqual([
      [16, "UDP는 어디에 쓰이나요?"],
      [38, "알림 기능은 어떻게 만들었나요?"],
    ]);
    expect(deck.cards[2]!.answer).toBe("- 도메인 이름을 IP 주소로 바꾸어 주는 분산 시스템입니다.");
    // ("<p>…</p>" around the answer's line is only its paragraph)
    expect(deck.cards[4]!.answer).toBe("올릴 때 서버에서 크기를 줄이고 WebP로 바꾸어 저장했습니다.");
  });

  it("'N-M.' summaries after an 'N.' summary follow question N up; a question heading inside a <details> answer follows that question up", () => {
    const { deck, cards, unanswered } = parsed("wild-numbered-summaries.md");
    expect(cards).toEqual([
      [1, "qa", "인덱스란 무엇인가요?", null],
      [5, "followup", "인덱스가 많으면 무엇이 나빠지나요?", 1],
      [9, "followup", "어떤 컬럼에 인덱스를 거나요?", 1],
      [16, "qa", "정규화는 왜 하나요?", null],
      [20, "followup", "반정규화는 언제 하나요?", 16],
      [27, "qa", "캐시는 왜 빠른가요?", null],
      [32, "followup", "캐시가 가득 차면 어떻게 되나요?", 27],
      [35, "followup", "캐시 적중률은 어떻게 높이나요?", 27],
      [40, "followup", "시간 지역성이란 무엇인가요?", 35],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[5]!.answer).toBe("CPU 가까이에 있는 작은 메모리라 접근 시간이 짧습니다.");
    expect(deck.cards[8]!.answer).toBe("방금 쓴 데이터를 곧 다시 쓸 가능성이 높다는 성질입니다.");
  });

  it("a question heading over a run of <details> questions titles them: each summary is its own card, '<hr>' framing is no text; a reveal label still answers its heading", () => {
    const { deck, cards, unanswered } = parsed("wild-heading-over-details.md");
    expect(cards).toEqual([
      [4, "qa", "선점형 스케줄링은 무엇인가요?", null],
      [22, "qa", "기아 현상을 막는 방법은 무엇일까요?", null],
      [30, "qa", "교착 상태란?", null],
    ]);
    expect(unanswered).toEqual([[14, "라운드 로빈 방식을 설명해주세요"]]);
    expect(deck.cards[0]!.answer).toBe("- 실행 중인 프로세스에게서 운영체제가 CPU를 빼앗아 다른 프로세스에 줄 수 있는 방식입니다.");
  });

  it("a fold right under a spacer line (\"<br/>\" or \"<hr>\" with no blank line before \"<details>\") is a question of its own, not text in the answer of the heading above", () => {
    const { deck, cards, unanswered } = parsed("spaced-details.md");
    expect(cards).toEqual([
      [4, "qa", "라우터는 몇 계층 장비인가요?", null],
      [12, "qa", "라우팅 표는 어떻게 채워지나요?", null],
      [19, "qa", "스위치와는 무엇이 다른가요?", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[1]!.answer).toBe("- 관리자가 직접 적거나, 라우터끼리 경로 정보를 주고받아 채웁니다.");
  });
});
