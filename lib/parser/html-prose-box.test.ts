/**
 * An HTML page whose answers sit in `<pre>` boxes of prose (our own words,
 * written for this test): each bold anchor asks, a first "<li><b>…란?</b></li>"
 * restates it over its box, a "<li><b>그렇다면 …?</b></li>" over the next box
 * follows it up, and an "<h4>…설명해주세요</h4><ol>" inside a box asks a
 * further question, answered by the list under it. A box of code stays code.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "<h2>데이터베이스</h2>", // 1
  "<hr>",
  '<a name="one"><b>1. 뷰(View)에 대해 설명해주세요.</b></a>', // 3
  "<hr>",
  "<ul>",
  "  <li><b>View란?</b></li>",
  "<pre>",
  "뷰는 하나 이상의 테이블에서 원하는 열만 골라 만든 가상의 테이블입니다.",
  "실제로 데이터를 저장하지 않고 정의한 쿼리만 저장합니다.",
  "</pre>",
  "", // 11
  "  <li><b>그렇다면 뷰를 수정하면 원래 테이블도 바뀌나요?</b></li>", // 12
  "  <pre>",
  "단순한 뷰는 원래 테이블에 반영되지만,",
  "집계나 조인이 들어간 뷰는 수정할 수 없습니다.",
  "  </pre>",
  "</ul>",
  "<hr>",
  '<a name="two"><b>2. 트랜잭션 격리 수준이란 무엇인가요?</b></a>', // 19
  "<hr>",
  "<pre>",
  "",
  "여러 트랜잭션이 동시에 돌 때 서로의 변경을 얼마나 볼 수 있는지 정한 단계입니다.",
  "<br>",
  "<h4>격리 수준을 높이면 생기는 문제를 설명해주세요</h4><ol>", // 25
  "<li> 잠금이 늘어 동시에 처리할 수 있는 양이 줄어듭니다.</li>",
  "<li> 교착 상태가 생기기 쉬워집니다.",
  "대기 시간도 길어집니다.</li>",
  "</ol>",
  "</pre>",
  "<hr>",
  '<a name="three"><b>3. 인덱스를 만드는 쿼리를 보여주세요.</b></a>', // 32
  "<hr>",
  "<pre>",
  "CREATE INDEX idx_user_name ON users (name);",
  "SELECT * FROM users WHERE name = 'kim';",
  "</pre>",
];

describe("prose boxed in <pre> on an HTML page", () => {
  it("is read as the lines it holds: the questions beside and inside the boxes follow their question up", () => {
    expect(noteCards(NOTE).map(([line, kind, prompt, parent]) => [line, kind, prompt, parent])).toEqual([
      [3, "qa", "뷰(View)에 대해 설명해주세요.", null],
      [12, "followup", "그렇다면 뷰를 수정하면 원래 테이블도 바뀌나요?", 3],
      [19, "qa", "트랜잭션 격리 수준이란 무엇인가요?", null],
      [25, "followup", "격리 수준을 높이면 생기는 문제를 설명해주세요", 19],
      [32, "qa", "인덱스를 만드는 쿼리를 보여주세요.", null],
    ]);
  });

  it("keeps each answer's words, an item that runs on over lines included, and a box of code as written", () => {
    const cards = parseNote(NOTE).cards;
    expect(cards[0]!.answer).toContain("가상의 테이블입니다.");
    expect(cards[0]!.answer).not.toContain("<pre>");
    expect(cards[1]!.answer).toContain("집계나 조인이 들어간 뷰는 수정할 수 없습니다.");
    expect(cards[3]!.answer).toContain("- 교착 상태가 생기기 쉬워집니다.");
    expect(cards[3]!.answer).not.toContain("<li>");
    expect(cards[4]!.answer).toContain("<pre>");
    expect(cards[4]!.answer).toContain("CREATE INDEX idx_user_name ON users (name);");
  });
});

describe("a <pre> laid out by hand on an HTML page (a second reader's shapes)", () => {
  const page = (box: string[]) => [
    "<h1>면접 정리</h1>",
    "<hr>",
    "<h2>1. 이분 탐색을 설명해주세요.</h2>", // 3
    "<p>정렬된 배열에서 범위를 절반씩 줄여 가며 찾는 방법입니다.</p>",
    "<pre>",
    ...box,
    "</pre>",
    "<hr>",
    "<h2>2. 조건은 무엇인가요?</h2>",
    "<p>데이터가 정렬되어 있어야 합니다.</p>",
    "<hr>",
    "<h2>3. 시간 복잡도는요?</h2>",
    "<p>비교할 때마다 절반이 남으므로 O(log n)입니다.</p>",
  ];
  const boxes: Record<string, string[]> = {
    "code with Korean comments": ["# 목표 값을 찾는 함수", "def search(arr, target):", "    lo, hi = 0, len(arr) - 1  # 양 끝에서 시작", "    while lo <= hi:  # 범위가 남은 동안"],
    "a drawn figure": [" 클라이언트              서버", "    |  ---- 요청 보내기 ---->  |", "    |  <--- 응답 돌려주기 ---  |"],
    "a table of results": ["회원이름 | 주문번호", "---------+---------", "김민수   | 1001"],
    "an indented outline": ["메모리 구조 (낮은 주소부터)", "  코드 영역: 실행할 명령어", "  스택 영역: 지역 변수와 호출 정보"],
    "a flow of arrows": ["브라우저 캐시를 먼저 확인한다", "→ 없으면 DNS 서버에 도메인을 묻는다", "→ 받은 주소로 연결을 맺는다"],
    "an underlined title": ["핵심 요약", "==========", "가운데 값과 비교해 범위를 줄입니다."],
  };
  for (const [shape, box] of Object.entries(boxes)) {
    it(`stays a box: ${shape}`, () => {
      const deck = parseNote(page(box));
      expect(deck.cards.map((c) => [c.lineStart, c.kind])).toEqual([
        [3, "qa"],
        [9 + box.length - 1, "qa"],
        [12 + box.length - 1, "qa"],
      ]);
      expect(deck.cards[0]!.answer).toContain("<pre>");
    });
  }

  it("keeps each line of a prose box on its own line, as the box showed it", () => {
    const answer = parseNote(NOTE).cards[0]!.answer;
    expect(answer).toContain("가상의 테이블입니다.  \n실제로 데이터를 저장하지 않고");
  });

  it("leaves an item opened outside a box, over a nested list, as the HTML it is", () => {
    const nested = ["<h1>운영체제</h1>", "<hr>", "<h2>1. 메모리 구조를 설명해주세요.</h2>", "<ul>", "<li>코드 영역", "  <ul>", "    <li>실행할 기계어 명령이 올라갑니다.</li>", "  </ul>", "</li>", "</ul>", "<hr>", "<h2>2. 스택 오버플로는 언제 생기나요?</h2>", "<p>재귀가 너무 깊어지면 생깁니다.</p>", "<hr>", "<h2>3. 힙이란?</h2>", "<p>동적으로 할당하는 영역입니다.</p>"];
    const answer = parseNote(nested).cards[0]!.answer;
    expect(answer).not.toMatch(/^- 코드 영역/m);
    expect(answer).toContain("실행할 기계어 명령이 올라갑니다.");
  });
});
