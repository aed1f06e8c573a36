/**
 * Regressions a second reader found in this round's rules, written as notes of our own:
 * - a list at the top that sums up each part below ("GET: 리소스 조회", a gloss of several
 *   words, sub-items that explain) is the answer, not an outline; so is a topic's own list
 *   that is not the whole note's first heading;
 * - a same-line answer that happens to end in "방법", "과정" or "차이" is still the answer,
 *   after a dash, an arrow or a colon: only a point that names the question's subject again
 *   asks on;
 * - "그래서, 왜 필요할까?" and "도입 배경, 왜 필요할까?" are the why-label they always were.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const firstCard = (lines: string[]) => noteCards(lines)[0];

describe("lists at the top that are answers, not outlines", () => {
  it("keeps a list whose items sum each part up after a colon", () => {
    expect(
      firstCard([
        "## HTTP 메서드", // 1
        "- GET: 리소스 조회",
        "- POST: 리소스 생성",
        "- DELETE: 리소스 삭제",
        "",
        "### GET",
        "서버에서 리소스를 읽을 때 쓰며 멱등하다.",
        "### POST",
        "새 리소스를 만들 때 쓰며 멱등하지 않다.",
        "### DELETE",
        "리소스를 지울 때 쓰며 멱등하다.",
      ]),
    ).toEqual([1, "qa", "HTTP 메서드에 대해 설명해 주세요.", null]);
  });

  it("keeps a list of names glossed in several words", () => {
    expect(
      firstCard([
        "## 트랜잭션의 성질", // 1
        "- 원자성 (Atomicity, 전부 아니면 전무)",
        "- 일관성 (Consistency, 규칙을 지킴)",
        "- 격리성 (Isolation, 서로 간섭하지 않음)",
        "- 지속성 (Durability, 결과가 남음)",
        "",
        "### 원자성",
        "트랜잭션의 연산은 모두 반영되거나 하나도 반영되지 않는다.",
        "### 일관성",
        "트랜잭션 전후로 데이터베이스의 제약이 지켜진다.",
        "### 격리성",
        "동시에 실행되는 트랜잭션이 서로의 중간 결과를 보지 못한다.",
        "### 지속성",
        "커밋된 결과는 장애가 나도 사라지지 않는다.",
      ]),
    ).toEqual([1, "qa", "트랜잭션의 성질에 대해 설명해 주세요.", null]);
  });

  it("keeps a list whose sub-items explain each name", () => {
    expect(
      firstCard([
        "## 교착 상태의 조건", // 1
        "- 상호 배제",
        "  - 자원을 한 번에 한 프로세스만 쓸 수 있음",
        "- 점유 대기",
        "  - 자원을 쥔 채로 다른 자원을 기다림",
        "- 비선점",
        "  - 남이 쥔 자원을 빼앗을 수 없음",
        "",
        "### 상호 배제",
        "프린터처럼 나누어 쓸 수 없는 자원에서 생긴다.",
        "### 점유 대기",
        "필요한 자원을 한 번에 모두 받게 하면 막을 수 있다.",
        "### 비선점",
        "자원을 빼앗을 수 있게 하면 막을 수 있다.",
      ]),
    ).toEqual([1, "qa", "교착 상태의 조건에 대해 설명해 주세요.", null]);
  });

  it("keeps a topic's list that names headings under another topic", () => {
    const note = [
      "# 전송 계층", // 1
      "",
      "## TCP", // 3
      "- 연결 방식",
      "- 신뢰성",
      "- 속도",
      "",
      "## UDP", // 8
      "연결 없이 데이터그램을 보내는 프로토콜이다.",
      "### 연결 방식",
      "연결을 맺지 않고 바로 보낸다.",
      "### 신뢰성",
      "순서도 도착도 보장하지 않는다.",
      "### 속도",
      "헤더가 작고 연결 과정이 없어 빠르다.",
    ];
    expect(parseNote(note).warnings.filter((w) => w.message.includes("목차"))).toEqual([]);
    expect(noteCards(note).map((c) => c[0])).toContain(8);
  });
});

describe("same-line answers that end in a facet word", () => {
  it("stay answers after a dash, an arrow or a colon", () => {
    expect(
      parseNote([
        "# 면접 대비", // 1
        "",
        "- 정규화란? - 중복을 줄이려고 테이블을 나누는 과정", // 3
        "- 해싱이란? → 키를 해시 함수로 인덱스로 바꾸는 방법", // 4
        "- 프로세스와 스레드의 차이는? - 메모리를 함께 쓰는지의 차이", // 5
        "- git revert란? : 되돌리는 커밋을 새로 만드는 방법", // 6
      ]).cards.map((c) => [c.lineStart, c.prompt, c.answer]),
    ).toEqual([
      [3, "정규화란?", "중복을 줄이려고 테이블을 나누는 과정"],
      [4, "해싱이란?", "키를 해시 함수로 인덱스로 바꾸는 방법"],
      [5, "프로세스와 스레드의 차이는?", "메모리를 함께 쓰는지의 차이"],
      [6, "git revert란?", "되돌리는 커밋을 새로 만드는 방법"],
    ]);
  });
});

describe("why-labels after a connective or a facet", () => {
  it.each(["그래서, 왜 필요할까?", "도입 배경, 왜 필요할까?", "근데, 왜 필요할까?"])("reads '%s' as the topic's reason", (heading) => {
    expect(noteCards(["## 인덱스", "", "인덱스는 검색을 빠르게 하려고 컬럼 값을 정렬해 따로 둔 자료구조이다.", "", `### ${heading}`, "- 테이블 전체를 읽지 않고 원하는 행을 찾는다."])[1]).toEqual([5, "qa", "인덱스가 필요한 이유는?", null]);
  });
});

describe("questions under '### 질문' that are plain paragraphs", () => {
  it("keep their reading: the first asks, the next asks on", () => {
    expect(
      noteCards([
        "# 운영체제 스터디", // 1
        "## 교착 상태", // 2
        "### 질문", // 3
        "교착 상태란 무엇인가요?", // 4
        "",
        "둘 이상의 프로세스가 서로 가진 자원을 기다리며 멈춘 상태입니다.",
        "",
        "교착 상태는 언제 생기나요?", // 8
        "",
        "상호 배제, 점유 대기, 비선점, 순환 대기가 모두 성립할 때 생깁니다.",
      ]),
    ).toEqual([
      [4, "qa", "교착 상태란 무엇인가요?", null],
      [8, "followup", "교착 상태는 언제 생기나요?", 4],
    ]);
  });
});

describe("a reason heading and the names inside longer words", () => {
  it.each([
    ["### 동기", "### 비동기 방식을 쓰는 이유"],
    ["### SQL", "### NoSQL을 쓰는 이유"],
    ["### Java", "### JavaScript가 싱글 스레드인 이유"],
    ["### 로그", "### 로그인 상태를 세션에 두는 이유"],
  ])("does not take '%s' as what '%s' names", (sibling, reason) => {
    const cards = noteCards([
      "# 백엔드 정리", // 1
      "## 비교해 둘 것", // 2
      "서로 헷갈리는 것들을 나란히 놓고 정리했습니다.",
      sibling, // 4
      "요청을 보내고 결과가 올 때까지 기다렸다가 다음 일을 하는 식으로 설명할 수 있습니다.",
      reason, // 6
      "기다리는 동안 다른 일을 처리할 수 있어서 자원을 효율적으로 쓸 수 있기 때문입니다.",
    ]);
    expect(cards.find((c) => c[0] === 4)).toBeDefined();
    expect(cards.find((c) => c[0] === 6)?.[3]).not.toBe(4);
  });

  it("keeps a reason that names the parent with the parent", () => {
    expect(
      noteCards([
        "## 자바스크립트", // 1
        "자바스크립트는 싱글 스레드 기반의 언어로, 한 번에 한 작업만 실행합니다.",
        "### 동기", // 3
        "코드가 위에서 아래로 차례대로 실행되고, 앞의 작업이 끝나야 다음 작업이 시작됩니다.",
        "### 자바스크립트에서 비동기 처리가 필요한 이유", // 5
        "싱글 스레드라서 오래 걸리는 작업을 기다리면 화면이 멈추기 때문입니다.",
      ]).find((c) => c[0] === 5)?.[3],
    ).not.toBe(3);
  });
});
