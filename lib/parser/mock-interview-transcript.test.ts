/**
 * A mock interview written down as "Q : …" / "A : …" pairs (notes of our own,
 * written for this test), the shape of a study group's transcripts: an answer
 * that only says "몰라~" or "…설명 못하겠다" was not given, so its question is
 * listed to answer, never carded; a second question jotted under the first with
 * nothing else is no answer either; and the reviewers' remarks, "## Feedback"
 * over "### from 민수", are no cards, whatever the note is titled.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const TRANSCRIPT = [
  "Q : TCP 연결을 맺는 과정을 설명해주세요!", // 1
  "",
  "A : 클라이언트가 SYN을 보내고 서버가 SYN+ACK로 답하면 클라이언트가 ACK를 보내 연결이 열린다.",
  "",
  "---",
  "",
  "Q : TIME_WAIT은 얼마나 기다리나요?", // 7
  "",
  "A : 몰라~",
  "",
  "---",
  "",
  "Q : 힙과 스택 영역에 대해서 설명해달라", // 13
  "",
  "A : 둘 다 메모리 영역인데, 구체적인 차이를 설명 못하겠다.",
  "",
  "---",
  "",
  "> 상태 코드 304는 뭔지 아시나요?", // 19
  "<!-- TODO -->",
  "",
  "서버에서 304를 돌려주려면 어떻게 구현하나요?", // 22
  "",
  "---",
  "",
  "Q : 흐름 제어를 모르면 생기는 문제는?", // 26
  "",
  "A : 받는 쪽 버퍼가 넘치면 패킷이 버려진다. 어떻게 막는지는 잘 몰라요.",
  "",
  "## Feedback", // 30
  "",
  "### from 민수",
  "말하는 속도가 조금 빨랐지만 두괄식으로 답해서 듣기 좋았습니다.",
  "",
  "### 지수님 피드백", // 35
  "모르는 질문에도 아는 데까지 차분히 설명한 점이 좋았어요!",
];

describe("a mock interview's transcript", () => {
  it("cards only the answers given: '몰라~', '…설명 못하겠다' and a second question jotted alone are listed to answer", () => {
    expect(noteCards(TRANSCRIPT)).toEqual([
      [1, "qa", "TCP 연결을 맺는 과정을 설명해주세요!", null],
      [26, "qa", "흐름 제어를 모르면 생기는 문제는?", null],
    ]);
    expect(parseNote(TRANSCRIPT).unanswered?.map((u) => [u.line, u.prompt])).toEqual([
      [7, "TIME_WAIT은 얼마나 기다리나요?"],
      [13, "힙과 스택 영역에 대해서 설명해달라"],
      [19, "상태 코드 304는 뭔지 아시나요?"],
      [22, "서버에서 304를 돌려주려면 어떻게 구현하나요?"],
    ]);
  });

  it("skips the reviewers' remarks under the feedback heading, naming it", () => {
    expect(parseNote(TRANSCRIPT).warnings.map((w) => [w.line, w.message])).toEqual([[30, '건너뛴 부분: "Feedback" (질문이 아닌 스터디·저장소 안내)']]);
    // (three reviewers or more are read into the heading as its parts: skipped whole all the same)
    const three = [...TRANSCRIPT, "", "### To 하은", "예시를 하나씩 붙이면 더 좋겠습니다."];
    expect(noteCards(three).map((c) => c[0])).toEqual([1, 26]);
  });

  it("keeps a second question alone under the first as its answer unless it asks on, requests or the answer is marked to do", () => {
    const alone = ["> 상태 코드 304는 뭔지 아시나요?", "", "조건부 요청에 대해 바뀐 게 없다는 응답 아닌가요?", "", "> 캐시는 어디에 두나요?", "", "**그럼 무효화는 언제 하나요?**"];
    expect(noteCards(alone).map((c) => c[0])).toEqual([1]);
    expect(parseNote(alone).unanswered?.map((u) => u.line)).toEqual([5, 7]);
  });

  it("keeps a topic named like a remark when no feedback heading gathers it, and a feedback topic that names no one", () => {
    const topics = [
      "## 제어 시스템", // 1
      "",
      "### 긍정 피드백",
      "출력이 입력을 더 키우는 방향으로 되먹임되어 변화가 점점 커지는 구조다.",
      "",
      "### from 절의 역할", // 6
      "조회할 테이블을 정하고 조인으로 여러 테이블을 하나의 결과 집합으로 묶는다.",
    ];
    expect(noteCards(topics).map((c) => c[2])).toEqual(["긍정 피드백에 대해 설명해 주세요.", "from 절의 역할에 대해 설명해 주세요."]);
    const underFeedback = ["## 피드백", "", "### 긍정 피드백", "출력이 입력을 더 키우는 방향으로 되먹임되어 변화가 점점 커지는 구조다."];
    expect(noteCards(underFeedback).map((c) => c[2])).toEqual(["긍정 피드백에 대해 설명해 주세요."]);
  });

  it("keeps an answer that asks back after saying something, and a one-line answer that asks nothing", () => {
    const note = [
      "Q : 인덱스를 많이 걸면 왜 안 좋나요?", // 1
      "",
      "A : 쓰기마다 인덱스도 고쳐야 해서 느려진다. 그럼 읽기가 많은 테이블은 괜찮을까?",
      "",
      "---",
      "",
      "Q : 기본 키는 몇 개까지 둘 수 있나요?", // 7
      "",
      "A : 테이블마다 하나다.",
    ];
    expect(noteCards(note).map((c) => c[0])).toEqual([1, 7]);
  });
});

describe("a group heading under a follow-up label", () => {
  it("is no question still to answer: its questions follow the topic up", () => {
    const note = [
      "## 프로세스와 스레드의 차이", // 1
      "",
      "프로세스는 독립된 메모리 공간을 가지고, 스레드는 프로세스 안에서 코드와 데이터와 힙을 나눠 쓰며 스택만 따로 가진다.",
      "",
      "## 꼬리 질문", // 5
      "",
      "### 프로세스 관련",
      "",
      "#### 프로세스끼리 통신하려면 어떻게 하나요?", // 9
      "",
      "파이프, 메시지 큐, 공유 메모리, 소켓 같은 IPC를 쓴다.",
      "",
      "### 스레드 관련", // 13
      "",
      "#### 스레드끼리 나눠 쓰지 않는 것은?",
      "",
      "스택과 레지스터, 프로그램 카운터는 스레드마다 따로 가진다.",
      "",
      "### HTTP/3", // 19
    ];
    expect(noteCards(note)).toEqual([
      [1, "qa", "프로세스와 스레드의 차이에 대해 설명해 주세요.", null],
      [9, "followup", "프로세스끼리 통신하려면 어떻게 하나요?", 1],
      [15, "followup", "스레드끼리 나눠 쓰지 않는 것은?", 1],
    ]);
    // (an empty follow-up topic with nothing under it at all is still one to answer)
    expect(parseNote(note).unanswered?.map((u) => [u.line, u.prompt])).toEqual([[19, "HTTP/3에 대해 설명해 주세요."]]);
  });
});
