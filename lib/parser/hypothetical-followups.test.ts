/**
 * "만약 …?" put right after an answered question (notes of our own, written
 * for this test): the interviewer bending the case just answered, so a
 * follow-up of that question, whether the questions are headings or "Q) …
 * A) …" lines. Inside an explanation the same words are the writer's example
 * and stay in the answer. So is one that asks past or again what that answer
 * named ("…방식 말고 다른 모델도 있나요?", "…도 같은 현상이 일어나나요?").
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const HEADINGS = [
  "### 인덱스는 어떻게 검색을 빠르게 하나요?", // 1
  "",
  "정렬된 B+Tree에서 루트부터 내려가며 범위를 좁히기 때문입니다.",
  "",
  "### 만약 인덱스 컬럼을 함수로 감싸서 조회하면 어떻게 되나요?", // 5
  "",
  "인덱스를 타지 못하고 전체를 스캔하게 됩니다.",
];

const LINES = [
  "Q) 스택과 큐의 차이점이 무엇인가요?", // 1
  " A) 스택은 나중에 넣은 것을 먼저 꺼내고, 큐는 먼저 넣은 것을 먼저 꺼냅니다.",
  "",
  "Q) 만약에 큐를 스택 두 개로 만든다면 어떻게 하시겠어요? A) 입력용과 출력용 스택을 두고 출력용이 비면 옮깁니다.", // 4
];

const PROSE = [
  "## 탐욕 알고리즘", // 1
  "",
  "매 순간 가장 좋아 보이는 선택을 하는 방법입니다. 거스름돈을 가장 큰 동전부터 주는 것이 예입니다.",
  "",
  "만약 동전이 1, 7, 10원이라면 어떻게 될까? 14원을 10+1+1+1+1로 주게 되어 7+7보다 많은 동전을 씁니다.",
];

describe("a hypothetical put right after an answered question", () => {
  it("follows a question heading up", () => {
    expect(noteCards(HEADINGS)).toEqual([
      [1, "qa", "인덱스는 어떻게 검색을 빠르게 하나요?", null],
      [5, "followup", "만약 인덱스 컬럼을 함수로 감싸서 조회하면 어떻게 되나요?", 1],
    ]);
  });

  it("follows a question line up", () => {
    expect(noteCards(LINES)).toEqual([
      [1, "qa", "스택과 큐의 차이점이 무엇인가요?", null],
      [4, "followup", "만약에 큐를 스택 두 개로 만든다면 어떻게 하시겠어요?", 1],
    ]);
  });

  it("stays the writer's example inside an explanation", () => {
    const deck = parseNote(PROSE);
    expect(deck.cards.map((c) => [c.lineStart, c.kind])).toEqual([[3, "script"]]);
    expect(deck.cards[0]!.answer).toContain("만약 동전이 1, 7, 10원이라면");
  });
});

const PAST_OR_AGAIN = [
  "Q. 프로세스 간 통신 방식에는 무엇이 있나요?", // 1
  "공유 메모리와 메시지 전달 방식이 있습니다.",
  "",
  "Q. 공유 메모리와 메시지 전달 방식 말고 다른 모델도 있나요?", // 4
  "파이프와 소켓도 쓰입니다.",
  "",
  "Q. 캐시를 비우면 첫 요청이 느려지나요?", // 7
  "다시 채워질 때까지 원본을 읽어야 해서 느려집니다.",
  "",
  "Q. 캐시 서버를 재시작해도 같은 현상이 생기나요?", // 10
  "메모리 캐시라면 재시작으로 비워지니 같은 일이 생깁니다.",
];

describe("a question asking past or again what the answer before it named", () => {
  it("follows that question up", () => {
    expect(noteCards(PAST_OR_AGAIN).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [1, "qa", null],
      [4, "followup", 1],
      [7, "qa", null],
      [10, "followup", 7],
    ]);
  });
});

const DOUBTS = [
  "### 면접 질문", // 1
  "",
  "캐시와 버퍼의 차이를 말해 보세요.", // 3
  "",
  "캐시는 자주 쓰는 데이터를 가까이 두는 것이고, 버퍼는 속도가 다른 두 장치 사이에서 데이터를 잠시 모아 두는 곳입니다.",
  "",
  "캐시를 두면 데이터가 어긋날 수 있는 것 아닌가?", // 7
  "",
  "그래서 쓰기 정책과 만료 시간으로 원본과 맞춥니다.",
  "",
  "로드 밸런서의 역할을 말해 보세요.", // 11
  "",
  "들어오는 요청을 여러 서버에 나눠 보내 한 서버에 몰리지 않게 합니다.",
  "",
  "세션은 서버마다 따로 저장되지 않나요?", // 15
  "",
  "세션 저장소를 한곳에 두거나 고정 세션을 씁니다.",
  "",
  "왜 운영체제는 교착 상태를 미리 막지 않나요?", // 19
  "",
  "예방하는 비용이 교착 상태가 드물게 생기는 비용보다 커서입니다.",
];

describe("a question doubting what the answer before it claimed", () => {
  it("follows that question up when it names what that question asked and its answer said; a 'why not' question, or one naming nothing asked before, asks anew", () => {
    expect(noteCards(DOUBTS).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [3, "qa", null],
      [7, "followup", 3],
      [11, "qa", null],
      [15, "qa", null],
      [19, "qa", null],
    ]);
  });

  it("…but a bank of question headings asks such a question on its own, shared word or not", () => {
    const headings = ["## 자바의 String은 왜 불변인가요?", "", "문자열 풀에서 같은 값을 여러 곳이 함께 쓰기 때문입니다.", "", "## 자바는 Call by Reference 아닌가요?", "", "아닙니다. 참조값을 복사해 넘기는 Call by Value입니다."];
    expect(noteCards(headings).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [1, "qa", null],
      [5, "qa", null],
    ]);
  });

  it("…and so is one whose name the answer before it never said", () => {
    const bank = ["1. 팀 프로젝트에서 갈등이 있었던 경험을 말해 주세요.", "   - 리뷰 방식으로 의견이 갈려 체크리스트를 함께 만들었습니다.", "2. 프로젝트 일정이 밀리면 품질을 포기해야 하지 않나요?", "   - 핵심 기능의 테스트는 지키고 범위를 줄이겠습니다."];
    expect(noteCards(bank).map(([line, kind]) => [line, kind])).toEqual([
      [1, "qa"],
      [3, "qa"],
    ]);
  });
});

describe("a doubt among 'Q.' lines written down from an interview", () => {
  it("follows the question whose answer it doubts", () => {
    const lines = ["## 네트워크 스터디", "", "Q. TCP와 UDP의 차이를 설명해 주세요.", "", "TCP는 연결을 맺고 순서와 재전송을 보장하고, UDP는 연결 없이 보내 빠릅니다.", "", "Q. UDP는 순서가 뒤섞이면 쓸 수 없지 않나요?", "", "실시간 음성처럼 늦은 패킷이 쓸모없는 곳에서는 순서보다 지연이 중요합니다."];
    expect(noteCards(lines).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [3, "qa", null],
      [7, "followup", 3],
    ]);
  });

  it("keeps the id it had as a question of its own (value from the parser before the doubt was read)", async () => {
    const lines = ["## 네트워크 스터디", "", "Q. TCP와 UDP의 차이를 설명해 주세요.", "", "TCP는 연결을 맺고 순서와 재전송을 보장하고, UDP는 연결 없이 보내 빠릅니다.", "", "Q. UDP는 순서가 뒤섞이면 쓸 수 없지 않나요?", "", "실시간 음성처럼 늦은 패킷이 쓸모없는 곳에서는 순서보다 지연이 중요합니다."];
    const { parseDeck } = await import("./index");
    expect(parseDeck(lines.join("\n"), { path: "notes/q.md" }).cards.map((c) => c.id)).toEqual(["628b923e6418e2a0", "d9a92da898067af0"]);
  });
});

describe("the id of a doubt made a follow-up", () => {
  it("stays the one it had as a question of its own (value from the parser before the doubt was read)", async () => {
    const { parseDeck } = await import("./index");
    const card = parseDeck(DOUBTS.join("\n"), { path: "notes/doubts.md" }).cards.find((c) => c.lineStart === 7)!;
    expect([card.kind, card.id]).toEqual(["followup", "2e71c2b21f63648f"]);
  });
});
