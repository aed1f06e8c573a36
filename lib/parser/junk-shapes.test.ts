/**
 * Sections that are not questions of the note make no card (issue 9, junk):
 * each shape below is a small note written for the test, with the exact
 * cards and unanswered questions expected.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { parseDeck } from "./index";

const parse = (md: string) => parseDeck(md, { path: "note.md" });
const prompts = (md: string) => parse(md).cards.map((c) => c.prompt);
const open = (md: string) => (parse(md).unanswered ?? []).map((q) => q.prompt);

describe("question lists written as requests", () => {
  it("an English list of interviewer requests is a list of unanswered questions, not a topic", () => {
    const md = [
      "# Behavioural rounds",
      "",
      "## Acme questions",
      "",
      "- Tell me about a project you are proud of.",
      "- Why did you pick your last team?",
      "- Walk me through a bug you chased for days.",
      "",
      "## Start with a short story",
      "",
      "Open with where you work now and one result you are proud of, in two sentences.",
      "",
    ].join("\n");
    expect(prompts(md)).toEqual(["Start with a short story에 대해 설명해 주세요."]);
    expect(open(md)).toEqual(["Tell me about a project you are proud of.", "Why did you pick your last team?", "Walk me through a bug you chased for days."]);
  });

  it("Korean requests jotted without their ending (…에 대해 설명, …차이점 설명) ask as well", () => {
    const md = [
      "# 면접에서 받은 질문",
      "",
      "## 새 기술",
      "",
      "- 요즘 관심 있는 기술에 대해 설명",
      "- 웹어셈블리란?",
      "- 컨테이너와 가상 머신의 차이점 설명",
      "- 분산 원장을 간단하게 설명",
      "",
    ].join("\n");
    expect(prompts(md)).toEqual([]);
    expect(open(md)).toEqual(["요즘 관심 있는 기술에 대해 설명", "웹어셈블리란?", "컨테이너와 가상 머신의 차이점 설명", "분산 원장을 간단하게 설명"]);
  });

  it("a how-to list of steps stays the topic's answer", () => {
    const md = ["# 배포", "", "## 배포 순서", "", "- Describe the change in the pull request.", "- 빌드를 돌린다", "- 태그를 붙인다", ""].join("\n");
    expect(prompts(md)).toEqual(["배포 순서에 대해 설명해 주세요."]);
    expect(open(md)).toEqual([]);
  });
});

describe("a chapter pointing to its own document", () => {
  const index = (body: string) => ["# 면접 준비 노트", "", "## 자료구조 [보기](./data-structure.md)", "", body, "", "## 트라이", "", "문자열을 한 글자씩 나누어 트리에 저장하는 자료구조입니다. 접두사 검색이 빠릅니다.", ""].join("\n");

  it("a list of the chapter's topic names (short questions among them) is a table of contents: skipped with its line", () => {
    const md = index(["- 배열", "  - 배열과 연결 리스트의 차이는?", "- 해시 테이블", "- 힙"].join("\n"));
    const deck = parse(md);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["트라이에 대해 설명해 주세요."]);
    expect(deck.skipped).toEqual([{ line: 3, heading: "자료구조 보기" }]);
    expect(deck.unanswered).toEqual([]);
  });

  it("one short line may introduce the chapter's list", () => {
    const deck = parse(index(["교재의 차례를 따라 적은 목차입니다.", "", "1. 선형 구조", "   1. 스택", "2. 트리"].join("\n")));
    expect(deck.cards.map((c) => c.prompt)).toEqual(["트라이에 대해 설명해 주세요."]);
    expect(deck.skipped).toEqual([{ line: 3, heading: "자료구조 보기" }]);
  });

  it("a chapter heading with a link over prose of its own is still a topic", () => {
    const md = index("자료구조는 데이터를 담는 방식이며, 연산의 비용이 구조마다 달라집니다.");
    expect(prompts(md)).toEqual(["자료구조 보기에 대해 설명해 주세요.", "트라이에 대해 설명해 주세요."]);
  });

  it("a source cited as a bare URL in a heading points nowhere: the list under it stays the topic's", () => {
    const md = ["# 네트워크", "", "## 확장 헤더", "", "#### 출처: https://example.com/ipv6", "", "기본 헤더 뒤에 붙는 선택 헤더입니다.", "", "- 홉 단위 옵션", "- 라우팅", ""].join("\n");
    expect(prompts(md)).toEqual(["확장 헤더에 대해 설명해 주세요."]);
    expect(parse(md).skipped).toEqual([]);
  });
});

describe("a fold that only shows material for the answer", () => {
  it("'…예시로 보기' / '예제 코드' summaries reveal part of the topic's answer, not a question", () => {
    const md = [
      "# 정규화",
      "",
      "## 5정규형",
      "",
      "조인 종속을 없애도록 테이블을 나눈 형태입니다. 나눈 테이블을 다시 조인해도 원래대로 복원됩니다.",
      "",
      "<details>",
      "<summary>5정규형이 필요한 이유 예시로 보기</summary>",
      "",
      "세 테이블로 나누면 가짜 튜플이 생기지 않습니다.",
      "",
      "</details>",
      "",
      "<details>",
      "<summary>예제 코드</summary>",
      "",
      "나누기 전과 후의 조인 결과를 비교하는 질의입니다.",
      "",
      "</details>",
      "",
    ].join("\n");
    const deck = parse(md);
    expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["5정규형에 대해 설명해 주세요.", "조인 종속을 없애도록 테이블을 나눈 형태입니다. 나눈 테이블을 다시 조인해도 원래대로 복원됩니다.\n\n세 테이블로 나누면 가짜 튜플이 생기지 않습니다.\n\n나누기 전과 후의 조인 결과를 비교하는 질의입니다."],
    ]);
  });

  it("a summary that asks stays a question even when it mentions an example", () => {
    const md = ["# 정규화", "", "<details>", "<summary>5정규형의 예시를 들어 설명해 주세요</summary>", "", "세 테이블로 나누면 가짜 튜플이 생기지 않습니다.", "", "</details>", ""].join("\n");
    expect(prompts(md)).toEqual(["5정규형의 예시를 들어 설명해 주세요"]);
  });

  it("'…더 자세한 설명' over a deeper explanation folds into the answer too", () => {
    const md = ["# 메모리", "", "## 세대별 수집", "", "새 객체는 가장 어린 세대에 놓이고, 살아남을수록 오래된 세대로 옮겨집니다.", "", "<details>", "<summary>내부 구조와 함께하는 더 자세한 설명</summary>", "", "세대마다 문턱값이 있어 넘으면 그 세대를 수집합니다.", "", "</details>", ""].join("\n");
    expect(parse(md).cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["세대별 수집에 대해 설명해 주세요.", "새 객체는 가장 어린 세대에 놓이고, 살아남을수록 오래된 세대로 옮겨집니다.\n\n세대마다 문턱값이 있어 넘으면 그 세대를 수집합니다."],
    ]);
  });
});

describe("sections a site generator fills in", () => {
  it("a section holding only an MDX import and a component is empty: no card", () => {
    const md = [
      "# 배열",
      "",
      "## 투 포인터",
      "",
      "양 끝에서 두 인덱스를 좁혀 가며 조건을 만족하는 쌍을 찾습니다.",
      "",
      "<SiteBanner />",
      "",
      "## 추천 강의",
      "",
      "import CourseList from '../_courses/CourseList.md'",
      "",
      "<CourseList />",
      "",
    ].join("\n");
    expect(parse(md).cards.map((c) => [c.prompt, c.answer])).toEqual([["투 포인터에 대해 설명해 주세요.", "양 끝에서 두 인덱스를 좁혀 가며 조건을 만족하는 쌍을 찾습니다."]]);
  });

  it("a section of nothing but links makes no card and is named in the warnings (it went unmentioned)", () => {
    const { deck, cards } = parseFixture("link-index-sections.md");
    expect(cards).toEqual([[9, "qa", "캐시에 대해 설명해 주세요.", null]]);
    expect(deck.warnings).toEqual([
      { line: 3, message: '건너뛴 부분: "📌 네트워크" (질문이 아닌 파일 목록·키워드)' },
      { line: 13, message: '건너뛴 부분: "서버 사이드 렌더링" (링크만 있는 부분)' },
    ]);
  });
  it("a domain written in a heading's words ('www.example.com에 접속할 때 생기는 일') is autolinked, not a chapter pointer: its list is the answer", () => {
    const md = "# 네트워크\n\n## www.example.com에 접속할 때 생기는 일\n\n1. 브라우저가 DNS 서버에 IP 주소를 요청\n2. 서버가 응답을 전송\n3. 브라우저가 화면을 렌더링\n\n## 데이터베이스 [Link](./db.md)\n\n- 인덱스\n- 정규화\n";
    expect(prompts(md)).toEqual(["www.example.com에 접속할 때 생기는 일에 대해 설명해 주세요."]);
    expect((parse(md).skipped ?? []).map((s) => s.line)).toEqual([9]);
  });
});

describe("a note's own words about itself", () => {
  it("a title naming the questions it collects and a preface over them make no card; a long background under 들어가기 전에 does", () => {
    const { deck, cards } = parseFixture("preface-and-collection-title.md");
    expect(cards).toEqual([
      [7, "qa", "인덱스는 왜 쓰나요?", null],
      [10, "qa", "들어가기 전에에 대해 설명해 주세요.", null],
    ]);
    expect(deck.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, '건너뛴 부분: "😎 백엔드 예상 면접 질문" (질문이 아닌 질문 모음의 소개)'],
      [4, '건너뛴 부분: "👋🏻 들어가기 앞서 👋🏻" (질문이 아닌 머리말)'],
      // (closing words about the writing are skipped under their heading, as "마무리" is)
      [13, '건너뛴 부분: "마치며" (질문이 아닌 안내·목차·규칙)'],
    ]);
  });

  it("an explanation under a question collection's title, and a short definition under 들어가기 전에 with nothing below it, stay cards", () => {
    expect(prompts("# Java 면접 질문\n\n자바는 JVM 위에서 도는 객체지향 언어다. 한 번 컴파일한 바이트코드를 어디서나 실행한다.\n\n## GC란 무엇인가요?\n\n쓰지 않는 객체의 메모리를 되찾는 일이다.\n")).toEqual([
      "Java 면접 질문에 대해 설명해 주세요.",
      "GC란 무엇인가요?",
    ]);
    expect(prompts("# 운영체제\n\n## 들어가기 전에\n\n프로세스는 실행 중인 프로그램이고, 스레드는 그 안의 실행 흐름이다.\n\n## 스케줄러\n\n어느 프로세스에 CPU를 줄지 정한다.\n")).toEqual([
      "들어가기 전에에 대해 설명해 주세요.",
      "스케줄러에 대해 설명해 주세요.",
    ]);
  });
});

describe("an interview's questions grouped under names", () => {
  it("questions listed under the names of where they were asked (companies) are unanswered questions, noun phrases among them too; a group of statements is an answer", () => {
    const { deck, cards, unanswered } = parseFixture("grouped-interview-questions.md");
    expect(cards).toEqual([[14, "qa", "자료구조 정리에 대해 설명해 주세요.", null]]);
    expect(unanswered).toEqual([
      [6, "클로저가 뭔가요?", null],
      [7, "트랜잭션 격리 수준을 설명하시오", null],
      [8, "싱글톤 패턴의 사용 방식에 대해 설명해 주세요.", null],
      [10, "힙과 스택의 차이를 설명해 주세요", null],
      [11, "가비지 컬렉션은 언제 일어나나요?", null],
      [12, "멀티 스레드 특징에 대해 설명해 주세요.", null],
    ]);
    expect(deck.warnings).toEqual([]);
  });

  it("a topic's notes grouped under names of its parts, some of them checks that ask, are the topic's answer", () => {
    const md = ["## 컬렉션", "", "자바 컬렉션 프레임워크는 자료구조를 인터페이스와 구현으로 나누어 제공한다.", "", "- List", "  - 순서가 있는가?", "  - 중복을 허용하는가?", "  - ArrayList, LinkedList", "- Set", "  - 순서가 없는가?", "  - 중복을 허용하지 않는가?", "  - HashSet, TreeSet", ""].join("\n");
    expect(prompts(md)).toEqual(["컬렉션에 대해 설명해 주세요."]);
    expect(open(md)).toEqual([]);
  });
});

describe("answers that are only an outline", () => {
  it("a request to explain over empty sub-headings (a pointer beside them at most) is unanswered; answers set in heading type, names a question asks for, and a topic list of further questions are told apart", () => {
    const deck = parseFixture("outline-only-answers.md").deck;
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([
      [18, "qa", "Intent에 대하여 설명하시오"],
      [26, "qa", "브라우저의 동작 원리를 설명해 주세요."],
      [37, "qa", "CAP 이론의 세 가지 속성은 무엇인가요?"],
    ]);
    expect(deck.cards[1]!.answer).toBe("#### 렌더링 엔진이 HTML을 파싱해 DOM 트리를 만든다.\n\n#### 스타일을 입혀 렌더 트리를 만든 뒤 배치하고 그린다.");
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([[3, "Context에 대하여 설명하시오"], [10, "LMK에 대하여 설명하시오"]]);
    expect(deck.warnings).toEqual([{ line: 31, message: '건너뛴 부분: "비동기 I/O" (답이 아닌 질문 목록·안내·자리 표시)' }]);
  });
});

describe("a short list under a line of its own", () => {
  it("a definition written in note style, without a verb ending, makes the list under it an answer; a line that only introduces a syllabus does not", () => {
    const deck = parseFixture("note-style-definitions.md").deck;
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[3, "qa", "커널에 대해 설명해 주세요."]]);
    // (named for what it is: a study's scope is housekeeping, whatever its length)
    expect(deck.warnings).toEqual([{ line: 16, message: '건너뛴 부분: "스터디 범위" (질문이 아닌 안내·목차·규칙)' }]);
  });
});

describe("a template's filler", () => {
  it("one short answer under three requests to explain, sharing no word with them, is filler: those questions are unanswered, named in one warning; a quiz's answers repeat on purpose", () => {
    const { deck, cards, unanswered } = parseFixture("repeated-filler.md");
    // (O/X answers and "불가능합니다." answer questions that ask for just that)
    expect(cards.map((c) => c[0])).toEqual([3, 33, 40, 47, 54, 61, 70, 74, 78]);
    expect(unanswered).toEqual([
      [10, "DI란 무엇인지 설명해주세요.", null],
      [17, "Spring Bean에 대해서 설명해주세요.", null],
      [24, "ORM에 대해서 설명해주세요.", null],
    ]);
    expect(deck.warnings).toEqual([{ line: 10, message: '건너뛴 답: "채워 넣기" (질문 3개에 똑같이 적힌 자리 표시)' }]);
  });
});

describe("an answer that only says where to read", () => {
  it("'프로세스와 스레드 참고' under a fold (a template's comment beside it) is no answer", () => {
    const md = "# OS\n\n<details>\n<summary>멀티스레드에 대해 설명해 주세요.</summary>\n\n<!--summary 아래에 내용을 적는 공간-->\n프로세스와 스레드 참고\n\n</details>\n\n<details>\n<summary>컨텍스트 스위칭에 대해 설명해 주세요.</summary>\n\n실행 중인 프로세스의 상태를 PCB에 저장하고 다음 프로세스의 상태를 불러오는 일입니다.\n\n</details>\n";
    expect(prompts(md)).toEqual(["컨텍스트 스위칭에 대해 설명해 주세요."]);
    expect(open(md)).toEqual(["멀티스레드에 대해 설명해 주세요."]);
  });
});

describe("questions jotted a line each", () => {
  it("a paragraph of short question lines is no question answered by the rest: each line is an unanswered question on its own line", () => {
    const { cards, unanswered } = parseFixture("jotted-question-lines.md");
    expect(cards).toEqual([[11, "qa", "필터에 대해 설명해 주세요.", null]]);
    expect(unanswered).toEqual([
      [3, "Spring MVC의 흐름을 말씀해주세요", null],
      [7, "Servlet의 동작 원리는 무엇인지", null],
      [8, "Servlet의 라이프사이클은 어떻게 동작하는지", null],
      [9, "web.xml이 각 Servlet과 매핑되는 URI를 어떻게 관리하는지", null],
    ]);
  });
});
