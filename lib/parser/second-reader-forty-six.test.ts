/**
 * A second reader's notes against this round's rules (notes written for this
 * test): each rule was narrowed where it took away a real answer or question.
 * Particulars are a header's only ("기준:"/"범위:" lines answer a question); a
 * homework or history heading is skipped only as a leaf to-do list or a dated
 * history; an open fold followed by a closed one is a slip, not the rest of
 * the note; a generic request repeated under two subjects is still named by
 * them; a list of two definitions and their subjects' sides is a question
 * list; points to think over that ask are questions; a title asking what the
 * notes hold takes no follow-ups.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

describe("this round's rules, narrowed by a second reader", () => {
  it("'기준:' and '범위:' lines under a question answer it; '질문:' among '출처:' and '난이도:' lines stays in the card", () => {
    const answered = ["# DB 면접 정리", "", "### 샤딩 키는 어떻게 정하나요?", "", "기준: 카디널리티가 높고 고르게 퍼진 컬럼", "범위: 한 구간에 쓰기가 몰리지 않을 것"];
    expect(noteCards(answered)).toEqual([[3, "qa", "샤딩 키는 어떻게 정하나요?", null]]);
    expect(parseNote(answered).cards[0]!.answer).toContain("카디널리티가 높고");
    const sourced = ["# 기출", "", "## 문제 1", "", "출처: 2023 기술 면접", "난이도: 상", "질문: HashMap은 어떻게 동작하나?", "", "버킷 배열에 해시로 자리를 정하고 충돌은 체이닝으로 푼다."];
    expect(parseNote(sourced).cards[0]!.answer).toContain("HashMap은 어떻게 동작하나?");
  });

  it("'## 과제' over sections of its own, or items answered under them, and '## 변경 이력' over a topic's parts are content", () => {
    const done = ["# 5주차", "", "## 슬라이딩 윈도우", "", "받을 수 있는 만큼 ACK 없이 이어 보낸다.", "", "## 과제", "", "- 흐름 제어 정리해 오기", "", "### 흐름 제어", "", "수신 버퍼가 넘치지 않게 rwnd만큼만 보낸다."];
    expect(noteCards(done).map((c) => c[0])).toEqual([3, 11]);
    const nested = ["# 해시", "", "## 숙제", "", "- 체이닝과 개방 주소법 비교하기", "  - 체이닝: 버킷마다 연결 리스트를 둔다", "  - 개방 주소법: 빈 칸을 찾아 옮긴다"];
    expect(noteCards(nested)).toHaveLength(1);
    const audit = ["# 주문 DB", "", "## 주문 테이블", "", "주문 ID, 회원 ID, 상태, 금액을 둔다.", "", "## 변경 이력", "", "상태가 바뀔 때마다 누가 언제 바꿨는지 남겨야 정산을 검증할 수 있다.", "", "### 트리거로 남기기", "", "UPDATE 트리거에서 이전 값과 새 값을 이력 테이블에 넣는다."];
    expect(noteCards(audit).map((c) => c[0])).toEqual([3, 7, 11]);
  });

  it("a fold left open before a closed one ends where it was opened, the next question its own card", () => {
    const quiz = ["# OS 퀴즈", "", "**Q1. 데드락이란 무엇인가요?**", "", "<details>", "<summary>정답</summary>", "", "서로의 자원을 기다리며 멈춘 상태입니다.", "", "**Q2. 뮤텍스와 세마포어의 차이는?**", "", "<details>", "<summary>정답</summary>", "", "뮤텍스는 하나만, 세마포어는 정한 수만큼 들어갑니다.", "", "</details>"];
    expect(noteCards(quiz).map((c) => c[2])).toEqual(["데드락이란 무엇인가요?", "뮤텍스와 세마포어의 차이는?"]);
  });

  it("a request about a generic side, asked under two subjects, is named by each subject", () => {
    const note = ["# 전송 계층", "", "## TCP", "", "### 특징에 대해 설명해 주세요.", "", "연결 지향이고 신뢰성을 보장한다.", "", "## UDP", "", "### 특징에 대해 설명해 주세요.", "", "비연결형이고 헤더가 작다."];
    expect(noteCards(note).map((c) => c[2])).toEqual(["TCP 특징에 대해 설명해 주세요.", "UDP 특징에 대해 설명해 주세요."]);
  });

  it("a list of two definitions and their subjects' sides keeps a card for each item", () => {
    const note = ["# 네트워크", "", "## 전송 계층", "", "- TCP란?", "  - 연결을 맺고 순서를 보장한다", "- UDP란?", "  - 연결 없이 데이터그램을 보낸다", "- TCP 장점", "  - 손실되면 다시 보낸다", "- UDP 장점", "  - 지연이 적다", "- 차이점", "  - 신뢰성과 속도"];
    expect(noteCards(note).map((c) => c[2])).toEqual(["TCP란?", "UDP란?", "TCP 장점에 대해 설명해 주세요.", "UDP 장점에 대해 설명해 주세요.", "차이점에 대해 설명해 주세요."]);
  });

  it("points to think over that ask are questions, and the topic keeps its own card", () => {
    const note = ["# 캐시", "", "## 캐시 전략", "", "캐시를 먼저 보고 없으면 DB에서 읽어 채운다.", "", "### 생각해 볼 점", "", "- 캐시와 DB의 정합성은 어떻게 맞출까?", "  - 쓸 때 캐시를 지우고 다음 읽기에서 채운다."];
    expect(noteCards(note).map((c) => c[2])).toEqual(["캐시 전략에 대해 설명해 주세요.", "캐시와 DB의 정합성은 어떻게 맞출까?"]);
  });

  it("a title asking what the notes hold takes no follow-ups from the questions under its parts", () => {
    const note = ["# 오늘 정리한 내용은?", "", "## JVM", "", "바이트코드를 실행하는 가상 머신이다.", "", "### GC는 언제 일어나나요?", "", "Eden 영역이 차면 Minor GC가 일어난다."];
    expect(noteCards(note).find((c) => c[0] === 7)).toEqual([7, "qa", "GC는 언제 일어나나요?", null]);
  });
});
