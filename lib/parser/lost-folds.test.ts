/** Folds whose `<details>` tags a copy dropped, leaving the `<summary>` alone. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards } from "@/test/helpers/parse-fixture";

describe("a summary standing alone, its <details> lost", () => {
  const note = [
    "## 운영체제", // 1
    "",
    "",
    "  <summary><h3>1. 프로세스와 스레드의 차이를 설명해 주세요.</h3></summary>", // 4
    "    - 프로세스는 실행 중인 프로그램이고 독립된 메모리 공간을 가진다.",
    "    - 스레드는 프로세스 안의 실행 흐름 단위로, 스택만 따로 가지고 나머지는 공유한다.",
    "<ul>",
    "<li> 스레드끼리 공유하지 않는 영역은 무엇인가요?</li>", // 8
    "- 스택과 레지스터 값(PC 포함)은 스레드마다 따로 가진다.",
    "<li> 멀티 프로세스 대신 멀티 스레드를 쓰는 이유는 무엇인가요?</li>", // 10
    "- 자원을 공유하므로 생성과 문맥 교환 비용이 작다.",
    "</ul>",
    "",
    "",
    "  <summary><h3>2. 교착 상태의 조건을 설명해 주세요.</h3></summary>", // 15
    "- 상호 배제, 점유 대기, 비선점, 순환 대기 네 조건이 모두 성립하면 교착 상태가 발생할 수 있다.",
    "<ul>",
    "<li> 교착 상태를 예방하는 방법은 무엇인가요?</li>", // 18
    "- 네 조건 중 하나를 깨뜨린다. 예를 들어 자원에 순서를 매겨 순환 대기를 막는다.",
    "</ul>",
    "",
  ];

  it("still asks, and what follows it up to the next fold answers, its <li> questions its follow-ups", () => {
    expect(noteCards(note)).toEqual([
      [4, "qa", "프로세스와 스레드의 차이를 설명해 주세요.", null],
      [8, "followup", "스레드끼리 공유하지 않는 영역은 무엇인가요?", 4],
      [10, "followup", "멀티 프로세스 대신 멀티 스레드를 쓰는 이유는 무엇인가요?", 4],
      [15, "qa", "교착 상태의 조건을 설명해 주세요.", null],
      [18, "followup", "교착 상태를 예방하는 방법은 무엇인가요?", 15],
    ]);
  });

  it("reads a reveal label left alone under its question as that question's answer", () => {
    const cards = noteCards([
      "### 1. TCP와 UDP의 차이는 무엇인가요?",
      "  <summary>정답 보기</summary>",
      "",
      "TCP는 연결 지향이고 순서와 신뢰성을 보장하며, UDP는 비연결형으로 빠르지만 보장하지 않습니다.",
      "",
      "### 2. DNS는 어떤 포트를 쓰나요?",
      "<summary>정답 보기</summary>",
      "",
      "기본적으로 53번 포트를 쓰며, 질의는 주로 UDP로 합니다.",
      "",
    ]);
    expect(cards).toEqual([
      [1, "qa", "TCP와 UDP의 차이는 무엇인가요?", null],
      [6, "qa", "DNS는 어떤 포트를 쓰나요?", null],
    ]);
  });

  it("ends at the next line that asks, and a label for other material stays where it is (a second reader's notes)", () => {
    expect(noteCards([
      "<summary>Q1. 인덱스를 쓰는 이유는 무엇인가요?</summary>",
      "",
      "테이블 전체를 훑지 않고 원하는 행을 빨리 찾기 위해서입니다.",
      "",
      "**Q2. 인덱스를 많이 만들면 안 되는 이유는?**",
      "",
      "쓰기 때마다 인덱스도 고쳐야 해서 삽입과 수정이 느려집니다.",
      "",
    ]).map((c) => [c[0], c[2]])).toEqual([
      [1, "인덱스를 쓰는 이유는 무엇인가요?"],
      [5, "인덱스를 많이 만들면 안 되는 이유는?"],
    ]);
    const cards = noteCards(["## 퀵 정렬 구현", "", "피벗을 골라 작은 값과 큰 값으로 나눈 뒤 양쪽을 다시 정렬합니다.", "", "<summary>코드 보기</summary>", "", "```python", "def sort(a): return a", "```", ""]);
    expect(cards.map((c) => c[2])).toEqual(["퀵 정렬 구현에 대해 설명해 주세요."]);
  });
});
