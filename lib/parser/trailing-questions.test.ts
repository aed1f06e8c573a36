/**
 * A note of questions written as quote lines, each answered below or not
 * (written for this test): questions jotted a line each after the last answer
 * are the note's next questions, listed to answer, never the end of that
 * answer; a lone request under a question is no answer to it.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";
import { splitTrailingQuestions } from "./trailing-questions";

const NOTE = [
  "> 커넥션 풀을 쓰는 이유를 설명해주세요.", // 1
  "",
  "요청마다 연결을 새로 맺으면 비용이 크므로 미리 만들어 둔 연결을 빌려 쓰고 돌려준다.",
  "",
  "> 인덱스가 무엇인지 설명해주세요.", // 5
  "",
  "옵티마이저에 대해 아는대로 설명해주세요.", // 7
  "",
  "> 트랜잭션 격리 수준에 대해 말해주세요.", // 9
  "",
  "동시에 실행되는 트랜잭션이 서로의 변경을 얼마나 볼 수 있는지 정한 단계다.",
  "",
  "DB 락에 대해 설명해주세요.", // 13
  "",
  "트리거가 무엇인지 설명해주세요.", // 15
  "",
  "Redis의 단점은 무엇이 있을까요?", // 17
];

describe("questions jotted after an answer", () => {
  it("are listed to answer and leave the answer before them whole", () => {
    const deck = parseNote(NOTE);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([
      [1, "커넥션 풀을 쓰는 이유를 설명해주세요.", "요청마다 연결을 새로 맺으면 비용이 크므로 미리 만들어 둔 연결을 빌려 쓰고 돌려준다."],
      [9, "트랜잭션 격리 수준에 대해 말해주세요.", "동시에 실행되는 트랜잭션이 서로의 변경을 얼마나 볼 수 있는지 정한 단계다."],
    ]);
    expect(deck.unanswered?.map((u) => [u.line, u.prompt])).toEqual([
      [5, "인덱스가 무엇인지 설명해주세요."],
      [7, "옵티마이저에 대해 아는대로 설명해주세요."],
      [13, "DB 락에 대해 설명해주세요."],
      [15, "트리거가 무엇인지 설명해주세요."],
      [17, "Redis의 단점은 무엇이 있을까요?"],
    ]);
  });

  it("need two or more, a line each, after something that answers", () => {
    expect(splitTrailingQuestions("스택에 쌓인다.\n\n그럼 힙은 어떨까?")).toBeNull();
    expect(splitTrailingQuestions("그럼 힙은?\n\n그럼 스택은?")).toBeNull();
    expect(splitTrailingQuestions("스택에 쌓인다.\n\n그럼 힙은?\n\n- 목록 속 질문은?")).toBeNull();
    // (a hedge and a template's placeholder are no questions jotted; a paragraph of two sentences answers)
    expect(splitTrailingQuestions("스택에 쌓인다.\n\n크기는 코어 수면 되지 않나?\n\n답변을 적어주세요")).toBeNull();
    expect(splitTrailingQuestions("스택에 쌓인다.\n\n빠르다. 그럼 힙은?\n\n스택은 왜 빠를까?")).toBeNull();
    expect(splitTrailingQuestions("스택에 쌓인다.\n\n**힙은 어떨까?**\n\n큐는 무엇인지 설명해 주세요.")).toEqual({ answer: "스택에 쌓인다.", asked: ["힙은 어떨까?", "큐는 무엇인지 설명해 주세요."] });
  });
});

describe("a topic set as a quote among questions set so", () => {
  const note = (topic: string[]) => [
    "> DNS가 무엇인가요?", // 1
    "",
    "도메인 이름을 IP 주소로 바꿔 주는 분산된 이름 체계다.",
    "",
    "> 로드 밸런싱이 무엇인가요?", // 5
    "",
    "<!-- TODO -->",
    "",
    ...topic, // 9
    "> 라우터와 스위치의 차이는?",
    "",
    "라우터는 네트워크 사이를 IP로 잇고, 스위치는 한 네트워크 안에서 MAC 주소로 잇는다.",
  ];

  it("is one more question when paragraphs answer it, never the end of the answer before", () => {
    const deck = parseNote(note(["> 공인 IP와 사설 IP의 차이", "", "공인 IP는 인터넷에서 유일하고, 사설 IP는 내부망에서만 쓰여 NAT로 바꿔 나간다.", ""]));
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [1, "DNS가 무엇인가요?"],
      [9, "공인 IP와 사설 IP의 차이에 대해 설명해 주세요."],
      [13, "라우터와 스위치의 차이는?"],
    ]);
    expect(deck.unanswered?.map((u) => u.line)).toEqual([5]);
  });

  it("is the answer when the note drills question quotes over answer quotes", () => {
    const drill = ["> TCP와 UDP의 차이는?", "", "> 연결 지향 여부의 차이", "", "> 흐름 제어는?", "", "> 받는 쪽 버퍼에 맞춰 보내는 양을 줄인다.", "", "> 혼잡 제어는?", "", "> 네트워크가 막히면 창을 줄인다."];
    expect(parseNote(drill).cards.map((c) => c.prompt)).not.toContain("연결 지향 여부의 차이에 대해 설명해 주세요.");
  });
});
