/**
 * Shapes of an interview's record and a mock interview's feedback, seen in
 * blind sets 89 and 90 (notes written for this test):
 * - a title written as a link to where the record comes from, which made the
 *   whole note skipped;
 * - a thank-you line under the title, which made a card;
 * - "> Q) …? A) …": a quoted question answered on its own line;
 * - "### 좋았던 점", "### 보완하면 좋을 점": feedback, no question;
 * - "그것에 대한 …?" asks on from the question before it.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

describe("an interview's record", () => {
  const RECORD = [
    "# [토스 기술면접 후기](https://example.com/toss-interview.html)", // 1
    "좋은 자료를 공유해 주신 분께 감사드립니다.",
    "",
    "## 기술면접", // 4
    "",
    "> Q) 프로세스와 스레드의 차이는 무엇인가요? A) 자원을 따로 갖는지 함께 쓰는지의 차이입니다.", // 6
    "",
    "Q) 가비지 컬렉션은 언제 일어나나요?", // 8
    "힙의 Young 영역이 가득 차면 Minor GC가, Old 영역이 가득 차면 Major GC가 일어납니다.",
  ];

  it("keeps the sections under a title written as a link, and makes no card of a thank-you line", () => {
    expect(noteCards(RECORD)).toEqual([
      [6, "qa", "프로세스와 스레드의 차이는 무엇인가요?", null],
      [8, "qa", "가비지 컬렉션은 언제 일어나나요?", null],
    ]);
    expect(parseNote(RECORD).cards[0]!.answer).toBe("자원을 따로 갖는지 함께 쓰는지의 차이입니다.");
  });

  it("skips a mock interview's feedback sections with a warning, keeping its answered questions", () => {
    const feedback = [
      "## 📌 CS 스터디 피드백 (2025-04-09)", // 1
      "",
      "### 1. 답변하지 못한 질문", // 3
      "",
      "#### fork() 다음에 exec()이 꼭 와야 하나요?", // 5
      "그렇지 않습니다. fork()만 쓰면 부모의 메모리를 쓰기 시점에 복사하며 같은 코드를 이어서 실행합니다.",
      "",
      "#### 뮤텍스도 바쁜 대기를 하나요?", // 8
      "- 스핀락으로 구현된 뮤텍스는 락을 얻을 때까지 바쁜 대기를 합니다.",
      "",
      "### 2. 좋았던 점 ✨", // 11
      "- \"페이지 폴트가 나면 커널 안에서 어떤 일이 일어나는지 설명해 주세요\"질문을 드렸어요. 과정을 차근차근 설명해 주셔서 과정을 잘 이해하고 있다고 느꼈어요. 내부 동작이 꽤 복잡하고 상황에 따라 갈래도 많은데, 큰 그림을 먼저 말하고 세부로 들어가는 순서가 좋았습니다. 지난주 네트워크와 데이터베이스 때도 느꼈지만 과정에 대한 큰 그림이 잘 그려져 있어서 듣는 사람이 따라가기 쉬웠고, 중간에 예시를 들어 주신 것도 이해를 많이 도왔습니다.",
      "",
      "### 3. 보완하면 좋을 점 💡", // 14
      "- 멀티 태스킹, 멀티 스레드, 멀티 프로세스처럼 비슷한 용어가 헷갈릴 때는 면접관과 정의를 먼저 맞추고 답하면 더 좋을 것 같습니다. 모르는 것을 아는 것처럼 답하면 큰 감점이 되니 조심하세요. 서로 생각하는 용어의 뜻을 먼저 맞춘 뒤에 답을 이어 가면 대화가 더 매끄럽다는 인상을 남길 수 있었을 거라고 생각합니다. 다음 주에는 이 부분을 같이 연습해 보면 좋겠습니다.",
    ];
    expect(noteCards(feedback)).toEqual([
      [5, "qa", "fork() 다음에 exec()이 꼭 와야 하나요?", null],
      [8, "qa", "뮤텍스도 바쁜 대기를 하나요?", null],
    ]);
    expect(parseNote(feedback).warnings.map((w) => w.line)).toEqual([11, 14]);
  });

  it("makes '그것에 대한 …?' a follow-up of the question heading before it", () => {
    expect(
      noteCards([
        "# 클로저", // 1
        "",
        "## 참조 타입인 클로저를 쓸 때 주의할 점은 무엇일까요?", // 3
        "",
        "클로저가 자신을 가진 인스턴스를 강하게 붙잡으면 순환 참조가 생깁니다.",
        "",
        "## 그것에 대한 해결 방법으로는 무엇이 있을까요?", // 7
        "",
        "캡처 목록에서 weak이나 unowned로 붙잡으면 순환이 끊깁니다.",
      ]),
    ).toEqual([
      [3, "qa", "참조 타입인 클로저를 쓸 때 주의할 점은 무엇일까요?", null],
      [7, "followup", "그것에 대한 해결 방법으로는 무엇이 있을까요?", 3],
    ]);
  });
});
