/**
 * "- **…나을까요?**" as a list of its own under a question's quoted answer, answered
 * by a quote right below it (or nested under it): the interviewer's next question,
 * a follow-up of the heading's question. A bold label that asks nothing ("**장점**")
 * stays part of the answer.
 * Fixture: lib/parser/fixtures/bold-item-followups.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("bold question items answered by a quote", () => {
  const { deck, cards } = parseFixture("bold-item-followups.md");

  it("follow up the heading's question, and a bold label stays in the answer", () => {
    expect(cards).toEqual([
      [1, "qa", "배열은 어떤 자료구조인가요?", null],
      [3, "followup", "정한 크기를 넘게 저장해야 하면 어떻게 하나요?", 1],
      [6, "qa", "연결 리스트와 비교해 주세요.", null],
      [8, "followup", "어느 상황에 연결 리스트가 더 나을까요?", 6],
      [10, "followup", "메모리는 어디에 할당되나요?", 6],
      [13, "qa", "큐는 어떤 자료구조인가요?", null],
      [17, "qa", "해시 테이블에서 충돌이 나면 어떻게 하나요?", null],
      [19, "followup", "충돌이 계속 나면 탐색은 얼마나 느려지나요?", 17],
      [22, "followup", "이중 해싱이 무엇인지 설명해 주세요.", 17],
    ]);
    const [array, grow, , , , queue, hash, slow, doubleHashing] = deck.cards;
    expect(array!.answer).toBe("같은 타입의 값을 메모리에 연속으로 미리 정한 크기만큼 두는 자료구조입니다.");
    expect(grow!.answer).toBe("더 큰 배열을 새로 잡고 옮기는 동적 배열을 씁니다.");
    expect(queue!.answer).toContain("순서대로 처리하는 작업 대기열에 알맞습니다.");
    // (two bold questions in one list, each answered by a quote nested under it: both follow up, neither stays in the answer)
    expect(hash!.answer).toBe("체이닝으로 같은 칸에 여러 값을 잇거나, 개방 주소법으로 빈 칸을 찾아 넣습니다.");
    expect(slow!.answer).toBe("모든 키가 한 칸에 몰리면 선형 탐색이 되어 O(n)까지 느려집니다.");
    expect(doubleHashing!.answer).toBe("두 번째 해시 함수로 다음에 볼 칸의 간격을 정해 값이 한곳에 뭉치지 않게 합니다.");
  });
});

describe("bold questions framed in angle brackets", () => {
  it("'**< …는가 >**' lines inside an answer are its follow-ups, asked without the brackets (they stayed in the answer)", () => {
    const { deck, cards } = parseFixture("bracketed-bold-questions.md");
    expect(cards).toEqual([
      [1, "qa", "프로세스와 스레드의 차이를 설명해주세요.", null],
      [5, "followup", "스레드라는 개념은 왜 생겼는가", 1],
      [9, "followup", "스레드는 프로세스와 어떤 자원을 공유하는가", 1],
    ]);
    expect(deck.cards[0]!.answer).toBe("프로세스는 자원을 할당받는 단위이고, 스레드는 그 안에서 실행되는 흐름입니다.");
  });
});

