/**
 * Follow-up dresses seen in public Korean interview notes outside the labelled corpus, on fixture
 * notes written for these tests (lib/parser/fixtures): follow-up labels with a trailing word
 * ("꼬리 질문 답변", "꼬리 질문 방어", "꼬리 질문 예상"), bold quoted follow-ups answered on the next
 * line. Each test pins the whole deck: [line, kind, prompt, parent's line] per card, and the
 * unanswered questions as [line, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { isQuestion } from "./questions";
import { sanitizeSource } from "./sanitize";

describe("follow-up dresses from public notes", () => {
  it("'꼬리 질문 답변', '꼬리 질문 방어', '꼬리 질문 예상' are follow-up labels; a bold quoted question answered on the next line is one follow-up", () => {
    const { deck, cards, unanswered } = parseFixture("followup-label-suffixes.md");
    expect(cards).toEqual([
      [5, "qa", "캐시는 어디에 두어야 하나요?", null],
      [11, "followup", "캐시 스탬피드란?", 5],
      [17, "followup", "TTL만 짧게 잡으면 되지 않나요?", 5],
      [20, "followup", "로컬 캐시와 분산 캐시 중 무엇을 쓰나요?", 5],
    ]);
    expect(unanswered).toEqual([[25, "캐시 키는 어떻게 설계하나요?", 5]]);
    expect(deck.cards[2]!.answer).toBe("TTL이 짧으면 적중률이 떨어져 원본 부하가 오히려 늘어납니다.");
  });

  it("'**Q1. …?** 답 …': a bold question leading its paragraph is a follow-up, the rest of the paragraph its answer", () => {
    const { deck, cards, unanswered } = parseFixture("followup-bold-lead.md");
    expect(cards).toEqual([
      [3, "qa", "메시지 큐는 왜 쓰나요?", null],
      [9, "followup", "메시지가 두 번 처리되면 어떻게 하나요?", 3],
      [11, "followup", "순서가 중요한 메시지는 어떻게 다루나요?", 3],
      [14, "followup", "큐가 가득 차면?", 3],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[1]!.answer).toBe("처리 결과를 키로 기록해 같은 메시지를 다시 받아도 한 번만 반영합니다.");
    expect(deck.cards[2]!.answer).toBe("같은 키를 같은 파티션으로 보내 그 안에서만 순서를 지킵니다.\n소비자 수는 파티션 수를 넘기지 않습니다.");
  });

  it("Obsidian callouts ('> [!question]- …?' over its answer): the marker is no text, the title asks and the callout's body answers", () => {
    const { deck, cards, unanswered } = parseFixture("followup-callouts.md");
    expect(cards).toEqual([
      [3, "qa", "인덱스는 왜 쓰나요?", null],
      [9, "followup", "인덱스를 많이 만들면 무엇이 나빠지나요?", 3],
      [12, "followup", "복합 인덱스의 컬럼 순서는 어떻게 정하나요?", 3],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[1]!.answer).toBe("쓰기마다 인덱스도 고쳐야 하므로 삽입과 수정이 느려집니다.");
    // inside fenced code the marker is code and stays as written
    const source = readFileSync(path.join(__dirname, "fixtures", "followup-callouts.md"), "utf8");
    expect(sanitizeSource(source).split("\n")[18]).toBe("> [!note] 코드 안의 표시는 그대로 둡니다");
    expect(sanitizeSource(source).split("\n")[8]).toBe("> 인덱스를 많이 만들면 무엇이 나빠지나요?");
  });

  it("a study group's note: the title asks, members answer under their names, a contents quote (even one linking to '꼬리 질문 모음') is no answer and no label, '꼬리 질문 모음' follows the title", () => {
    const { deck, cards, unanswered } = parseFixture("study-member-answers.md");
    expect(cards).toEqual([
      [1, "qa", "이벤트 루프에 대해 설명해주세요.", null],
      [39, "followup", "마이크로태스크에는 무엇이 있나요?", 1],
      [43, "followup", "setTimeout(fn, 0)은 바로 실행되나요?", 1],
    ]);
    expect(unanswered).toEqual([]);
    const answer = deck.cards[0]!.answer;
    expect(answer.startsWith("### 민수\n\n- 자바스크립트는")).toBe(true);
    expect(answer).toContain("### 미소\n\n- 호출 스택이 빌 때마다");
    expect(answer.endsWith("태스크 큐의 작업을 하나 꺼낸다.")).toBe(true);
    expect(deck.cards[2]!.answer).toBe("아닙니다. 스택이 비고 앞선 마이크로태스크가 모두 끝난 뒤에 실행됩니다.");
    // a term before "…란" still asks; only a bare two-syllable name does not
    // (a name ending in 란 cannot be told from "큐란", a term asked about: both ask)
    expect([isQuestion("큐란"), isQuestion("캐시란"), isQuestion("스택이란")]).toEqual([true, true, true]);
  });

  it("'<summary>꼬리질문 1.</summary>' over a heading that asks: the heading is the follow-up, the blocks under it (a plain sub-heading included) its answer", () => {
    const { deck, cards, unanswered } = parseFixture("followup-folded-headings.md");
    expect(cards).toEqual([
      [3, "qa", "트랜잭션 격리 수준이 뭐예요?", null],
      [9, "followup", "격리 수준을 높이면 무엇을 잃나요?", 3],
      [20, "followup", "팬텀 읽기를 보여 주세요", 3],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[1]!.answer).toBe("```\n잠금이 늘어나 동시에 처리할 수 있는 요청 수가 줄어듭니다.\n```");
    expect(deck.cards[2]!.answer).toContain("##### [예시]\n\n```sql");
  });

  it("a '| 꼬리 질문 | 본질 답 |' table inside a question's answer: each row a follow-up of that question (quotes around the asked words dropped), not answer text", () => {
    const { deck, cards, unanswered } = parseFixture("followup-table-in-answer.md");
    expect(cards).toEqual([
      [3, "qa", "결제 요청을 왜 큐에 넣었나요?", null],
      [11, "followup", "같은 결제가 두 번 나가면요?", 3],
      [12, "followup", "워커가 죽으면요?", 3],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[0]!.answer).toBe("외부 결제사가 느려져도 주문 화면이 멈추지 않도록 요청을 큐에 쌓고 워커가 차례로 보냈습니다.");
    expect(deck.cards[1]!.answer).toBe("주문 번호를 멱등 키로 써서 두 번째 요청은 무시됩니다");
  });

  it("'- Q: …?' then '- A: …' items under '**예상 꼬리 질문**:': each pair is one follow-up with its answer; a Q item left without an A stays unanswered", () => {
    const { deck, cards, unanswered } = parseFixture("followup-qa-items.md");
    expect(cards).toEqual([
      [3, "qa", "자동 로그인에 대해 설명해 주세요.", null],
      [8, "followup", "토큰은 어디에 두나요?", 3],
      [10, "followup", "토큰이 만료되면요?", 3],
    ]);
    expect(unanswered).toEqual([[12, "여러 기기에서 동시에 로그인하면요?", 3]]);
    expect(deck.cards[1]!.answer).toBe("기기의 보안 저장소에 둡니다");
    expect(deck.cards[2]!.answer).toBe("갱신 토큰으로 새 토큰을 받고, 그것도 만료면 로그인 화면으로 보냅니다.");
  });

  it("an arrow leading a question ('- → …?', '→ 그럼 …?') marks a follow-up as '↳' does, and leaves the prompt; an arrow before a statement is answer text", () => {
    const { deck, cards, unanswered } = parseFixture("followup-arrow-marks.md");
    expect(cards).toEqual([
      [3, "qa", "프로세스와 스레드의 차이는?", null],
      [7, "followup", "스레드끼리 나눠 쓰지 않는 것은 무엇인가요?", 3],
      [10, "followup", "그럼 멀티 프로세스는 언제 더 나은가요?", 3],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[2]!.answer).toBe("하나가 죽어도 다른 쪽이 살아 있어야 할 때 낫습니다.\n\n→ 따라서 공유 자원에는 동기화가 필요합니다.");
  });

  it("question sub-headings ending in '…으신가요' or '…다른가요' (no question mark) ask: follow-ups kept as written, not answer text or '…가요에 대해 설명해 주세요'", () => {
    const { cards, unanswered } = parseFixture("followup-honorific-endings.md");
    expect(cards).toEqual([
      [3, "qa", "빈의 생명주기를 설명해 주세요.", null],
      [7, "followup", "초기화 콜백을 직접 써 보신 적이 있으신가요", 3],
      [11, "followup", "생성자에서 초기화하는 것과 무엇이 다른가요", 3],
    ]);
    expect(unanswered).toEqual([]);
    expect([isQuestion("가능한가요"), isQuestion("말씀이신가요"), isQuestion("노래가요")]).toEqual([true, true, false]);
  });

  it("'추가 질문 ①', '꼬리 질문 ②', '심화 질문 3)' before a follow-up heading are its marker and number, not its prompt", () => {
    const { cards, unanswered } = parseFixture("followup-circled-markers.md");
    expect(cards).toEqual([
      [3, "qa", "스레드마다 따로 갖는 것은 무엇인가요?", null],
      [7, "followup", "프로그램 카운터도 레지스터인데 왜 따로 말하나요?", 3],
      [10, "followup", "힙을 같이 쓰면 무엇을 조심해야 하나요?", 3],
      [13, "followup", "스택 크기는 누가 정하나요?", 3],
    ]);
    expect(unanswered).toEqual([]);
  });
});
