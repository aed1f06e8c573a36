/**
 * What a follow-up folded into an answer must never do (a reviewer's findings, pinned): lose
 * text (a follow-up inside a follow-up is carded too), take a `<details>` out of code, take
 * an indented paragraph out of its list item or cut a numbered list, card a reveal label
 * asked as a question ("정답은?") or a question with nothing of its own ("왜 그럴까?",
 * "그렇다면 어떻게 해결할까?" under "…어떻게 해결하나요?", "그렇다면 어떻게 해야 할까?"), split a section's
 * own narration, leave a parent answered by a placeholder only, or sit on its parent's line.
 * Fixture: lib/parser/fixtures/folded-followups-guards.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("follow-ups folded into an answer: guards", () => {
  const { deck, cards, unanswered } = parseFixture("folded-followups-guards.md");

  it("cards a follow-up inside a follow-up and nothing that only looks like one", () => {
    expect(cards).toEqual([
      [3, "qa", "DNS가 이름을 찾는 과정을 설명해 주세요.", null],
      [9, "followup", "DNS는 왜 주로 UDP를 쓰나요?", 3],
      [13, "followup", "그렇다면 TCP는 언제 쓰나요?", 9],
      [17, "qa", "교착 상태는 어떻게 해결하나요?", null],
      [29, "qa", "스케줄링 알고리즘을 설명해 주세요.", null],
      [40, "qa", "페이지 교체 알고리즘을 설명해 주세요.", null],
      [53, "qa", "퀵 정렬의 최악 시간 복잡도는?", null],
      [57, "qa", "모달 창은 어떻게 만드나요?", null],
      [63, "qa", "REST란 무엇인가요?", null],
      [67, "qa", "캐시와 버퍼의 차이는 무엇인가?", null],
      [69, "followup", "캐시와 버퍼의 차이는 쓰기에서도 보이는가?", 67],
      [73, "qa", "디스크 스케줄링을 설명해 주세요.", null],
      [86, "qa", "CPU 스케줄링 알고리즘을 설명해 주세요.", null],
      [99, "qa", "QUIC이란 무엇인가요?", null],
      [107, "qa", "호이스팅이란 무엇인가요?", null],
      [118, "qa", "디스크 헤드는 어떻게 움직이나요?", null],
      [129, "qa", "교착 상태를 설명해 주세요.", null],
      [139, "qa", "퀵 정렬은 어떻게 동작하나요?", null],
      [145, "qa", "병합 정렬은 왜 안정적인가요?", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("keeps every answer whole where nothing was taken out", () => {
    const byLine = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    expect(byLine.get(13)).toBe("응답이 커서 잘리거나 영역 전송을 할 때 TCP로 다시 묻는다.");
    expect(byLine.get(17)).toContain("그렇다면 어떻게 해결할까?\n예방, 회피, 탐지 후 회복");
    expect(byLine.get(29)).toContain("   그렇다면 긴 작업은 어떻게 되는가?");
    expect(byLine.get(40)).toMatch(/그렇다면 최적 알고리즘은 왜 못 쓰나요\?[\s\S]*3\. LFU/);
    // (also when the answer is revealed by a "답변" fold: the list's next item follows the question)
    expect(byLine.get(73)).toMatch(/그렇다면 멀리 있는 요청은 어떻게 되는가\?[\s\S]*3\. SCAN/);
    // a section's own "그렇다면 …?" paragraph is its narration; a fold's answer that is only "(작성 예정)" or
    // a question over given code keeps its text rather than losing it; a bullet list goes on after the question
    expect(byLine.get(86)).toMatch(/^어떤 작업을[\s\S]*그렇다면 어떤 기준으로 고를까\?[\s\S]*정리하면/);
    expect(byLine.get(99)).toContain("그렇다면 QUIC은 왜 UDP 위에서 동작하나요?");
    expect(byLine.get(107)).toContain("console.log(a); var a = 1;");
    expect(byLine.get(118)).toMatch(/그렇다면 SSTF의 문제점은 무엇인가\?[\s\S]*- SCAN/);
    expect(byLine.get(129)).toContain("그렇다면 어떻게 해야 할까?");
    // a numbered question answered by the quote under it; its fold labelled "코드로 보면 …?" is material, not a question
    expect(byLine.get(139)).toBe("피벗을 기준으로 나눈 뒤 양쪽을 재귀로 정렬한다.\n<details><summary>코드로 보면 어떻게 되나요?</summary>\n재귀 함수 두 번으로 나뉜 구간을 정렬한다.\n</details>");
    expect(byLine.get(145)).toBe("같은 값이면 왼쪽 구간의 원소를 먼저 옮기기 때문이다.");
    expect(byLine.get(53)).toContain("<summary>정답은?</summary>");
    expect(byLine.get(57)).toContain("<details><summary>배송은 얼마나 걸리나요?</summary>");
    expect(byLine.get(63)).toContain("<summary>왜 그럴까?</summary>");
  });
});
