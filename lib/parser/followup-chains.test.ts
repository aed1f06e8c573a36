/** Follow-ups that drill follow-ups ("꼬리의 꼬리질문"), and notes that mark their main questions. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards as cards, parseNote as parse } from "@/test/helpers/parse-fixture";
import { questionKey } from "@/lib/parser";


const STUDY_LOG = [
  "# 📆 3주차 운영체제", // 1
  "",
  "## 🎯 공통 질문: 프로세스와 스레드는 어떻게 다른가요?", // 3
  "",
  "### 민수's 답변: 프로세스는 자원을 따로 받고, 스레드는 프로세스의 자원을 나누어 씁니다.", // 5
  "",
  "## 🔗 꼬리질문: 멀티 스레드의 단점은 무엇인가요?", // 7
  "",
  "### 민수's 답변: 공유 자원에 동시에 접근하면 경쟁 상태가 생깁니다.", // 9
  "",
  "#### 🔗🔗 꼬리의 꼬리질문: 경쟁 상태는 어떻게 막나요?", // 11
  "",
  "##### 민수's 답변: 뮤텍스나 세마포어로 임계 구역을 한 번에 하나만 들어가게 합니다.", // 13
  "",
  "#### 🔗🔗 지은's 꼬리의 꼬리의 꼬리질문: 뮤텍스와 세마포어는 무엇이 다른가요?", // 15
  "",
  "##### 지은's 답변: 뮤텍스는 잠금을 건 스레드만 풀 수 있고, 세마포어는 개수로 접근을 셉니다.", // 17
  "",
  "#### 🔗🔗 지은's 꼬리의 꼬리의 꼬리질문: 그렇다면 데드락은 왜 생기나요?", // 19
  "",
  "##### 지은's 답변: 서로가 가진 자원을 기다리며 아무도 놓지 않을 때 생깁니다.", // 21
  "",
  "#### 🔗🔗 꼬리의 꼬리질문: 컨텍스트 스위칭 비용은 어느 쪽이 큰가요?", // 23
  "",
  "##### 민수's 답변: 주소 공간을 바꾸는 프로세스 쪽이 큽니다.", // 25
  "",
  "#### 🔗🔗🔗 꼬리의 꼬리꼬리질문: TLB는 왜 비워지나요?", // 27
  "",
  "##### 민수's 답변: 주소 공간이 바뀌면 이전 변환이 맞지 않기 때문입니다.", // 29
  "",
];

describe("a chain of follow-ups named by its depth", () => {
  it("each link follows the nearest link one shorter, past its own siblings and their answers", () => {
    expect(cards(STUDY_LOG).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [3, "qa", null],
      [7, "followup", 3],
      [11, "followup", 7],
      [15, "followup", 11],
      // ("그렇다면 …" points back, but the chain names the link it drills)
      [19, "followup", 11],
      [23, "followup", 7],
      [27, "followup", 23],
    ]);
  });

  it("the prompt is the question, without the chain's marker or the member who asked", () => {
    expect(cards(STUDY_LOG).map((c) => c[2])).toEqual([
      "프로세스와 스레드는 어떻게 다른가요?",
      "멀티 스레드의 단점은 무엇인가요?",
      "경쟁 상태는 어떻게 막나요?",
      "뮤텍스와 세마포어는 무엇이 다른가요?",
      "그렇다면 데드락은 왜 생기나요?",
      "컨텍스트 스위칭 비용은 어느 쪽이 큰가요?",
      "TLB는 왜 비워지나요?",
    ]);
  });

  it("an answer written on its heading stays the answer when the next link sits under it", () => {
    expect(parse(STUDY_LOG).cards[1]!.answer).toBe("### 민수's 답변: 공유 자원에 동시에 접근하면 경쟁 상태가 생깁니다.");
  });

  it("a re-import keeps the history of a card whose prompt still carried the marker", () => {
    expect(questionKey("슬기's 꼬리의 꼬리의 꼬리질문: 뮤텍스와 세마포어는 무엇이 다른가요?")).toBe(questionKey("뮤텍스와 세마포어는 무엇이 다른가요?"));
    expect(questionKey("꼬리의 꼬리질문: 경쟁 상태는 어떻게 막나요?")).toBe(questionKey("경쟁 상태는 어떻게 막나요?"));
  });

  it("a chained link that names a topic asks to explain it", () => {
    const note = ["## 🔗 꼬리질문: URL이란?", "", "### 답변: 자원의 위치를 나타내는 주소입니다.", "", "#### 🔗🔗 꼬리의 꼬리질문: URL vs URI 차이", "", "##### 답변: URI는 자원을 식별하고, URL은 그 위치로 식별하는 URI의 한 종류입니다.", ""];
    expect(cards(note)).toEqual([
      [1, "qa", "URL이란?", null],
      [5, "followup", "URL vs URI 차이에 대해 설명해 주세요.", 1],
    ]);
  });

  it("a shorter link met first ends the search: the link follows as a plain follow-up would", () => {
    const note = ["## 인덱스란?", "", "검색을 빠르게 하려고 정렬해 둔 자료구조입니다.", "", "### 꼬리의 꼬리의 꼬리질문: 커버링 인덱스는 무엇인가요?", "", "조회할 열이 모두 인덱스에 있어 테이블을 읽지 않는 경우입니다.", ""];
    expect(cards(note)).toEqual([
      [1, "qa", "인덱스란?", null],
      [5, "followup", "커버링 인덱스는 무엇인가요?", 1],
    ]);
  });
});

describe("a note that marks its main questions", () => {
  it("passes over a stray unmarked question left empty: the follow-up is the marked question's", () => {
    const note = ["## 🎯 공통 질문: DNS는 어떻게 동작하나요?", "", "도메인을 루트, TLD, 권한 서버 순으로 물어 IP 주소를 얻습니다.", "", "## TCP 혼잡 제어를 설명해주세요.", "", "## 🔗 꼬리질문: DNS는 왜 UDP를 쓰나요?", "", "질의와 응답이 짧아 연결을 맺는 비용이 더 크기 때문입니다.", ""];
    const deck = parse(note);
    expect(cards(note)).toEqual([
      [1, "qa", "DNS는 어떻게 동작하나요?", null],
      [7, "followup", "DNS는 왜 UDP를 쓰나요?", 1],
    ]);
    expect(deck.unanswered?.map((u) => u.line)).toEqual([5]);
  });

  it("an unmarked question with an answer is a question of its own that the follow-up drills", () => {
    const note = ["## 🎯 공통 질문: DNS는 어떻게 동작하나요?", "", "도메인을 루트, TLD, 권한 서버 순으로 물어 IP 주소를 얻습니다.", "", "## TCP와 UDP의 차이를 설명해주세요.", "", "TCP는 연결을 맺고 순서를 보장하며, UDP는 그렇지 않습니다.", "", "## 🔗 꼬리질문: UDP는 어디에 쓰이나요?", "", "DNS 질의나 실시간 스트리밍처럼 지연이 더 중요한 곳에 쓰입니다.", ""];
    expect(cards(note).map((c) => [c[0], c[1], c[3]])).toEqual([
      [1, "qa", null],
      [5, "qa", null],
      [9, "followup", 5],
    ]);
  });

  it("without main marks, a follow-up after an empty question stays its own card (it may drill the empty one)", () => {
    const note = ["## 인덱스란 무엇인가요?", "", "데이터를 빠르게 찾기 위한 자료구조입니다.", "", "## 트랜잭션 격리 수준에 대해 설명해주세요.", "", "## 🔗 꼬리질문: Phantom Read는 어떤 격리 수준에서 생기나요?", "", "REPEATABLE READ 이하에서 생길 수 있습니다.", ""];
    expect(cards(note).map((c) => [c[0], c[1], c[3]])).toEqual([
      [1, "qa", null],
      [7, "qa", null],
    ]);
  });
});
