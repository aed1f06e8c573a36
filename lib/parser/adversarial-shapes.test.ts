/**
 * An adversarial pass over shapes the development corpus barely has: notes
 * written for these tests in other dresses (follow-up labels as quotes, bold
 * lines and inline markers, reveal labels in other words, question tables
 * with other headers, nested answer labels, marked steps, README junk).
 * Each test pins the whole deck: [line, kind, prompt, parent's line] per
 * card, and the unanswered questions as [line, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseFixture as parsed } from "@/test/helpers/parse-fixture";
import { classifyLabel } from "./labels";

describe("adversarial note shapes", () => {

  it("follow-up labels as a bold emoji line over Q./A. paragraphs, as a quote holding its list ('> 꼬리 질문' + '> - …?'), and as a bold line over '- 꼬리: …?' items", () => {
    const { deck, cards, unanswered } = parsed("followup-label-dresses.md");
    expect(cards).toEqual([
      [3, "qa", "HTTP와 HTTPS의 차이는?", null],
      [9, "followup", "인증서는 누가 검증하나요?", 3],
      [13, "followup", "대칭키와 공개키를 둘 다 쓰는 이유는?", 3],
      [17, "qa", "DNS 조회 과정을 설명해 주세요.", null],
      [22, "followup", "DNS는 왜 UDP를 주로 쓰나요?", 17],
      [24, "followup", "TTL이 너무 길면 무슨 문제가 있나요?", 17],
      [29, "script", "로드 밸런싱에 대해 설명해 주세요.", null],
      [33, "followup", "세션을 유지하려면 어떻게 하나요?", 29],
      [35, "followup", "헬스 체크는 왜 필요한가요?", 29],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards.find((c) => c.lineStart === 22)!.answer).toBe("- 질의와 응답이 작아 연결을 맺는 비용이 더 크기 때문입니다.");
  });

  it("numbered follow-ups answered in quotes, and numbered follow-ups each answered by a '답 보기' reveal <details>", () => {
    const { deck, cards, unanswered } = parsed("followup-numbered-reveals.md");
    expect(cards).toEqual([
      [3, "qa", "프로세스 스케줄링이란 무엇인가요?", null],
      [9, "followup", "라운드 로빈에서 타임 슬라이스가 너무 짧으면?", 3],
      [11, "followup", "기아 현상은 어떻게 막나요?", 3],
      [14, "qa", "페이지 교체 알고리즘에 대해 설명해주세요", null],
      [20, "followup", "OPT가 실제로 쓰이지 못하는 이유는?", 14],
      [28, "followup", "벨레이디의 모순이란?", 14],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards.find((c) => c.lineStart === 20)!.answer).toBe("앞으로 어떤 페이지를 쓸지 미리 알아야 하기 때문에 비교 기준으로만 씁니다.");
  });

  it("question headings nested under a sibling '## 🤔 꼬리 질문' label, and question headings written as siblings after an empty '### 꼬리질문' label", () => {
    const { cards, unanswered } = parsed("followup-label-siblings.md");
    expect(cards).toEqual([
      [5, "script", "트랜잭션 격리 수준에 대해 설명해 주세요.", null],
      [9, "followup", "Dirty Read가 무엇인가요?", 5],
      [13, "followup", "Phantom Read는 어떤 수준에서 막히나요?", 5],
      [17, "qa", "인덱스는 왜 B+Tree로 만드나요?", null],
      [23, "followup", "해시 인덱스는 언제 유리한가요?", 17],
      [27, "followup", "복합 인덱스에서 컬럼 순서가 중요한 이유는?", 17],
      [31, "qa", "정규화에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("question tables headed Q | A and No. | 면접 질문 | 모범 답안 (inline code kept glued to its particle); a Question | Answer table in a follow-up section follows the row it shares words with; a table with empty answers is unanswered", () => {
    const { deck, cards, unanswered } = parsed("question-table-dresses.md");
    expect(cards).toEqual([
      [7, "qa", "equals와 ==의 차이는?", null],
      [8, "qa", "String이 불변인 이유는?", null],
      [14, "qa", "ArrayList와 LinkedList의 차이를 설명해 주세요", null],
      [15, "qa", "HashMap은 어떻게 동작하나요?", null],
      [21, "followup", "HashMap이 스레드 안전하지 않은 이유는?", 15],
    ]);
    expect(unanswered).toEqual([[27, "ConcurrentHashMap은 어떻게 락을 나누나요?", null], [28, "제네릭의 타입 소거란?", null]]);
    expect(deck.cards.find((c) => c.lineStart === 14)!.answer).toBe("임의 접근은 ArrayList가 빠르고, 중간 삽입은 LinkedList가 링크만 바꾸면 됩니다.");
  });

  it("reveal labels in other words (👀 정답 확인, Show Answer, 펼쳐보기, 클릭해서 답 보기) after a numbered item, a Q1. line and a question heading; a question heading under a quiz topic is one more question; a question <details> inside a reveal follows it up", () => {
    const { cards, unanswered } = parsed("reveal-label-dresses.md");
    expect(cards).toEqual([
      [5, "qa", "var, let, const의 차이는 무엇인가요?", null],
      [14, "qa", "이벤트 버블링이란?", null],
      [22, "qa", "화살표 함수의 this는 어떻게 정해지나요?", null],
      [30, "qa", "브라우저 렌더링 과정을 설명해 주세요", null],
      [36, "followup", "리플로우와 리페인트의 차이는?", 30],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("'Q1.'/'A1.' line pairs in one paragraph, bold **Q3.**/**A3.** paragraphs, a 'Q:' line answered by a quoted 'A:'", () => {
    const { cards, unanswered } = parsed("numbered-qa-lines.md");
    expect(cards).toEqual([
      [5, "qa", "IoC란 무엇인가요?", null],
      [8, "qa", "생성자 주입을 권장하는 이유는?", null],
      [13, "qa", "AOP는 무엇을 해결하나요?", null],
      [17, "qa", "같은 클래스 안에서 호출하면 @Transactional이 안 먹는 이유는?", null],
      [21, "qa", "싱글톤 빈에 상태를 두면 왜 위험한가요?", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("'### 질문'/'### 답변' under numbered headings, an answer label one level deeper ('#### 답변:'), '## Q.'/'## A.' with a sub-heading continuing the answer", () => {
    const { deck, cards, unanswered } = parsed("sibling-qa-nested.md");
    expect(cards).toEqual([
      [7, "qa", "뮤텍스와 세마포어는 어떻게 다른가요?", null],
      [17, "qa", "데드락을 피하는 방법은 무엇인가요?", null],
      [23, "qa", "스레드 풀을 쓰는 이유는?", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards.find((c) => c.lineStart === 17)!.answer).toBe("자원을 항상 같은 순서로 잡거나, 타임아웃을 두거나, 은행원 알고리즘으로 안전 상태를 확인합니다.");
  });

  it("headings that ask in variants and typos keep their words (설명해주세여, 말씀해 주세요, 뭔가요, 차이점은, 설명 부탁드립니다, (보충필요) dropped); noun topics get a natural request", () => {
    const { cards, unanswered } = parsed("request-typos.md");
    expect(cards).toEqual([
      [3, "qa", "HTTPS 동작 방식을 설명해주세여", null],
      [7, "qa", "로드 밸런서에 대해 말씀해 주세요.", null],
      [11, "qa", "OSI 7계층이 뭔가요", null],
      [15, "qa", "TCP와 UDP 차이점은", null],
      [19, "qa", "Promise.all과 Promise.allSettled의 차이점은?", null],
      [23, "qa", "이벤트 루프를 설명해 주실래요?", null],
      [27, "qa", "CORS에 대해 설명하시오", null],
      [31, "qa", "웹 소켓에 대해 설명해 주세요.", null],
      [35, "qa", "브라우저 렌더링 과정에 대해 설명해 주세요.", null],
      [39, "qa", "REST API란", null],
      [43, "qa", "쿠키랑 세션 차이 간단히 설명 부탁드립니다", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("procedures as '[STEP n]' lines, a numbered list under a 순서 question and '**STEP n.**' paragraphs are steps cards, and the prompt never reads '과정의 과정'", () => {
    const { deck, cards, unanswered } = parsed("marked-steps.md");
    expect(cards).toEqual([
      [5, "steps", "TCP 3-way handshake 과정을 단계별로 설명해 주세요.", null],
      [9, "steps", "무중단 배포는 어떤 순서로 진행하나요?", null],
      [18, "steps", "JVM 클래스 로딩 단계를 순서대로 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    const steps = new Map(deck.cards.map((c) => [c.lineStart, c.steps]));
    expect(steps.get(5)).toEqual(["클라이언트가 SYN을 보냅니다.", "서버가 SYN+ACK로 응답합니다.", "클라이언트가 ACK를 보내면 연결이 열립니다."]);
    expect(steps.get(18)).toEqual(["로딩: 클래스 파일을 읽어 메모리에 올립니다.", "링킹: 검증하고 static 필드를 기본값으로 준비하고 심볼릭 참조를 바꿉니다.", "초기화: static 초기화 블록과 static 필드 대입을 실행합니다."]);
  });

  it("a study README: in-page TOC, member table, study rules, an empty section, a link list and a '사용법' section with a CLICK ME fold make no card; the skipped sections are listed with their lines", () => {
    const { deck, cards, unanswered } = parsed("study-readme-junk.md");
    expect(cards).toEqual([
      [26, "script", "프로세스에 대해 설명해 주세요.", null],
      [30, "script", "스레드에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.skipped).toEqual([{ line: 3, heading: "📑 Table of Contents" }, { line: 10, heading: "👥 Members" }, { line: 17, heading: "📌 스터디 규칙" }, { line: 39, heading: "🖱️ 사용법" }]);
  });

  it("English question headings and requests; 'Q:' follow-up items answered by an 'A:' sub-bullet (bullet and marker dropped)", () => {
    const { deck, cards, unanswered } = parsed("english-followups.md");
    expect(cards).toEqual([
      [3, "qa", "What is a closure?", null],
      [9, "followup", "클로저로 private 변수를 어떻게 만드나요?", 3],
      [11, "followup", "Can closures cause memory leaks?", 3],
      [14, "qa", "Explain the difference between null and undefined", null],
      [18, "qa", "Tell me about event delegation", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards.find((c) => c.lineStart === 9)!.answer).toBe("바깥 함수 안에 변수를 두고 그 변수를 쓰는 함수만 돌려줍니다.");
  });

  it("a note titled '… Q&A' is no answer label; a <summary>Q. …</summary> with nested question <details> (꼬리 질문: …, 그렇다면 …) and a follow-up summary listing only questions", () => {
    const { deck, cards, unanswered } = parsed("nested-details-qa-title.md");
    expect(cards).toEqual([
      [3, "qa", "배열과 연결 리스트의 차이를 설명해주세요", null],
      [8, "followup", "캐시 친화성은 어느 쪽이 좋나요?", 3],
      [15, "followup", "그렇다면 연결 리스트는 언제 쓰나요?", 3],
      [24, "qa", "스택으로 큐를 만들 수 있나요?", null],
    ]);
    expect(unanswered).toEqual([[34, "이진 트리와 이진 탐색 트리의 차이는?", null], [35, "레드-블랙 트리는 왜 쓰나요?", null]]);
    expect(deck.deck.title).toBe("자료구조 Q&A");
  });

  it("follow-ups marked on their own line: '#### 꼬리질문 1) …?', '#### 🤔 꼬리 질문: …?', '- **꼬리 질문**: …?' with its answer under it", () => {
    const { cards, unanswered } = parsed("inline-followup-markers.md");
    expect(cards).toEqual([
      [3, "qa", "synchronized와 volatile의 차이를 설명해주세요.", null],
      [7, "followup", "volatile만으로 count++가 안전하지 않은 이유는?", 3],
      [11, "followup", "CAS는 어떻게 동작하나요?", 3],
      [15, "qa", "ThreadLocal은 언제 쓰나요?", null],
      [19, "followup", "스레드 풀에서 ThreadLocal을 쓸 때 주의할 점은?", 15],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("a '## 꼬리 질문' label written after each topic follows the topic right before it, the last one too", () => {
    const { cards, unanswered } = parsed("repeated-followup-labels.md");
    expect(cards).toEqual([
      [3, "qa", "프로세스와 스레드에 대해 설명해 주세요.", null],
      [9, "followup", "멀티 프로세스 대신 멀티 스레드를 쓰는 이유는?", 3],
      [12, "qa", "동기와 비동기의 차이를 설명해 주세요.", null],
      [18, "followup", "블로킹과는 어떻게 다른가요?", 12],
      [21, "qa", "인터럽트에 대해 설명해 주세요.", null],
      [27, "followup", "폴링과 비교하면 장점은?", 21],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("follow-ups drawn as branches ('#### ↳ …?', '#### └ …?', '- ㄴ …?') lose the mark and follow the question above", () => {
    const { cards, unanswered } = parsed("branch-followups.md");
    expect(cards).toEqual([
      [3, "qa", "TCP 혼잡 제어는 어떻게 하나요?", null],
      [7, "followup", "빠른 재전송은 언제 일어나나요?", 3],
      [11, "followup", "빠른 회복은 무엇인가요?", 3],
      [15, "qa", "쿠키와 세션은 어떻게 다른가요?", null],
      [19, "followup", "세션 저장소를 여러 서버가 공유하려면?", 15],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("'#### Q1-1. …?' under a '### 꼬리 질문' label lose their numbering; a <summary>꼬리 질문</summary> over bold Q. paragraphs", () => {
    const { cards, unanswered } = parsed("numbered-subquestions.md");
    expect(cards).toEqual([
      [3, "qa", "인덱스란 무엇인가요?", null],
      [9, "followup", "인덱스를 걸면 안 좋은 컬럼은?", 3],
      [13, "followup", "커버링 인덱스란?", 3],
      [17, "qa", "트랜잭션의 ACID를 설명해 주세요.", null],
      [24, "followup", "지속성은 어떻게 보장하나요?", 17],
      [28, "followup", "격리성을 높이면 무엇을 잃나요?", 17],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("a topic heading answered in a '정답 보기' fold, a question heading answered in a '💡 답변' fold", () => {
    const { cards, unanswered } = parsed("topic-reveals.md");
    expect(cards).toEqual([
      [3, "qa", "오버로딩과 오버라이딩에 대해 설명해 주세요.", null],
      [12, "qa", "추상 클래스와 인터페이스의 차이점은?", null],
      [21, "qa", "JVM 메모리 구조에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("question headings left empty or answered only 'TODO' are unanswered, not cards", () => {
    const { cards, unanswered } = parsed("placeholder-answers.md");
    expect(cards).toEqual([
      [7, "qa", "Optional을 쓰는 이유는?", null],
    ]);
    expect(unanswered).toEqual([[3, "GC는 언제 일어나나요?", null], [5, "스트림과 반복문의 차이는?", null], [11, "제네릭 와일드카드 설명해주세요", null]]);
  });

  it("follow-up labels in more words ('💬 실제 받은 꼬리질문 (2개)', a bold '꼬리 질문' quote over Q./A. lines) and a table whose question column is named '꼬리 질문' follow their topic up", () => {
    const { deck, cards, unanswered } = parsed("followup-label-variants.md");
    expect(cards).toEqual([
      [3, "qa", "스프링 빈의 생명주기를 설명해 주세요.", null],
      [9, "followup", "@PostConstruct는 언제 호출되나요?", 3],
      [11, "followup", "프로토타입 빈도 소멸 콜백이 호출되나요?", 3],
      [15, "qa", "DispatcherServlet의 역할은?", null],
      [21, "followup", "핸들러 매핑은 무엇을 하나요?", 15],
      [25, "qa", "트랜잭션 전파에 대해 설명해 주세요.", null],
      [31, "followup", "REQUIRES_NEW는 언제 쓰나요?", 25],
      [32, "followup", "NESTED와 REQUIRES_NEW의 차이는?", 25],
    ]);
    expect(unanswered).toEqual([[13, "빈 후처리기는 어디에 끼어드나요?", 3]]);
    expect(deck.cards.find((c) => c.lineStart === 21)!.answer).toBe("요청 URL에 맞는 핸들러를 찾아 줍니다.");
  });

  it("a mock-interview log: '**면접관**:' lines ask, '**나**:' lines answer, '면접관: 그럼 …?' follows the question before it", () => {
    const { deck, cards, unanswered } = parsed("interview-dialogue.md");
    expect(cards).toEqual([
      [5, "qa", "가비지 컬렉터가 어떤 객체를 지우는지 어떻게 판단하나요?", null],
      [9, "followup", "그럼 순환 참조는 어떻게 되나요?", 5],
      [15, "qa", "지금 회사에서 가장 어려웠던 장애는?", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards.find((c) => c.lineStart === 5)!.answer).toBe("루트에서 참조를 따라가서 닿지 않는 객체를 지웁니다.");
    expect(deck.cards.find((c) => c.lineStart === 15)!.answer).toBe("캐시 서버가 한꺼번에 만료되어 DB가 멈춘 일이었습니다.");
  });

  it("a '🔁 꼬리 질문 보기' summary over a question list (one answered, one not), and question headings nested under a '#### 꼬리 질문' label of a topic", () => {
    const { cards, unanswered } = parsed("followup-summary-list.md");
    expect(cards).toEqual([
      [3, "qa", "OSI 7계층에 대해 설명해 주세요.", null],
      [10, "followup", "L4 스위치와 L7 스위치의 차이는?", 3],
      [16, "qa", "HTTP 메서드에 대해 설명해 주세요.", null],
      [22, "followup", "GET과 POST의 차이는?", 16],
      [26, "followup", "PUT은 왜 멱등한가요?", 16],
    ]);
    expect(unanswered).toEqual([[12, "TCP/IP 4계층과는 어떻게 대응되나요?", 3]]);
  });

  it("after a topic's explanation, a lone italic noun question ('*…과의 차이점*'), a '#### …하는 이유' sub-heading and a bold-italic question with a musing after it ('…되나요? …는데..') follow the topic up", () => {
    const { deck, cards, unanswered } = parsed("asides-that-ask.md");
    expect(cards).toEqual([
      [5, "script", "힙 정렬에 대해 설명해 주세요.", null],
      [7, "followup", "퀵 정렬과의 차이점에 대해 설명해 주세요.", 5],
      [11, "followup", "최대 힙을 먼저 만드는 이유에 대해 설명해 주세요.", 5],
      [17, "script", "Memcached에 대해 설명해 주세요.", null],
      [19, "followup", "서버가 꺼지면 데이터는 어떻게 되나요? 메모리에만 있는데..", 17],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards.find((c) => c.lineStart === 7)!.answer).toBe("퀵 정렬은 평균이 빠르지만 최악이 느리고, 힙 정렬은 항상 같은 속도를 냅니다.");
  });

  it("reveal summaries that only say 'here is the answer' in other words (A., 나의 답변, 정답 및 해설) answer the question before them", () => {
    const { deck, cards, unanswered } = parsed("reveal-answer-words.md");
    expect(cards).toEqual([
      [3, "qa", "다익스트라는 음수 간선에서 왜 안 되나요?", null],
      [11, "qa", "벨만-포드는 무엇이 다른가요?", null],
      [21, "qa", "플로이드-워셜의 시간 복잡도는?", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards.find((c) => c.lineStart === 11)!.answer).toBe("모든 간선을 정점 수만큼 반복해서 완화하므로 음수 간선도 다룰 수 있습니다.");
  });

  it("a checklist of questions ('- [x] …?' answered, '- [ ] …?' not), keycap-numbered question lines with no answer, a question answered only by a link or an image: unanswered, not cards (and not follow-ups of a sibling question)", () => {
    const { cards, unanswered } = parsed("checklist-unanswered.md");
    expect(cards).toEqual([
      [5, "qa", "프로세스와 스레드의 차이는?", null],
    ]);
    expect(unanswered).toEqual([[7, "데드락의 네 가지 조건은?", null], [8, "페이지 폴트가 나면 무슨 일이 일어나나요?", null], [12, "TCP와 UDP의 차이는?", null], [14, "HTTP/2에서 달라진 점은?", null], [18, "JVM의 구조를 설명해 주세요.", null], [22, "GC 튜닝은 어떻게 하나요?", null]]);
  });

  it("a study README's schedule table, writing rules, folder tree, contributor avatars, license and an advice heading make no card; the skipped sections are listed with their lines", () => {
    const { deck, cards, unanswered } = parsed("study-readme-rules.md");
    expect(cards).toEqual([
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.skipped).toEqual([{ line: 5, heading: "📅 진행 일정" }, { line: 12, heading: "✍️ 작성 규칙" }, { line: 17, heading: "📂 폴더 구조" }, { line: 25, heading: "🙌 Contributors" }, { line: 31, heading: "📜 License" }]);
  });

  it("editorial tags around a question heading leave the prompt ([면접 질문], (★★★), (면접 빈출)); '질문 4:' and a bold '**Q4-1.**' are markers; inline code keeps its particle", () => {
    const { cards, unanswered } = parsed("heading-tags.md");
    expect(cards).toEqual([
      [3, "qa", "호이스팅이란 무엇인가요?", null],
      [7, "qa", "클로저란?", null],
      [11, "qa", "이벤트 루프에 대해 설명해 주세요.", null],
      [15, "qa", "this는 어떻게 결정되나요?", null],
      [19, "followup", "화살표 함수에서는요?", 15],
      [23, "qa", "==와 ===의 차이점에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("a quoted '💬 **꼬리 질문**: …?' line answered below the quote, and numbered bold follow-ups under a bold label answered by the paragraph after each", () => {
    const { cards, unanswered } = parsed("quoted-inline-labels.md");
    expect(cards).toEqual([
      [3, "qa", "캐시 스탬피드에 대해 설명해 주세요.", null],
      [7, "followup", "이를 막으려면 어떻게 하나요?", 3],
      [11, "qa", "캐시 적중률을 높이는 방법은?", null],
      [17, "followup", "적중률은 어떻게 재나요?", 11],
      [21, "followup", "적중률이 너무 높으면 문제가 될 수도 있나요?", 11],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("'### Q1-1. …?' and '### 2-1. …?' written at the level of '### Q1.' / '### Q2.' follow up the question with that number", () => {
    const { cards, unanswered } = parsed("numbered-sibling-subquestions.md");
    expect(cards).toEqual([
      [3, "qa", "프로세스란 무엇인가요?", null],
      [7, "followup", "PCB에는 무엇이 저장되나요?", 3],
      [11, "followup", "프로세스 상태에는 무엇이 있나요?", 3],
      [15, "qa", "스레드란 무엇인가요?", null],
      [19, "followup", "스레드끼리 공유하는 영역은?", 15],
    ]);
    expect(unanswered).toEqual([]);
  });

});


describe("follow-up label words", () => {
  it("reads a follow-up label in the words people use, and not a sentence that merely says 꼬리", () => {
    const labels = ["💬 꼬리 질문 보기", "꼬리 질문 (3개)", "🔁 Follow-up Q", "추가로 나올 수 있는 질문", "받았던 꼬리 질문", "실제 받은 꼬리질문", "꼬리 질문들", "꼬리질문 모음", "연관 질문", "심화 질문", "💡 면접 꼬리 질문", "follow-up Q&A", "꼬리 질문 & 답변", "더 생각해볼 질문", "꼬리에 꼬리를 무는 질문", "면접 예상 질문"];
    expect(labels.map((l) => [l, classifyLabel(l)])).toEqual(labels.map((l) => [l, "followups"]));
    expect(["꼬리가 길면", "꼬리 재귀", "Q&A"].map((l) => classifyLabel(l))).toEqual([null, null, null]);
  });

  it("a '### 예상 질문' table under a topic that only asks (its <details> questions, no words of its own): its rows are questions of their own, not follow-ups of the first <details>", () => {
    const { cards, unanswered } = parsed("asked-topic-question-table.md");
    expect(cards).toEqual([
      [3, "qa", "인덱스를 쓰면 조회가 빨라지는 이유는?", null],
      [9, "followup", "인덱스를 많이 만들면 안 되는 이유는?", 3],
      [16, "followup", "카디널리티가 낮은 컬럼에 인덱스를 걸면?", 3],
      [24, "qa", "클러스터드 인덱스란?", null],
      [34, "qa", "복합 인덱스의 컬럼 순서는 어떻게 정하나요?", null],
      [35, "qa", "커버링 인덱스란?", null],
    ]);
    expect(unanswered).toEqual([[36, "인덱스가 있어도 풀 스캔하는 경우는?", null]]);
  });

  it("'> 1. …' numbered questions set as quotes under '# 면접 질문', each answered by the prose after it (they were lost), and a '> 3.1 추가질문 : …?' following the question listed before it", () => {
    const { deck, cards, unanswered } = parsed("quoted-numbered-questions.md");
    expect(cards).toEqual([
      [1, "qa", "인덱스에 대해 설명해 주세요.", null],
      [5, "qa", "해시 인덱스에 대해 설명해 주세요.", null],
      [10, "qa", "인덱스가 뭔지 설명하고 특징을 말해보세요", null],
      [16, "qa", "풀 스캔이 더 나은 경우는?", null],
      [20, "qa", "인덱스를 쓰면 좋은 경우에 대해 설명해 주세요.", null],
      [25, "followup", "수정이 잦은 컬럼에 인덱스를 걸면 어떤 문제가 생기는가?", 20],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[2]!.answer).toBe("검색을 빠르게 하려고 컬럼 값을 정렬해 둔 자료구조입니다.\n\n정렬을 유지하느라 쓰기는 느려집니다.");
  });

  it("a quiz sheet: an O/X statement asks (it was a 'OX 문제' card), a multiple-choice question naming a 과정 is no procedure, and '아래 개념 참고' is no answer", () => {
    const { deck, cards, unanswered } = parsed("quiz-sheet.md");
    expect(cards).toEqual([
      [5, "qa", "UDP는 패킷이 도착하는 순서를 보장한다. (O/X)", null],
      [10, "qa", "3-way handshake 과정에서 서버가 두 번째로 보내는 패킷은?", null],
      [24, "qa", "흐름 제어에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([[18, "흐름 제어와 혼잡 제어의 차이를 설명하세요.", null]]);
    expect(deck.cards[0]!.answer).toBe("X (순서는 애플리케이션이 맞춰야 함)");
  });
});

