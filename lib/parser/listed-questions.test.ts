/**
 * Questions listed at the top of a note and answered by its sections further down, and
 * questions asked inside a part of an answer (blind set 18), on fixture notes written for
 * these tests. Each test pins the whole deck: [line, kind, prompt, parent's line] per card,
 * and the unanswered questions as [line, prompt].
 */
import { describe, expect, it } from "vitest";
import { parseFixtureUnanswered } from "@/test/helpers/parse-fixture";
import { parseDeck } from "@/lib/parser";

const parsed = parseFixtureUnanswered;

describe("questions listed before the notes that answer them", () => {
  it("a listed question that asks exactly to explain a section below takes that section as its answer; one nested under it follows it up; one nothing explains stays unanswered", () => {
    const { cards, unanswered } = parsed("listed-questions-answered.md");
    expect(cards).toEqual([
      [11, "script", "해시 테이블의 충돌 해결 방식에 대해 설명하시오.", null],
      [19, "followup", "Separate Chaining이 무엇인지 설명하시오.", 11],
      [23, "script", "개방 주소법에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([[5, "리해싱은 언제 일어나나요?"]]);
  });

  it("a sub-question nested under a listed question with no answer is listed as unanswered too, never dropped", () => {
    const { unanswered } = parsed("wild-question-list.md");
    expect(unanswered.map(([line]) => line)).toEqual([3, 4, 5, 6, 7, 8]);
  });
});

describe("a listed question wrapped onto the next line", () => {
  it("is one question: a first line that stops mid-sentence is finished by the next; a second sentence that asks again is part of it, not its answer", () => {
    const { cards, unanswered } = parsed("wrapped-list-questions.md");
    expect(cards).toEqual([[7, "qa", "로그가 디스크를 가득 채웠을 때 가장 먼저 무엇을 하시나요?", null]]);
    expect(unanswered).toEqual([
      [5, "서버 응답이 느려서 vmstat을 봤습니다. us, sy, wa 가운데 어느 값을 먼저 확인하시나요? 정상인 서버라면 각 값은 어느 정도여야 할까요?"],
      [10, "cron과 systemd timer 중 무엇을 쓰시나요?"],
    ]);
  });
});

describe("a question asked inside a part of the answer", () => {
  it("is answered within that part: the next heading as high as the part's goes back to the main answer", () => {
    const { deck, cards } = parsed("question-in-part.md");
    expect(cards).toEqual([
      [1, "qa", "직렬화는 왜 필요한가요?", null],
      [11, "followup", "Parcelable이 Serializable보다 빠른 이유는 무엇인가요?", 1],
    ]);
    expect(deck.cards[1]!.answer).toBe("리플렉션을 쓰지 않고 필요한 필드만 직접 쓰기 때문에 임시 객체가 거의 생기지 않습니다.");
    expect(deck.cards[0]!.answer).toContain("## 직렬화 라이브러리\n\nkotlinx.serialization은");
  });
});

describe("a question table answered only by links to other notes", () => {
  it("lists every row as a question still to answer, a link whose address holds brackets too", async () => {
    const { parseDeck } = await import("./index");
    const note = [
      "## 운영체제",
      "| 질문 | 답변 | 작성자 |",
      "| :-- | :-: | :-: |",
      "|프로세스와 스레드의 차이를 설명하시오.|[1102](https://example.com/os/ProcessThread.md)|지인|",
      "|동시성과 병렬성의 차이는 무엇일까요?|[1102](https://example.com/os/Concurrency_(A)Sync.md)|수빈|",
      "",
    ].join("\n");
    const deck = parseDeck(note, { path: "README.md" });
    expect(deck.cards).toEqual([]);
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [4, "프로세스와 스레드의 차이를 설명하시오."],
      [5, "동시성과 병렬성의 차이는 무엇일까요?"],
    ]);
  });
});

describe("an item that only announces the questions nested under it", () => {
  it("gives those questions, each with its answer, and no card of its own ('- 동기화에 관련해 질문 드리겠습니다')", () => {
    const note = [
      "# 운영체제 면접",
      "",
      "- 캐시 메모리는 왜 쓰나요?",
      "    - CPU와 메모리의 속도 차이를 메우려고 씁니다.",
      "- 동기화에 관련해 질문 드리겠습니다",
      "    - 임계 영역이 무엇인가요?",
      "        - 여러 스레드가 함께 쓰는 자원에 접근하는 코드 구간입니다.",
      "    - 뮤텍스와 세마포어의 차이를 설명해 주세요.",
      "        - 뮤텍스는 하나만, 세마포어는 정해진 수만큼 들어갈 수 있습니다.",
      "- 교착 상태는 언제 생기나요?",
      "    - 네 가지 조건이 모두 성립할 때 생깁니다.",
      "",
    ].join("\n");
    const deck = parseDeck(note, { path: "os.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [3, "qa", "캐시 메모리는 왜 쓰나요?", "- CPU와 메모리의 속도 차이를 메우려고 씁니다."],
      [6, "qa", "임계 영역이 무엇인가요?", "- 여러 스레드가 함께 쓰는 자원에 접근하는 코드 구간입니다."],
      [8, "qa", "뮤텍스와 세마포어의 차이를 설명해 주세요.", "- 뮤텍스는 하나만, 세마포어는 정해진 수만큼 들어갈 수 있습니다."],
      [10, "qa", "교착 상태는 언제 생기나요?", "- 네 가지 조건이 모두 성립할 때 생깁니다."],
    ]);
  });
});

describe("a question heading written inside a listed question's answer (a Notion page exported as a list)", () => {
  it("follows that question up with the words under it; the answer's own title heading stays in the answer", () => {
    const note = [
      "# 운영체제 면접",
      "",
      "- 문자 인코딩을 아시나요? 아스키 코드가 무엇일까요?",
      "    ",
      "    ## 아스키 코드란?",
      "    ",
      "    문자 하나를 7비트로 나타내는 부호 체계입니다.",
      "    ",
      "    ### 그럼 한글은 어떻게 나타내나요?",
      "    ",
      "    아스키로는 모자라서 유니코드와 UTF-8 같은 인코딩을 씁니다.",
      "    ",
      "- 32비트와 64비트 CPU의 차이",
      "    ",
      "    # 32비트와 64비트 CPU의 차이",
      "    ",
      "    한 번에 처리하는 레지스터의 크기가 다릅니다.",
      "    ",
      "    ## 왜 32비트는 메모리를 4GB까지만 쓸까?",
      "    ",
      "    32비트로 나타낼 수 있는 주소가 2의 32제곱 바이트이기 때문입니다.",
      "- 페이지 폴트는 언제 나나요?",
      "    - 찾는 페이지가 메모리에 없을 때 납니다.",
      "",
    ].join("\n");
    const deck = parseDeck(note, { path: "os.md" });
    const parentLine = (c: (typeof deck.cards)[number]) => (c.parentId ? deck.cards.find((p) => p.id === c.parentId)!.lineStart : null);
    expect(deck.cards.map((c) => [c.lineStart, c.kind, parentLine(c)])).toEqual([
      [3, "qa", null],
      [9, "followup", 3],
      [13, "qa", null],
      [19, "followup", 13],
      [22, "qa", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("## 아스키 코드란?\n\n문자 하나를 7비트로 나타내는 부호 체계입니다.");
    expect(deck.cards[1]!.answer).toBe("아스키로는 모자라서 유니코드와 UTF-8 같은 인코딩을 씁니다.");
    expect(deck.cards[3]!.answer).toBe("32비트로 나타낼 수 있는 주소가 2의 32제곱 바이트이기 때문입니다.");
  });
});
