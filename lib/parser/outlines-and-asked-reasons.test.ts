/**
 * Two shapes of lecture-style notes:
 * - a list at the top that names, item by item, the headings written below it is the
 *   note's outline: skipped with a warning, the sections it names each keep their card;
 *   a list whose items say something ("`빠름` : 테스트는 빨라야 한다.") summarises the
 *   parts and stays an answer;
 * - "Memory 관리, 왜 필요할까?" asks why the thing it names is needed, in the author's
 *   words: never rewritten into "(the parent)가 필요한 이유는?".
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const OUTLINED = [
  "## 네트워크", // 1
  "- 계층 구조",
  "- 전송 계층: TCP/ UDP/ 포트",
  "- 라우팅",
  "- 혼잡 제어",
  "",
  "### 계층 구조", // 7
  "네트워크는 역할에 따라 계층으로 나뉘고, 각 계층은 아래 계층의 서비스를 씁니다.",
  "",
  "### 전송 계층", // 10
  "전송 계층은 프로세스 사이의 통신을 맡으며 TCP와 UDP가 대표적입니다.",
  "",
  "### 라우팅", // 13
  "라우팅은 패킷이 목적지까지 갈 경로를 고르는 일입니다.",
  "",
  "### 혼잡 제어", // 16
  "혼잡 제어는 네트워크가 감당할 만큼만 보내도록 송신 속도를 조절합니다.",
];

describe("a list naming the headings below it", () => {
  it("is the note's outline: skipped with a warning, each section it names a card", () => {
    expect(noteCards(OUTLINED)).toEqual([
      [7, "qa", "계층 구조에 대해 설명해 주세요.", null],
      [10, "qa", "전송 계층에 대해 설명해 주세요.", null],
      [13, "qa", "라우팅에 대해 설명해 주세요.", null],
      [16, "qa", "혼잡 제어에 대해 설명해 주세요.", null],
    ]);
    expect(parseNote(OUTLINED).warnings).toEqual([{ line: 1, message: '건너뛴 부분: "네트워크" (질문이 아닌 목차)' }]);
  });

  it("stays the answer when its items say something about each part", () => {
    const cards = noteCards([
      "## 좋은 테스트의 규칙", // 1
      "",
      "- `빠름` : 테스트는 빨라야 한다.",
      "- `독립` : 테스트끼리 서로 기대지 않는다.",
      "- `반복` : 어느 환경에서든 같은 결과가 나온다.",
      "",
      "### 빠름", // 7
      "느린 테스트는 자주 돌리지 않게 되고, 그만큼 버그가 늦게 드러납니다.",
      "",
      "### 독립", // 10
      "한 테스트의 실패가 다른 테스트의 실패를 부르지 않아야 원인을 찾기 쉽습니다.",
      "",
      "### 반복", // 13
      "시간이나 네트워크에 기대는 테스트는 환경에 따라 결과가 바뀝니다.",
    ]);
    expect(cards[0]).toEqual([1, "qa", "좋은 테스트의 규칙에 대해 설명해 주세요.", null]);
  });

  it("stays the answer when only a few of its items name a heading below", () => {
    const cards = noteCards([
      "## 전송 계층", // 1
      "- TCP: 연결형, 순서와 도착 보장",
      "- UDP: 비연결형, 가볍고 빠름",
      "- QUIC: UDP 위에서 연결을 맺음",
      "- SCTP: 여러 스트림을 한 연결에",
      "",
      "### TCP", // 7
      "연결을 맺고 순서와 도착을 보장하는 프로토콜입니다.",
      "",
      "### UDP", // 10
      "연결 없이 데이터그램을 보내는 가벼운 프로토콜입니다.",
    ]);
    expect(cards.map((c) => c[0])).toEqual([1, 7, 10]);
  });
});

describe("a heading that asks why the thing it names is needed", () => {
  it("keeps the author's question, a follow-up of the topic it sits under", () => {
    expect(
      noteCards([
        "## Memory", // 1
        "",
        "운영체제에서 메모리는 프로그램이 실행에 필요한 정보를 두는 공간을 말합니다.",
        "",
        "#### Memory 관리, 왜 필요할까?", // 5
        "- 여러 프로그램이 한정된 메모리를 나눠 써야 해서, 운영체제가 이를 관리합니다.",
      ]),
    ).toEqual([
      [1, "qa", "Memory에 대해 설명해 주세요.", null],
      [5, "followup", "Memory 관리, 왜 필요할까?", 1],
    ]);
  });

  it("still reads a bare '왜 필요할까?' as the topic's reason", () => {
    expect(
      noteCards([
        "## 가상 메모리", // 1
        "",
        "실제 메모리보다 큰 주소 공간을 프로세스마다 주는 기법입니다.",
        "",
        "### 왜 필요할까?", // 5
        "- 메모리보다 큰 프로그램도 실행할 수 있고, 프로세스끼리 주소 공간이 나뉩니다.",
      ]),
    ).toEqual([
      [1, "qa", "가상 메모리에 대해 설명해 주세요.", null],
      [5, "qa", "가상 메모리가 필요한 이유는?", null],
    ]);
  });
});
