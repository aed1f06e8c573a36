/**
 * Misfires two second readers found in this round's rules, each narrowed and pinned here. Notes written for these
 * tests, in the shapes the readers tried.
 */
import { describe, expect, it } from "vitest";
import { noteCards as cards, parseNote as parse } from "@/test/helpers/parse-fixture";

describe("questions under a heading that gathers more of a question's matter", () => {
  it("a follow-up the parser read before keeps the id it had (\"## …? / ### 추가 정리 / #### …?\")", () => {
    const lecture = ["## 캐시는 왜 빠른가요?", "", "CPU 가까이에 작고 빠른 메모리를 두어 자주 쓰는 데이터를 먼저 찾기 때문입니다.", "", "### 추가 정리", "", "#### 캐시 적중률을 높이려면 어떻게 하나요?", "", "지역성을 살려 가까운 데이터를 모아 두고 반복해서 접근하게 만듭니다."];
    // (the ids the parser gave them before this round)
    expect(parse(lecture).cards.map((c) => [c.lineStart, c.kind, c.id])).toEqual([
      [1, "qa", "f4916c3171604502"],
      [7, "followup", "0c2b3adb1caf5e2b"],
    ]);
  });

  it("\"## 번외\" is off the question's topic: its questions are the note's own", () => {
    const aside = ["# JVM의 메모리 구조를 설명해주세요.", "", "힙, 스택, 메서드 영역, PC 레지스터, 네이티브 메서드 스택으로 나뉩니다.", "", "## 번외", "", "### Redis는 싱글 스레드인데 왜 빠른가요?", "", "메모리에서 처리하고 이벤트 루프로 입출력을 다중화하기 때문입니다."];
    expect(cards(aside).map(([line, kind]) => [line, kind])).toEqual([
      [1, "qa"],
      [7, "qa"],
    ]);
  });

  it("a question numbered on from the one above (\"### Q2.\" under \"# Q1.\") is one of the note's own", () => {
    const numbered = ["# Q1. 프로세스란 무엇인가요?", "", "실행 중인 프로그램입니다.", "", "## ✍️ 추가 정리", "", "### Q2. 스레드란 무엇인가요?", "", "프로세스 안의 실행 흐름입니다."];
    expect(cards(numbered).map(([line, kind]) => [line, kind])).toEqual([
      [1, "qa"],
      [7, "qa"],
    ]);
  });
});

describe("boxes beside quoted question boxes", () => {
  const boxes = (title: string) => [
    "## 네트워크",
    "",
    "> **TCP와 UDP의 차이는?**",
    "> TCP는 연결을 맺고 순서를 보장하며, UDP는 연결 없이 보냅니다.",
    "",
    `> **${title}**`,
    "> 신뢰가 필요하면 TCP, 지연이 중요하면 UDP를 고릅니다.",
    "",
    "> **3-way handshake는 왜 필요한가요?**",
    "> 양쪽이 보내고 받을 준비가 되었는지 서로 확인하려고요.",
    "",
    "> **TIME_WAIT는 왜 있나요?**",
    "> 늦게 온 패킷이 새 연결에 섞이지 않게 하려고 잠시 기다립니다.",
  ];

  it("a box titled like a callout is a note beside the answers, never a topic card", () => {
    for (const title of ["💡 한 줄 정리", "주의!", "Tip:", "면접관 피드백", "쉽게 말하면", "A. 연결 여부의 차이"]) {
      expect(cards(boxes(title)).map(([line]) => line)).toEqual([3, 9, 12]);
    }
  });

  it("a bare name among question boxes is asked as a topic", () => {
    expect(cards(boxes("QUIC")).map(([line, , prompt]) => [line, prompt])).toEqual([
      [3, "TCP와 UDP의 차이는?"],
      [6, "QUIC에 대해 설명해 주세요."],
      [9, "3-way handshake는 왜 필요한가요?"],
      [12, "TIME_WAIT는 왜 있나요?"],
    ]);
  });

  it("a name the question before asks about is a part of its answer", () => {
    expect(cards(boxes("TCP")).map(([line]) => line)).toEqual([3, 9, 12]);
  });

  it("an explanation after three boxes that names the heading stays the topic's card, the boxes its follow-ups", () => {
    const explained = [...boxes("QUIC").slice(0, 5), ...boxes("QUIC").slice(8), "", "네트워크 계층에서 TCP와 UDP는 전송 계층을 맡고, 그 위의 응용은 둘 중 하나를 골라 쓴다. 네트워크를 설명할 때는 이 선택의 기준을 먼저 말한다.", "", "| 프로토콜 | 연결 |", "|--|--|", "| TCP | 있음 |", "| UDP | 없음 |"];
    expect(cards(explained).map(([line, kind]) => [line, kind])).toEqual([
      [1, "qa"],
      [3, "followup"],
      [6, "followup"],
      [9, "followup"],
    ]);
  });
});
