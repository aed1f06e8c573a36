/**
 * Ordinary notes the rules for notes found in public repositories must leave alone (fixtures in
 * lib/parser/fixtures/ordinary, written by this project's reviewers): answers that speak of Git
 * branches, PRs, storage or schedules are no study housekeeping; a heading that asks, or stands
 * over a question, is never skipped; a bold "**왜?**" inside an answer is the answer's rhetoric;
 * "- A: … - B: …" under a plain question are its options; code inside a <details> answer is kept
 * as written; a summary that names a part ("TCP", "enum 방식") belongs to the heading's answer;
 * a category "## 추가 질문: 네트워크" keeps its listed questions; "큐란" asks.
 * Each row pins [line, kind, prompt, parent's line] per card and the unanswered questions.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("ordinary notes the wild-note rules leave alone", () => {
  it.each([
    ["p01-bold-lead-in-answer.md", [[3,"qa","캐시 무효화는 어떻게 하나요?",null]], []],
    ["p05-qa-items-choices.md", [], [[5,"두 트랜잭션이 같은 행을 동시에 고치면 어떻게 될까?",null]]],
    ["p06-two-syllable-ran.md", [[3,"qa","큐란",null],[7,"qa","뷰란",null]], []],
    ["p07-marked-heading-category.md", [[5,"qa","TCP와 UDP의 차이는?",null],[7,"qa","3-way handshake란?",null],[12,"qa","프로세스와 스레드의 차이는?",null]], []],
    ["p22-label-after-last-question.md", [[3,"qa","TCP란?",null],[7,"followup","흐름 제어는 어떻게 하나요?",3],[11,"qa","UDP란?",null],[17,"followup","HTTP/3은 왜 UDP 위에서 동작하나요?",11],[19,"followup","TCP 연결을 끊을 때 왜 4번 주고받나요?",3]], []],
    ["r01-gitflow-topic.md", [[3,"qa","Git Flow 전략에 대해 설명해 주세요.",null],[7,"followup","Git Flow의 단점은 무엇인가요?",3]], []],
    ["r03-origin.md", [[3,"qa","origin과 upstream의 차이는?",null]], []],
    ["r05-keywords.md", [[3,"qa","자바의 접근 제어자 종류는?",null],[7,"qa","HTTP 메서드에는 무엇이 있나요?",null]], []],
    ["r08-details-code.md", [[3,"qa","파이썬의 GIL이란?",null]], []],
    ["r09-details-subtopics.md", [[3,"qa","TCP와 UDP의 차이는?",null],[11,"followup","UDP에 대해 설명해 주세요.",3]], []],
    ["r10-title-quote.md", [[1,"qa","데드락에 대해 설명해 주세요.",null],[5,"qa","데드락의 발생 조건은?",null]], []],
    ["r17-timeline-table.md", [[3,"qa","프로젝트 일정은 어떻게 관리했나요?",null]], []],
    ["r18-html-code.md", [[3,"qa","시맨틱 태그를 쓰는 이유는?",null]], []],
    ["r24-layers.md", [[3,"qa","계층형 아키텍처에서 각 계층의 역할은?",null]], []],
    ["r28-indicator.md", [[3,"qa","모바일 웹에서 300ms 지연이 생기는 이유: 더블 클릭에 대해 설명해 주세요.",null]], []],
    ["r32-qa-table-week.md", [[7,"qa","TCP와 UDP의 차이는?",null],[8,"qa","DNS는 왜 UDP를 쓰나요?",null]], []],
    ["r33-redis.md", [[3,"qa","Redis란?",null],[7,"followup","Redis를 캐시로 쓸 때 주의할 점은?",3],[11,"qa","Docker Hub는 무엇인가요?",null]], []],
    ["r35-title-question.md", [[1,"qa","이벤트 루프란?",null]], []],
    ["r38-heading-details-parts.md", [[3,"qa","싱글톤 패턴을 구현하는 방법은?",null],[11,"followup","enum 방식에 대해 설명해 주세요.",3]], []],
  ])("%s", (name, cards, unanswered) => {
    const parsed = parseFixture(`ordinary/${name}`);
    expect(parsed.cards).toEqual(cards);
    expect(parsed.unanswered).toEqual(unanswered);
  });

  it("an answer keeps what follows a bold '**왜 어려울까?**', a question-shaped comment in its code, and its code's <p> and <hr> as written", () => {
    expect(parseFixture("ordinary/p01-bold-lead-in-answer.md").deck.cards[0]!.answer).toMatch(/\*\*왜 어려울까\?\*\* 여러 서버가[\s\S]+이벤트 기반 삭제를 함께 씁니다\.$/);
    const gil = parseFixture("ordinary/r08-details-code.md").deck.cards[0]!.answer;
    expect(gil).toContain("# 두 스레드로 나누면 더 빨라질까?");
    expect(gil).toContain("CPU 바운드 작업은 멀티프로세싱을 써야 합니다.");
    expect(parseFixture("ordinary/r18-html-code.md").deck.cards[0]!.answer).toContain("<article>\n<p>본문</p>\n<hr>\n</article>");
  });
});
