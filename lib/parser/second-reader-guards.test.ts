/** A second reader's notes against this round's rules (written for these tests): each would have regressed. */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const parsed = (lines: string[]) => parseDeck(lines.join("\n"), { path: "note.md" }).cards;
const kinds = (lines: string[]) => parsed(lines).map((c) => [c.lineStart, c.kind]);

describe("callouts that muse, point elsewhere or note something stay in the answer", () => {
  for (const [name, quote] of [
    ["a rhetorical question the text around it answers", ["> 💡 **어떻게 이게 가능할까?**", ">", "> 비밀은 런타임에 있다. 네트워크 요청과 타이머는 Web API가 따로 처리한다."]],
    ["an aside about the interview", ["> 🤔 **근데 이거 진짜 면접에 나올까?**", ">", "> 작년 스터디원 세 명이 모두 받았다고 했다. 꼭 외워 두자."]],
    ["a reading pointer", ["> 📎 **더 깊이 알고 싶다면?**", ">", "> [우아한형제들 기술 블로그 글](https://example.com/a)과 [AWS 백서](https://example.com/b)를 읽어 보자."]],
    ["a labelled retrospective", ["> ✍️ **오늘의 한 줄 회고: 이벤트 루프, 이제는 설명할 수 있을까?**", ">", "> 콜 스택과 태스크 큐의 관계를 그림 없이 설명해 보니 절반쯤 된다."]],
  ] as const) {
    it(name, () => {
      expect(kinds(["## 싱글 스레드", "", "자바스크립트는 한 번에 한 작업만 실행하지만 브라우저는 멈추지 않는다.", "", ...quote, ""])).toEqual([[1, "qa"]]);
    });
  }
});

describe("a title that asks about the note, not for an explanation, heads topics of their own", () => {
  it("questions under its parts stay questions", () => {
    for (const title of ["# 백엔드 면접에서 자주 나오는 질문은?", "# OS 스터디 3주차 - 무엇을 배웠나?"]) {
      const lines = [title, "", "## 1. 데이터베이스", "", "데이터베이스 파트는 트랜잭션과 인덱스 위주로 물어본다.", "", "### 트랜잭션의 ACID란?", "", "원자성, 일관성, 격리성, 지속성을 말한다.", ""];
      expect(kinds(lines).find((c) => c[0] === 7)?.[1]).toBe("qa");
    }
  });
});

describe("procedure words that name no procedure", () => {
  it("'흐름 제어', '…의 장점', '…순서를 보장하나요', levels counted ('4단계') stay questions", () => {
    const list = ["", "1. 첫째 방식을 쓴다.", "2. 둘째 방식을 쓴다.", "3. 셋째 방식을 쓴다.", ""];
    for (const q of ["Q. TCP 흐름 제어란?", "**단방향 데이터 흐름의 장점은?**", "Q. 로그인 과정의 보안 취약점은?", "Q. TCP는 어떻게 패킷의 순서를 보장하나요?", "Q. 트랜잭션 격리 수준 4단계를 설명해 주세요."]) {
      expect(parsed([q, ...list])[0]?.kind).toBe("qa");
    }
  });
});

