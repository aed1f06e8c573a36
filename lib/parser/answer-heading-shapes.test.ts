/**
 * Interview-prep templates that name the answer with a heading of its own,
 * seen in public Korean notes outside the corpus (fixture notes written for
 * these tests): "### 답변" / "### 핵심 답변" right under a "## Q1. …?"
 * heading; "## 질문" over the question (quoted or not) answered under a later
 * sibling "## 핵심 답변 (3줄)", after a "## 핵심 키워드" heading and before
 * "## 상세 설명"; a problem set's "### 문제" answered under "### 정답"; a titled
 * note's "## 면접 예상 질문" written after its one part (the note's questions), and
 * its categories ("### 1. … 관련") that open with "**Q: …?**" lines; bold quoted
 * questions ('**"…나요?"**') over their answers under "#### 꼬리 질문 대응"; and
 * "## 관련 문서" / "## 다음 글" sections that only point to other notes; a
 * situation told in polite speech as the question ("…로그가 없습니다.").
 * Each test pins the whole deck: [line, kind, prompt, parent's line] per card.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseFixture } from "@/test/helpers/parse-fixture";

describe("answer headings beside or under the question", () => {
  it("'### 답변' under a question heading is its answer: no second card with the same prompt, its parts fold in, the follow-ups under it follow the question; a topic's '### 답변' stays as it was", () => {
    const { deck, cards } = parseFixture("answer-heading-under-question.md");
    expect(cards).toEqual([
      [3, "qa", "캐시 적중률이 낮을 때 무엇부터 확인하나요?", null],
      [16, "followup", "만료 시간은 어떻게 정하나요?", 3],
      [17, "followup", "캐시를 지우는 시점은?", 3],
      [23, "qa", "로컬 캐시와 분산 캐시는 언제 나눠 쓰나요?", null],
      // (not a question: the answer label under a topic still makes the topic's card)
      [31, "script", "캐시 무효화 전략에 대해 설명해 주세요.", null],
    ]);
    const first = deck.cards[0]!;
    expect(first.answer).toContain("먼저 키 설계가 요청 패턴과 맞는지 봅니다.");
    expect(first.answer).toContain("키에 타임스탬프나 세션 값이 섞였는지 본다");
    expect(first.answer).not.toContain("만료 시간은 어떻게 정하나요");
    // the ids of the cards whose question did not change are those the parser gave before
    expect(deck.cards.map((c) => c.id)).toEqual(["59deb8162dedb3b4", "ae3a44950c4b2a1c", "5338023318f16549", "62cd2049055c21e0", "66fd2d3d8445f371"]);
  });

  it("'## 질문' over a quoted question, answered under '## 핵심 답변 (2줄)' after '## 핵심 키워드' and continued under '## 상세 설명': one card asking the question", () => {
    const { deck, cards, unanswered } = parseFixture("asked-answer-siblings.md");
    expect(cards).toEqual([[6, "qa", "프로세스와 스레드의 차이를 설명해주세요.", null]]);
    const answer = deck.cards[0]!.answer;
    expect(answer).toContain("독립된 메모리, 공유하는 힙, 문맥 교환 비용");
    expect(answer).toContain("프로세스는 운영체제가 자원을 나눠 주는 단위이고");
    expect(answer).toContain("하나가 죽어도 다른 쪽은 계속 돕니다.");
    expect(unanswered).toEqual([
      [19, "멀티 프로세스 대신 멀티 스레드를 고르는 경우는 언제인가요?", 6],
      [20, "스레드마다 따로 가지는 영역은 무엇인가요?", 6],
    ]);
  });

  it("'### 문제' answered under '### 정답': the task is the prompt and the extra question follows it", () => {
    const { deck, cards } = parseFixture("problem-answer-headings.md");
    expect(cards).toEqual([
      [5, "qa", "주어진 타입에서 고른 키만 남기는 MyPick<T, K>를 직접 만드세요.", null],
      [19, "followup", "keyof는 무엇을 돌려주나?", 5],
    ]);
    expect(deck.cards[0]!.answer).toContain("type MyPick<T, K extends keyof T>");
    expect(deck.cards[0]!.answer).toContain("없는 키를 넘기지 못하게 막는다");
  });

  it("'### 질문' is answered under a later '### 상세 설명' (an answer heading too), and a '### 문제' that states a problem with no '### 정답' beside it stays as it was", () => {
    const { deck, cards, unanswered } = parseFixture("asked-without-answer-heading.md");
    expect(cards).toEqual([
      [4, "qa", "퀵 정렬의 평균 시간 복잡도는 얼마인가요?", null],
      [9, "qa", "문제에 대해 설명해 주세요.", null],
      [12, "qa", "정렬 메모의 해결에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[0]!.answer).toBe("피벗이 배열을 고르게 나누면 단계마다 절반씩 줄어서 n log n 이 됩니다.");
    expect(deck.cards.map((c) => c.id)).toEqual(["a216b5480bb0ff6e", "df4a75721d38f5d1", "ff3bc7208909a94e"]);
  });

  it("a titled note's '## 면접 예상 질문' after its one part asks about the note: its bold Q lines and question headings are main questions, not follow-ups of that part", () => {
    const { cards } = parseFixture("collected-questions-after-part.md");
    expect(cards).toEqual([
      [5, "script", "메시지 큐 기초의 구성 요소에 대해 설명해 주세요.", null],
      [9, "qa", "메시지 큐를 쓰는 이유는?", null],
      [13, "qa", "순서가 중요한 메시지는 어떻게 다루나요?", null],
      [17, "qa", "소비자가 처리에 실패하면 메시지는 어떻게 되나요?", null],
    ]);
  });

  it("'## 꼬리 질문' after the one part still follows that part up (as before)", () => {
    const { deck, cards } = parseFixture("followups-after-part.md");
    expect(cards).toEqual([
      [5, "script", "메시지 큐 기초의 구성 요소에 대해 설명해 주세요.", null],
      [9, "followup", "브로커가 없으면 어떤 문제가 생기나요?", 5],
      [13, "followup", "브로커가 여러 대면 메시지는 어디에 저장되나요?", 5],
    ]);
    expect(deck.cards.map((c) => c.id)).toEqual(["cc3499cdc9906a42", "a573a6078a964449", "32ed33907a8fb09e"]);
  });

  it("categories under a titled note's '## 면접 예상 질문' that each open with '**Q: …?**' lines: every Q is its own card, none swallowed by its category", () => {
    const { cards } = parseFixture("collected-question-categories.md");
    expect(cards).toEqual([
      [7, "qa", "인덱스를 걸면 왜 조회가 빨라지나요?", null],
      [12, "qa", "인덱스가 많으면 무엇이 나빠지나요?", null],
      [16, "qa", "복합 인덱스에서 열 순서는 어떻게 정하나요?", null],
    ]);
  });

  it("…but when one category explains before it asks, every category is read as before (same cards, same ids)", () => {
    const { deck, cards } = parseFixture("collected-question-categories-mixed.md");
    expect(cards).toEqual([
      [5, "qa", "인덱스 기본에 대해 설명해 주세요.", null],
      [12, "followup", "인덱스가 많으면 무엇이 나빠지나요?", 5],
      [16, "qa", "복합 인덱스에 대해 설명해 주세요.", null],
      [20, "followup", "열 순서는 어떻게 정하나요?", 16],
    ]);
    expect(deck.cards.map((c) => c.id)).toEqual(["6a3e163f9f8f976e", "8b4560eb5387a000", "cf9ca41a2f40d38c", "a078d41413ed6041"]);
  });

  it("under '#### 꼬리 질문 대응', a bold quoted question on its own line over its answer's lines is a follow-up; a bold quoted question inside an answer's sentence stays in the answer", () => {
    const { deck, cards } = parseFixture("quoted-bold-followups.md");
    expect(cards).toEqual([
      [3, "qa", "트랜잭션 격리 수준을 낮추면 무엇을 얻고 무엇을 잃나요?", null],
      [13, "followup", "팬텀 읽기는 언제 문제가 되나요?", 3],
      [16, "followup", "잠금을 늘리면 해결되지 않나요?", 3],
    ]);
    expect(deck.cards[0]!.answer).toContain("라고 이어 물으면 읽기 위주 화면은 커밋된 읽기로 충분했다고 답합니다.");
    expect(deck.cards[0]!.answer).not.toContain("팬텀 읽기");
    expect(deck.cards[1]!.answer).toBe("집계 결과로 다음 쓰기를 정하는 경우입니다. 그 사이에 새 행이 끼어들면 판단이 틀어집니다.");
    expect(deck.cards[0]!.id).toBe("0beca6d658df28ee");
  });

  it("'## 관련 문서' over wiki links and '## 다음 글' over a link point to other notes: no cards; a question that merely mentions 문서 stays", () => {
    const { deck, cards } = parseFixture("next-reading-sections.md");
    expect(cards).toEqual([
      [3, "qa", "커넥션 풀을 쓰는 이유는 무엇인가요?", null],
      [16, "qa", "문서 검색 기능을 만든다면 무엇부터 정하나요?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("연결을 맺는 비용이 크기 때문에 미리 만들어 둔 연결을 빌려 쓰고 돌려줍니다.");
    expect(deck.cards.map((c) => c.id)).toEqual(["77163e4e99c8cd2a", "484bcb8644465b2b"]);
  });

  it("a situation told in polite speech ('…로그가 없습니다.', '…왔어요.') is the prompt as written, never '…없습니다.에 대해 설명해 주세요.'; a plain '…남긴다' topic keeps its generated request (ids unchanged)", () => {
    const { deck, cards } = parseFixture("polite-statement-questions.md");
    expect(cards).toEqual([
      [5, "qa", "배포 직후 응답 시간이 두 배로 늘었습니다.", null],
      [9, "qa", "로그에 같은 오류가 초당 수백 번 찍힙니다. 무엇부터 보나요?", null],
      [13, "qa", "디스크가 가득 찼다는 알림이 새벽에 왔어요.", null],
      [17, "qa", "“장애 기록은 짧게 남긴다”라는 말을 설명해 주세요.", null],
    ]);
    expect(deck.cards.map((c) => c.id)).toEqual(["a27b5d7f3cb42ec2", "01f972e4ff5b4f9e", "6ff6b183834d7385", "d079ff0bd41bd50d"]);
  });

  it("'## A.' right after a sibling '## Q. …' under a title question answers that Q, not the title: the title's answer is its own text", () => {
    const { deck, cards } = parseFixture("title-question-over-q-a.md");
    expect(cards).toEqual([
      [1, "qa", "HTTP와 HTTPS의 차이는 무엇인가요?", null],
      [5, "followup", "대칭키와 비대칭키의 차이를 설명해주세요", 1],
    ]);
    expect(deck.cards[0]!.answer).toBe("HTTPS는 HTTP에 TLS 암호화를 더한 것입니다.");
    expect(deck.cards[1]!.answer).toBe("대칭키는 같은 키로 암호화와 복호화를 하고, 비대칭키는 공개키와 개인키를 씁니다.\n\n### 장단점\n\n대칭키는 빠르지만 키를 안전하게 건네는 문제가 있습니다.");
  });

  it("question headings as siblings after an empty '### 예상 꼬리 질문' follow up the question asked under '### 질문' / '### 답변' before it", () => {
    const { cards } = parseFixture("asked-label-sibling-followups.md");
    expect(cards).toEqual([
      [4, "qa", "뮤텍스와 세마포어의 차이를 설명해주세요.", null],
      [11, "followup", "이진 세마포어와 뮤텍스는 같은가요?", 4],
      [15, "followup", "스핀락은 언제 쓰나요?", 4],
      [19, "qa", "교착 상태에 대해 설명해 주세요.", null],
    ]);
  });

  it("'Q: …? A: …' on one line is a question with its answer, and the questions after it are their own", () => {
    const { deck, cards } = parseFixture("one-line-q-a.md");
    expect(cards).toEqual([
      [3, "qa", "교착 상태의 네 가지 조건은?", null],
      [5, "qa", "세마포어란?", null],
      [7, "qa", "뮤텍스란?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("상호 배제, 점유 대기, 비선점, 순환 대기");
  });

  it("'### 개념 설명' / '### 설명' name the answer of the heading over them, and an answer heading with nothing of its own takes the parts under it", () => {
    const { deck, cards, unanswered } = parseFixture("answer-label-over-parts.md");
    expect(cards).toEqual([
      [3, "script", "캐시가 필요한 이유에 대해 설명해 주세요.", null],
      [15, "followup", "캐시 적중률이란 무엇인가요?", 3],
      [21, "script", "인덱스에 대해 설명해 주세요.", null],
      [25, "qa", "프로세스와 스레드의 차이를 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[0]!.answer).toBe("#### 지역성\n\n최근에 쓴 데이터와 그 주변 데이터는 곧 다시 쓰일 가능성이 큽니다.\n\n#### 메모리 계층\n\n레지스터, 캐시, 메인 메모리, 디스크 순으로 용량은 커지고 속도는 느려집니다.");
    expect(deck.cards[3]!.answer).toContain("### 스레드");
  });

  it("an empty title question over a heading naming its topic ('# Enum에 대해 설명해 주세요.' then '# Enum'): that topic, to the end of the note, is its answer", () => {
    const { deck, cards, unanswered } = parseFixture("title-question-over-named-topic.md");
    expect(cards).toEqual([[1, "qa", "트랜잭션에 대해 설명해 주세요.", null]]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[0]!.answer).toBe("## 1. 트랜잭션이란?\n\n데이터베이스의 상태를 바꾸는 작업을 하나로 묶은 논리적 단위입니다.\n\n## 2. ACID\n\n원자성, 일관성, 격리성, 지속성을 보장해야 합니다.");
  });

  it("a bold answer label on a line of its own ('**A.**', '**답변**') with the answer on the next lines of its paragraph answers the question (the answer was lost and the question listed unanswered); a Q marker's tag ('Q2 (심화).') is no part of the prompt", () => {
    const { deck, cards, unanswered } = parseFixture("bold-answer-label-lines.md");
    expect(cards).toEqual([
      [3, "qa", "실행 계획에서 가장 먼저 볼 컬럼은 무엇인가요?", null],
      [11, "qa", "인덱스가 없는 컬럼에 잠금 조회를 걸면 어떻게 되나요?", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[0]!.answer).toBe("`type` 컬럼을 가장 먼저 봅니다.  \n전체 스캔인지 인덱스를 타는지 알려 주기 때문입니다.");
    expect(deck.cards[1]!.answer).toBe("조건에 맞는 행을 찾으려고 훑는 모든 행에 잠금이 걸립니다.");
  });

  it("'💬 면접 답변' under a question is its answer, and a '📚 보충 설명' after it goes on with it once, in order", () => {
    const { deck, cards } = parseFixture("interview-answer-headings.md");
    expect(cards).toEqual([
      [3, "qa", "스택과 힙의 차이를 설명해주세요.", null],
      [17, "qa", "메모리 누수는 왜 생기나요?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("스택은 함수 호출마다 자동으로 쌓이고 사라지는 영역이고, 힙은 필요할 때 직접 할당하는 영역입니다.\n\n### 📚 보충 설명\n\n스택은 아래로, 힙은 위로 자랍니다. 둘이 만나면 메모리가 부족한 것입니다.");
    expect(deck.cards[0]!.sources).toEqual(["[메모리 구조](https://example.com/memory)"]);
  });
  it("\"## 질문\" then \"## 답변\" under a title that asks: the answer is the labelled question's only, never the title's too", () => {
    const { deck, cards } = parseFixture("title-question-asked-label.md");
    expect(cards).toEqual([
      [1, "qa", "프로세스와 스레드의 차이는 무엇인가요?", null],
      [7, "qa", "교착 상태가 생기는 네 가지 조건은?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("프로세스는 실행 중인 프로그램이고, 스레드는 그 프로세스 안에서 주소 공간을 나눠 쓰는 실행 흐름입니다.");
    expect(deck.cards[1]!.answer).toBe("상호 배제, 점유 대기, 비선점, 순환 대기가 모두 성립할 때 생깁니다.");
  });
});

describe("a dressed answer heading right under a topic that says nothing itself", () => {
  const note = [
    "# [2주차] Spring", // 1
    "",
    "## IoC/DI의 동작 원리**", // 3
    "### 핵심답변",
    "",
    "IoC는 제어의 역전으로, 객체가 쓸 객체를 스스로 고르지 않고 컨테이너가 만들어 넣어 줍니다.",
    "",
    "#### 🤔 IoC 컨테이너는 어떤 역할을 하나요?", // 8
    "객체의 생성과 생명주기를 관리하고 의존성을 주입합니다.",
    "",
  ];

  it("labels that topic's answer, as '### 답변' does", () => {
    const cards = noteCards(note);
    expect(cards).toEqual([
      [4, "script", "IoC/DI의 동작 원리에 대해 설명해 주세요.", null],
      [8, "followup", "IoC 컨테이너는 어떤 역할을 하나요?", 4],
    ]);
    expect(cards.map((c) => c[2])).not.toContain("핵심답변에 대해 설명해 주세요.");
  });

  it("leaves an answer heading that holds questions of its own to them (a second reader's note)", () => {
    const cards = noteCards(["## 운영체제", "", "### 면접 답변", "", "실제 면접에서 받은 질문과 제가 한 대답을 그대로 옮겨 둡니다.", "", "- **프로세스와 스레드의 차이는?**", "  - 프로세스는 독립된 메모리를 갖고 스레드는 공유한다고 답했습니다.", "- **데드락의 조건은?**", "  - 상호 배제, 점유 대기, 비선점, 순환 대기를 말했습니다.", ""]);
    expect(cards.map((c) => c[2])).toEqual(["프로세스와 스레드의 차이는?", "데드락의 조건은?"]);
  });
});
