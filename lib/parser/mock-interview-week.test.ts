/**
 * A study group's weekly mock-interview write-up (fixture note written for
 * this test, in our own words): follow-up headings numbered with circled
 * numbers ("### 꼬리질문 ① 충돌 해결 방법", "### 꼬리질문 ③④ …") after a
 * topic's "### 핵심 정의"; a fold whose summary counts the follow-ups it hides
 * ("꼬리 질문 2개 (펼치기)"), each answered under "- **답변:**"; and a request
 * to write code ("…코드를 작성해 보세요.") answered by the code.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";
import { questionKey } from "./question-key";

describe("a mock-interview week", () => {
  it("circled follow-up headings follow the topic their definition answers; a counted fold's questions follow theirs; a coding request is a card", () => {
    const { deck, cards, unanswered } = parseFixture("mock-interview-week.md");
    expect(cards).toEqual([
      [3, "qa", "해시 테이블에 대해 설명해 주세요.", null],
      [9, "followup", "충돌 해결 방법에 대해 설명해 주세요.", 3],
      [13, "followup", "왜 적재율을 관리하나?", 3],
      [17, "followup", "크기를 늘리는 시점 / 비용에 대해 설명해 주세요.", 3],
      [23, "qa", "이진 탐색 트리에서 삭제는 어떻게 하나요?", null],
      [28, "followup", "자식이 둘인 노드는 어떻게 지우나요?", 23],
      [30, "followup", "균형이 깨지면 어떻게 되나요?", 23],
      [39, "qa", "두 이진 트리가 같은지 확인하는 코드를 작성해 보세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[0]!.answer).toContain("평균 O(1)에 찾는 자료구조다.");
    expect(deck.cards[5]!.answer).toBe("오른쪽 서브트리의 가장 작은 노드와 바꾼 뒤 그 노드를 지웁니다.");
    expect(deck.cards[7]!.answer).toContain("static boolean same(Node a, Node b)");
  });

  it("a template's bare 'write your code here' stays advice; a bare marker heading keeps a prompt; a marked prompt keys as its question", () => {
    for (const placeholder of ["코드를 작성해 주세요", "여기에 코드를 작성해 주세요"]) {
      const deck = parseNote(["## 두 수의 합을 구하는 방법은?", "", "해시맵에 값을 넣으며 짝을 찾는다.", "", `### ${placeholder}`, "", "```java", "// TODO", "```"]);
      expect(deck.cards.map((c) => c.prompt)).toEqual(["두 수의 합을 구하는 방법은?"]);
    }
    const bare = parseNote(["## 해시 테이블", "", "### 꼬리질문 ①", "", "충돌이 나면 같은 칸에 목록을 달아 처리한다."]);
    expect(bare.cards.every((c) => !c.prompt.startsWith("에 대해"))).toBe(true);
    expect(["꼬리 ① 해시 인덱스는 언제 쓰나?", "꼬리의 꼬리질문 ① 해시 인덱스는 언제 쓰나?", "심화 질문 ❷ 해시 인덱스는 언제 쓰나?"].map(questionKey)).toEqual(Array(3).fill(questionKey("해시 인덱스는 언제 쓰나?")));
  });
});
