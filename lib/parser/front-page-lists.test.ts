/**
 * A collection's front page: a repository name over nothing, then "### 면접
 * 질문 모음집" over a few lines (in a code block) on how the questions were
 * gathered; a list of categories written as HTML links with icons, over a
 * quote of references. None of it asks or answers. Fixture notes written for
 * this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const frontPage = [
  "# cs-notes.zip", // 1
  "",
  "### 면접 질문 모음집",
  "",
  "```", // 5
  "📝 스터디하며 모은 기술 면접 질문입니다.",
  "   답을 채워 주시는 PR 환영합니다",
  "```",
  "",
  "## 직무 면접", // 10
  "",
  '- <a href="./os.md"><img width="15px" src="/icons/os.png"/> <b>운영체제</b></a>',
  '- <a href="./net.md"><img width="15px" src="/icons/net.png"/> <b>네트워크</b></a>',
  '- <a href="./db.md"><img width="15px" src="/icons/db.png"/> <b>데이터베이스</b></a>',
  '- <a href="./java.md"><img width="15px" src="/icons/java.png"/> <b>Java</b></a>', // 15
  '- <a href="./web.md"><img width="15px" src="/icons/web.png"/> <b>Web</b></a>',
  "",
  "> :books: **참고한 곳** <br>",
  "[https://example.com/a](https://example.com/a)<br>",
  "[https://example.org/b](https://example.org/b)<br>", // 20
  "[https://example.net/c](https://example.net/c)",
  "",
  "## 운영체제",
  "",
  "### 교착 상태란?", // 25
  "",
  "두 프로세스가 서로가 가진 자원을 기다리며 멈춘 상태입니다.",
];

describe("a collection's front page", () => {
  it("makes no card of the collection's introduction nor of a list of HTML links over references, and names both", () => {
    expect(noteCards(frontPage)).toEqual([[25, "qa", "교착 상태란?", null]]);
    const messages = parseNote(frontPage).warnings.map((w) => [w.line, w.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        [3, '건너뛴 부분: "면접 질문 모음집" (질문이 아닌 질문 모음의 소개)'],
        [10, '건너뛴 부분: "직무 면접" (링크만 있는 부분)'],
      ]),
    );
  });

  it("keeps a topic's own list of HTML-bold points, and a first section that explains, as cards", () => {
    const topics = [
      "# java-notes",
      "",
      "### JVM 메모리 구조",
      "",
      "힙, 스택, 메서드 영역으로 나뉘며 힙은 모든 스레드가 공유합니다.",
      "",
      "## 컬렉션",
      "",
      "- <b>List</b>: 순서가 있고 중복을 허용한다",
      "- <b>Set</b>: 중복을 허용하지 않는다",
      "- <b>Map</b>: 키와 값의 쌍으로 저장한다",
      "- <b>Queue</b>: 먼저 넣은 것을 먼저 꺼낸다",
      "- <b>Deque</b>: 양쪽 끝에서 넣고 꺼낸다",
    ];
    expect(noteCards(topics)).toEqual([
      [3, "qa", "JVM 메모리 구조에 대해 설명해 주세요.", null],
      [7, "qa", "컬렉션에 대해 설명해 주세요.", null],
    ]);
  });

  it("skips a tagline under an empty repository title and a table of contents named for its subject ('HTML 목차')", () => {
    const handbook = [
      "# frontend_interview", // 1
      "",
      "## HTML/ CSS",
      "",
      "<b>프론트엔드 기술 면접을 위한 핸드북 만들기</b>", // 5
      "",
      "## HTML 목차",
      "",
      "- [DOCTYPE](#doctype)",
      "  - DOCTYPE에 대하여 설명하시오", // 10
      "  - meta 태그에 대해서 알고 있나요?",
      "- [SVG란?](#svg란)",
      "  - SVG의 장점과 단점",
      "",
      "### DOCTYPE에 대하여 설명하시오", // 15
      "",
      "문서가 어떤 HTML 버전으로 쓰였는지 브라우저에 알려 표준 모드로 렌더링하게 합니다.",
    ];
    expect(noteCards(handbook)).toEqual([[15, "qa", "DOCTYPE에 대하여 설명하시오", null]]);
    expect(parseNote(handbook).warnings.map((w) => [w.line, w.message])).toEqual(
      expect.arrayContaining([
        [3, '건너뛴 부분: "HTML/ CSS" (질문이 아닌 저장소 소개)'],
        [7, '건너뛴 부분: "HTML 목차" (질문이 아닌 안내·목차·규칙)'],
      ]),
    );
  });
});