describe("numbering and labels that are words of the note", () => {
  it("a circled number the question refers to stays", () => {
    expect(parsed(["### ③이 ②보다 먼저 실행되는 이유는?", "", "②는 ③이 끝난 뒤에야 큐에서 꺼내지기 때문이다.", ""])[0]!.prompt).toBe("③이 ②보다 먼저 실행되는 이유는?");
    expect(parsed(["### ① 과 ② 중 무엇이 먼저 실행될까?", "", "동기 코드인 ①이 먼저 실행된다.", ""])[0]!.prompt).toBe("① 과 ② 중 무엇이 먼저 실행될까?");
  });

  it("a bold 'A' or '답변' that opens a sentence is its subject, not a label", () => {
    expect(parsed(["## 데드락은 어떻게 발생하나요?", "", "**A** 트랜잭션이 1번 행의 락을 잡고 2번 행을 기다리는 동안 **B** 트랜잭션이 반대로 기다리면 발생한다.", ""])[0]!.answer).toMatch(/^\*\*A\*\* 트랜잭션이/);
    expect(parsed(["## 면접 답변은 얼마나 길게 해야 하나요?", "", "**답변** 길이는 1분 안쪽이 좋다. 길어지면 면접관이 끊고 꼬리질문을 던진다.", ""])[0]!.answer).toMatch(/^\*\*답변\*\* 길이는/);
  });

  it("an example question quoted inside an answer, with no answer line under it, is no pair", () => {
    expect(parsed(["Q. 면접 끝에 할 만한 역질문은?", "A. 아래처럼 팀의 기술 문화를 묻는 게 좋다.", "Q. 팀에서 코드 리뷰는 어떻게 진행되나요?", "이렇게 물으면 협업에 관심이 있다는 걸 보여 줄 수 있다.", ""]).length).toBe(1);
  });

  it("a quiz's lettered choices are no answer labels", () => {
    const cards = parsed(["## 퀴즈", "", "Q1. 다음 중 선형 자료구조가 아닌 것은?", "A. 스택", "B. 큐", "C. 트리", "정답: C", "Q2. 다음 중 FIFO 구조는?", "A. 스택", "B. 큐", "C. 힙", "정답: B", ""]);
    expect(cards.map((c) => c.answer).join("\n")).toContain("B. 큐");
  });
});

describe("question tables", () => {
  const table = (head: string, row: string) => parsed([head, "|---|---|---|", row, ""]);
  it("an O/X answer keeps its explanation; a mark or a link alone gives way to the words beside it", () => {
    expect(table("| 질문 | 해설 | 정답 |", "| TCP는 비연결형 프로토콜이다? | TCP는 3-way handshake로 연결을 맺는 연결형 프로토콜이다. | X |")[0]!.answer).toBe("X\n\nTCP는 3-way handshake로 연결을 맺는 연결형 프로토콜이다.");
    expect(table("| 질문 | 키워드 | 답변 |", "| String이 불변인 이유는? | 보안, 스레드 안전, 해시 캐싱 | ✅ |")[0]!.answer).toBe("보안, 스레드 안전, 해시 캐싱");
  });
  it("'핵심 키워드' is key words; '설명' beside '답변' explains it", () => {
    expect(table("| 질문 | 핵심 키워드 | 답변 |", "| DNS 조회 과정은? | 재귀 질의 | 리졸버가 루트, TLD, 권한 네임서버 순으로 물어 IP를 얻는다. |")[0]!.answer).toBe("리졸버가 루트, TLD, 권한 네임서버 순으로 물어 IP를 얻는다.");
    expect(table("| Q | 설명 | 답변 |", "| 해시 충돌 해결 방법은? | 체이닝은 버킷에 리스트로 잇고, 개방 주소법은 빈 버킷을 찾는다. | 체이닝, 개방 주소법 |")[0]!.answer).toBe("체이닝, 개방 주소법\n\n체이닝은 버킷에 리스트로 잇고, 개방 주소법은 빈 버킷을 찾는다.");
  });
});

describe("markup and links", () => {
  it("inline tags side by side stay words apart; a power keeps its caret", () => {
    const prompt = (summary: string) => parsed(["<details>", `<summary>${summary}</summary>`, "", "블록 스코프와 재선언 가능 여부가 다르다.", "", "</details>", ""])[0]!.prompt;
    expect(prompt("<code>let</code><code>const</code><code>var</code>의 차이는?")).toBe("let const var의 차이는?");
    expect(prompt("시간 복잡도가 O(n<sup>2</sup>)인 정렬은?")).toBe("시간 복잡도가 O(n^2)인 정렬은?");
  });
  it("a link to another page whose text is a navigation word is the answer's link, not navigation", () => {
    expect(parsed(["## 다음에 볼 글은?", "", '<p>운영체제 정리는 <a href="../os.md">다음</a> 글에 이어진다.</p>', ""])[0]?.answer).toContain("os.md");
  });
});
