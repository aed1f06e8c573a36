/**
 * A study's question list in the dress public notes use: a rating in inline
 * HTML under the list's heading, a tab-indented answer (which Markdown reads
 * as code) and sentences fenced with no language, a procedure whose steps are numbered sub-headings, and a question
 * asked as an indirect clause ("…어떤 방법이 있는지"). Pins the whole deck.
 */
import { describe, expect, it } from "vitest";
import { parseFixture as parsed } from "@/test/helpers/parse-fixture";

describe("a study's question list", () => {
  const { deck, cards, unanswered } = parsed("study-list-dress.md");

  it("keeps every answer, steps a numbered procedure, asks an indirect question as written, and a rating explains nothing", () => {
    expect(cards).toEqual([
      [9, "qa", "탭 관리에 대해 설명해 주세요.", null],
      [12, "qa", "탭을 새로 열면 일어나는 일에 대해 설명해 주세요.", null],
      [18, "steps", "네트워크 요청 과정 (브라우저가 서버에 묻는 순서)을 단계별로 설명해 주세요.", null],
      [29, "qa", "이미지 로딩을 빠르게 하려면 어떤 방법이 있는지", null],
      // (sentences fenced with no language are the answer; a command in a fence alone is named in a warning)
      [33, "qa", "GC가 일어나는 과정에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.warnings).toEqual([
      { line: 5, message: '건너뛴 부분: "프론트엔드 면접 예상 질문 리스트" (카드로 삼기에 너무 짧은 글: 중요도 ★★★★)' },
      { line: 41, message: '건너뛴 부분: "힙 덤프 명령" (코드만 있는 부분)' },
    ]);
  });

  it("takes the tab-indented sentences as the answer, and the numbered sub-headings as the steps", () => {
    expect(deck.cards[1]!.answer).toBe("Step 1. 새 프로세스 준비\n\t- 탭마다 렌더러 프로세스를 따로 띄운다\nStep 2. 첫 화면 그리기\n\t- 빈 문서를 만들고 주소창에 커서를 둔다");
    expect(deck.cards[2]!.steps).toEqual(["DNS 조회", "TCP 연결", "요청과 응답"]);
  });
});
