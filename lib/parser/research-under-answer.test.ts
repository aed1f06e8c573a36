/**
 * A study template filled in (our own words, written for this test): the
 * question as the title, "## 답안", "## 자료 조사" with the research the answer
 * stands on, then "## 꼬리 질문". The research is more of the one answer, not a
 * card of its own, and the follow-ups follow the question.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# TCP 연결 종료에서 TIME_WAIT가 필요한 이유", // 1
  "",
  "## 답안", // 3
  "",
  "마지막 ACK가 사라지면 상대가 FIN을 다시 보내므로, 그 재전송을 받아 줄 시간이 필요합니다.",
  "",
  "## 자료 조사", // 7
  "",
  "- 용어 정리",
  "    - Active closer: 먼저 연결을 끊는 쪽",
  "    - Passive closer: 그 상대",
  "",
  "## 꼬리 질문", // 13
  "",
  "- 서버도 TIME_WAIT를 가지나요?", // 15
  "    - 먼저 끊는 쪽이 가지므로 서버도 가질 수 있습니다.",
];

describe("research notes beside the answer", () => {
  it("join the answer, and the follow-ups follow the question", () => {
    expect(noteCards(NOTE)).toEqual([
      [3, "script", "TCP 연결 종료에서 TIME_WAIT가 필요한 이유에 대해 설명해 주세요.", null],
      [15, "followup", "서버도 TIME_WAIT를 가지나요?", 3],
    ]);
    const answer = parseNote(NOTE).cards[0]!.answer;
    expect(answer).toContain("재전송을 받아 줄 시간");
    expect(answer).toContain("Active closer: 먼저 연결을 끊는 쪽");
  });

  it("research written before the answer joins after it; '## 자료 조사' with no answer beside it is a heading as before", () => {
    const before = ["# 가비지 컬렉션", "", "## 자료 조사", "", "도달할 수 있는 객체에 표시하고 나머지를 치운다.", "", "## 답안", "", "GC는 참조되지 않는 객체의 메모리를 자동으로 회수합니다."];
    expect(noteCards(before)).toEqual([[7, "script", "가비지 컬렉션에 대해 설명해 주세요.", null]]);
    expect(parseNote(before).cards[0]!.answer.indexOf("GC는 참조되지")).toBe(0);
    const alone = ["# 네트워크 스터디", "", "## TCP", "", "연결을 맺고 순서와 도착을 보장하는 전송 계층 프로토콜이다.", "", "## 자료 조사", "", "RFC 793을 읽고 상태 전이를 그림으로 따로 정리했다."];
    expect(noteCards(alone).map((c) => c[2])).toEqual(["TCP에 대해 설명해 주세요.", "자료 조사에 대해 설명해 주세요."]);
  });
});
