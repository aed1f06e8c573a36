/**
 * A question item raised among the points of a topic's notes, answered by the
 * items nested under it (our own words, written for this test):
 *
 *     ## 가비지 컬렉션
 *     - 새 객체는 Eden 영역에 할당된다.
 *     - Survivor 영역은 왜 두 개일까?
 *         - 한쪽을 비워 두어 단편화 없이 옮기기 위해서다.
 *
 * Beside points stated in sentences, or after the section's own words, it is
 * the interviewer's next question on that topic: a follow-up of the topic's
 * card, and one nested in its answer follows it up in turn. In a list of names
 * with nothing said around it (an interview's topics jotted down) it stays a
 * question of its own.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

const shape = (lines: string[]) => {
  const deck = parseNote(lines);
  const byId = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? byId.get(c.parentId) : null]);
};

describe("a question raised among a topic's points", () => {
  it("follows the topic up beside points stated in sentences", () => {
    expect(
      shape([
        "## 가비지 컬렉션",
        "",
        "- 새로 만든 객체는 Eden 영역에 할당된다.",
        "- Eden이 가득 차면 Minor GC가 일어나고 살아남은 객체는 Survivor로 옮겨짐",
        "- Survivor 영역은 왜 두 개일까?",
        "    - 한쪽을 늘 비워 두고 살아남은 객체를 몰아 옮기면 단편화가 생기지 않기 때문이다.",
      ]),
    ).toEqual([
      [1, "qa", "가비지 컬렉션에 대해 설명해 주세요.", null],
      [5, "followup", "Survivor 영역은 왜 두 개일까?", 1],
    ]);
  });

  it("follows up the question whose answer it is nested in", () => {
    expect(
      shape([
        "## 불변 객체",
        "",
        "- 만든 뒤에는 내부 상태가 바뀌지 않는 객체 (`final` 필드 등)",
        "- 여러 스레드가 함께 읽어도 안전함",
        "- 불변 객체의 단점은?",
        "    - 값을 바꿀 때마다 새 객체를 만들어야 한다.",
        "    - 방어적 복사와 깊은 복사는 어떻게 다를까?",
        "        - 방어적 복사는 바깥 객체만 새로 만들고 안의 요소는 그대로 쓴다.",
      ]),
    ).toEqual([
      [1, "qa", "불변 객체에 대해 설명해 주세요.", null],
      [5, "followup", "불변 객체의 단점은?", 1],
      [7, "followup", "방어적 복사와 깊은 복사는 어떻게 다를까?", 5],
    ]);
  });

  it("follows the topic up after the section's own words, beside named parts", () => {
    expect(
      shape([
        "## 흐름 제어",
        "",
        "수신 호스트가 한 번에 처리할 수 있는 데이터의 양에는 한계가 있다.",
        "",
        "- 송신 버퍼와 수신 버퍼",
        "    - 보낼 데이터와 받은 데이터가 잠시 머무는 공간",
        "- 수신 버퍼보다 많이 보내면?",
        "    - 넘친 데이터는 버려지고 다시 보내야 한다.",
      ]),
    ).toEqual([
      [1, "qa", "흐름 제어에 대해 설명해 주세요.", null],
      [7, "followup", "수신 버퍼보다 많이 보내면?", 1],
    ]);
  });

  it("follows a question heading up from among the points of its answer, but a word its answer defines stays in it", () => {
    expect(
      shape([
        "## 해시란?",
        "",
        "임의의 길이 데이터를 고정된 길이의 값으로 바꾸는 것이다.",
        "- 데이터가 많아지면 서로 다른 값이 같은 해시로 충돌함",
        "- 그래도 쓰는 이유는?",
        "    - 적은 메모리로 평균 O(1)에 찾을 수 있기 때문이다.",
        "",
        "## 영속성이 뭔데?",
        "",
        "- 사전적 의미: 오래 이어지는 성질.",
        "- 프로그래밍에서 영속화란?",
        "    - 프로그램이 꺼져도 남도록 데이터를 디스크에 저장하는 것.",
      ]),
    ).toEqual([
      [1, "qa", "해시란?", null],
      [5, "followup", "그래도 쓰는 이유는?", 1],
      [8, "qa", "영속성이 뭔데?", null],
    ]);
  });

  it("stays a question of its own under a title naming the notes, a study's week or a day's log (a second reader's notes)", () => {
    for (const title of ["# CS 스터디 3주차", "# TIL 2024-03-02", "# 2024.05.14"]) {
      const cards = shape([
        title,
        "",
        "이번 주에는 운영체제 파트를 나눠 발표했고 나는 스레드를 맡았다.",
        "",
        "- 프로세스는 실행 중인 프로그램의 인스턴스이다.",
        "- 왜 멀티 프로세스 대신 멀티 스레드를 쓸까?",
        "    - 만드는 비용과 전환 비용이 적고 메모리를 함께 쓸 수 있어서다.",
      ]);
      expect(cards).toContainEqual([6, "qa", "왜 멀티 프로세스 대신 멀티 스레드를 쓸까?", null]);
    }
  });

  it("leaves in a question heading's answer the steps it asks through, which name nothing to drill (\"서버는?\", \"그 다음은?\", \"왜?\", \"예를 들면?\")", () => {
    expect(
      shape([
        "## 3-way handshake 과정은?",
        "",
        "데이터를 보내기 전에 양쪽이 통신할 준비가 됐는지 확인하는 절차이다.",
        "",
        "- 클라이언트가 SYN을 보낸다.",
        "- 서버는?",
        "    - SYN과 ACK를 함께 보낸다.",
        "- 그 다음은?",
        "    - 클라이언트가 ACK를 보내면 연결이 맺어진다.",
        "",
        "## GC란?",
        "",
        "더 이상 참조되지 않는 객체를 찾아 메모리를 자동으로 되찾는 기능이다.",
        "",
        "- 개발자가 직접 해제하지 않아도 된다.",
        "- 예를 들면?",
        "    - 메서드가 끝나 지역 변수가 사라지면 그것만 가리키던 객체가 대상이 된다.",
        "- 왜?",
        "    - 도달할 수 없는 객체는 다시 쓰일 수 없기 때문이다.",
      ]),
    ).toEqual([
      [1, "qa", "3-way handshake 과정은?", null],
      [11, "qa", "GC란?", null],
    ]);
  });

  it("stays a question of its own among jotted topics with nothing said around them", () => {
    const cards = shape([
      "# 2차 면접",
      "",
      "https://example.com/interview-notes",
      "",
      "- 리사이클러뷰 홀더",
      "    - 뷰를 다시 쓰기 위해 홀더를 강제한다.",
      "- 화면이 멈춘 문제는 어떻게 고쳤는가?",
      "    - 무거운 조회를 별도 스레드로 옮겼다.",
    ]);
    expect(cards).toContainEqual([7, "qa", "화면이 멈춘 문제는 어떻게 고쳤는가?", null]);
  });
});
