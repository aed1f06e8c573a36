/**
 * Guards from a second reader's attack on the thirty-first round's rules
 * (bullet questions over paragraphs, hedged answers, a round's closing words,
 * source headings, lead-ins, fill-ins): each note was read worse by the
 * rule's first version, or not reached by it, and is read right now. Notes
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const parse = (lines: string[]) => parseDeck(lines.join("\n"), { path: "note.md" });
const prompts = (lines: string[]) => parse(lines).cards.map((c) => c.prompt);

describe("bullet questions over paragraphs", () => {
  it("an interview's account ('…긴장해서 멈췄다.') under its questions is no model answer", () => {
    const deck = parse(["# 1차 면접 후기", "", "## 받은 질문", "", "- 자기소개를 해 주세요.", "", "준비한 대로 말하려 했는데 긴장해서 한 번 멈췄다.", "", "- 최근에 해결한 문제를 말해 주세요.", "", "메모리 누수 얘기를 했는데 원인을 어떻게 찾았는지 더 물어보셨다.", ""]);
    expect(deck.cards).toEqual([]);
  });

  it("a repository's FAQ is no pair of questions and answers", () => {
    expect(prompts(["# 면접 저장소", "", "## FAQ", "", "- 누구를 위한 저장소인가요?", "", "신입 백엔드 개발자라면 누구나 볼 수 있습니다.", "", "- 어떻게 기여하나요?", "", "답변을 고쳐서 PR을 보내 주세요.", ""])).not.toContain("어떻게 기여하나요?");
  });

  it("a question of the run over a link alone is listed, the others keep their own answers", () => {
    const deck = parse(["# 스프링", "", "## 질문", "", "- DI란 무엇인가요?", "", "의존성을 밖에서 넣어 받는 것이다.", "", "- 생성자 주입을 권장하는 이유는?", "", "final로 둘 수 있고 테스트에서 넣기 쉽다.", "", "- 순환 참조는 어떻게 푸나요?", "", "[정리 글](https://example.com/c)", ""]);
    expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([["DI란 무엇인가요?", "의존성을 밖에서 넣어 받는 것이다."], ["생성자 주입을 권장하는 이유는?", "final로 둘 수 있고 테스트에서 넣기 쉽다."]]);
    expect(deck.unanswered?.map((u) => u.prompt)).toEqual(["순환 참조는 어떻게 푸나요?"]);
  });

  it("short answers ('80번.') answer too", () => {
    expect(prompts(["# 네트워크", "", "## 질문", "", "- HTTP 기본 포트는?", "", "80번.", "", "- HTTPS 기본 포트는?", "", "443번.", ""])).toEqual(["HTTP 기본 포트는?", "HTTPS 기본 포트는?"]);
  });
});

describe("hedged answers under numbered questions", () => {
  const round = (answer: string) => parse(["# 스터디", "", "## 2주차 질문", "", "(1) 스레드 풀은 왜 쓰나?", "", "만드는 비용을 줄이려고.", "", "(2) 풀 크기는 어떻게 잡나?", "", answer, "", "(3) 큐가 꽉 차면?", "", "거절 정책에 따라 예외를 던진다.", ""]);

  it.each(["코어 수 정도로 두면 되지 않아?", "어느 정도 여유만 두면 충분하지 않나?", "언제나 코어 수면 괜찮지 않나?"])("'%s' answers", (answer) => {
    expect(round(answer).cards.map((c) => c.answer)).toContain(answer);
  });

  it("one that pushes back ('…에서도 … 되지 않나?') is a question jotted, not the answer", () => {
    const deck = round("HTTP/1.1에서도 파이프라이닝이 되지 않나?");
    expect(deck.cards.map((c) => c.prompt)).not.toContain("풀 크기는 어떻게 잡나?");
  });
});

describe("closing words under a round of questions", () => {
  it("end the last answer, and what follows them is not part of it", () => {
    const deck = parse(["# 스터디", "", "## 3주차 꼬리질문", "", "(1) 페이지 폴트란?", "", "페이지가 메모리에 없는 상황이다.", "", "(2) 스래싱은 왜 생기나?", "", "프레임이 너무 적어서다.", "", "(3) 워킹셋 모델은?", "", "최근 참조한 페이지만큼 프레임을 보장한다.", "", "정리하면 프레임 할당이 중요하다.", "", "- 다음 주 발표: 김OO", "- 장소: 온라인", ""]);
    const last = deck.cards.find((c) => c.prompt === "워킹셋 모델은?");
    expect(last?.answer).toContain("정리하면");
    expect(last?.answer).not.toContain("다음 주 발표");
  });

  it("under a title that lists them ('…질문 리스트') as well", () => {
    expect(prompts(["# 스터디", "", "## 3주차 예상 질문 리스트", "", "(1) 데드락 조건은?", "", "네 가지가 모두 성립할 때.", "", "(2) 예방하려면?", "", "조건 하나를 깬다.", "", "(3) 탐지는?", "", "그래프에서 사이클을 찾는다.", "", "요약하면 예방, 회피, 탐지로 다룬다.", ""])).toEqual(["데드락 조건은?", "예방하려면?", "탐지는?"]);
  });
});

describe("source headings", () => {
  it("one over sub-topics of its own keeps them as cards", () => {
    expect(prompts(["# 캐시", "", "## 캐시 전략", "", "채우고 비우는 방식에 따라 일관성이 달라진다.", "", "### 어느 기술 블로그에서", "", "#### Look Aside", "", "먼저 캐시를 보고, 없으면 DB에서 읽어 캐시에 넣는다. 캐시가 죽어도 서비스는 돈다.", "", "#### Write Back", "", "쓰기를 캐시에 모아 두었다가 한꺼번에 DB에 반영한다. 쓰기가 많을 때 유리하지만 캐시가 죽으면 잃는다.", ""])).toEqual(expect.arrayContaining(["Look Aside에 대해 설명해 주세요.", "Write Back에 대해 설명해 주세요."]));
  });

  it("a document of a data model ('임베디드 문서에서') is no source", () => {
    expect(prompts(["# MongoDB", "", "## MongoDB의 원자성", "", "도큐먼트 단위로 쓰기의 원자성을 보장한다.", "", "### 임베디드 문서에서", "", "하위 문서를 넣어 두면 여러 필드를 한 번에 바꿀 수 있다.", ""])).toHaveLength(2);
  });

  it("a talk ('테코톡에서') is one", () => {
    expect(prompts(["# JPA", "", "## N+1 문제", "", "연관 엔티티마다 쿼리가 더 나가는 문제다.", "", "### 테코톡에서", "", "fetch join으로 한 번에 가져오는 방법을 소개했다.", ""])).toEqual(["N+1 문제에 대해 설명해 주세요."]);
  });
});

describe("lead-ins", () => {
  it("a definition before the urging ('…저장소다. 두 전략을 살펴보자.') is the topic's answer", () => {
    const deck = parse(["# 캐시", "", "## 캐시", "", "자주 쓰는 데이터를 가까이 두는 저장소다. 대표 전략 두 가지를 살펴보자.", "", "### Cache Aside", "", "먼저 캐시를 보고 없으면 DB에서 읽는다.", ""]);
    expect(deck.cards.map((c) => c.answer).join("\n")).toContain("가까이 두는 저장소다");
  });

  it.each(["이번엔 트랜잭션을 제대로 짚고 넘어가자.", "**이번엔 트랜잭션을 한번 정리해 봅시다.**"])("'%s' only leads in", (line) => {
    expect(prompts(["# 스터디 노트", "", "# 오늘의 주제: 트랜잭션", "", line, "", "## ACID란 무엇일까?", "", "- 네 가지 성질이다.", ""])).toEqual(["ACID란 무엇일까?"]);
  });
});

describe("fill-ins and generic facets", () => {
  it("blanks answered by a command, a long list or a short sentence each keep their card", () => {
    expect(prompts(["# 복습", "", "## 빈칸 채우기", "", "- 브랜치를 만들고 이동하는 명령어는 ( ) 이다.", "  - `git switch -c`", "- OSI 7계층을 아래부터 쓰면 ( ) 이다.", "  - Physical, Data Link, Network, Transport, Session, Presentation, Application", "- handshake의 두 번째 패킷은 ( ) 이다.", "  - SYN+ACK이다.", ""])).toHaveLength(3);
  });

  it("'해결방안' and '발생조건' ask with their topic", () => {
    expect(prompts(["# 운영체제", "", "## 교착상태", "", "서로의 자원을 기다리며 멈춘 상태다.", "", "### 해결방안", "", "- 예방: 네 가지 조건 중 하나를 깬다.", "- 회피: 안전 상태일 때만 자원을 준다.", "- 탐지 및 회복: 사이클을 찾아 프로세스를 끝낸다.", "", "### 발생조건", "", "- 상호 배제", "- 점유 대기", "- 비선점", "- 순환 대기", ""])).toEqual(expect.arrayContaining(["교착상태의 발생조건에 대해 설명해 주세요."]));
  });
});

describe("an empty comparison question answered by headings that name its sides (blind set 42)", () => {
  it("'### A와 B의 차이점은?' then '### A', '### B': one card asking it, the sides its answer", () => {
    const deck = parse(["# 안드로이드", "", "## 생명주기에 대해 설명하시오", "", "onCreate부터 onDestroy까지 여섯 단계를 거친다.", "", "### onRestart는 언제 호출되나요?", "", "가려진 화면이 다시 보일 때 onStart 전에 호출된다.", "", "### `onCreate`와 `onStart`의 차이점은 무엇인가요?", "", "### onCreate", "", "최초 생성될 때 한 번, 초기화를 한다.", "", "### onStart", "", "화면에 보이기 직전마다 호출된다.", ""]);
    const asked = deck.cards.find((c) => c.prompt === "onCreate와 onStart의 차이점은 무엇인가요?");
    expect(asked?.answer).toContain("최초 생성될 때");
    expect(asked?.answer).toContain("보이기 직전마다");
    expect(deck.unanswered?.map((u) => u.prompt)).not.toContain("onCreate와 onStart의 차이점은 무엇인가요?");
  });

  it("headings after it that name something else stay cards of their own", () => {
    expect(prompts(["# 안드로이드", "", "### onCreate와 onStart의 차이점은?", "", "### Intent", "", "컴포넌트 사이에 요청을 전하는 메시지 객체다.", "", "### Service", "", "화면 없이 뒤에서 오래 도는 작업을 맡는 컴포넌트다.", ""])).toEqual(["Intent에 대해 설명해 주세요.", "Service에 대해 설명해 주세요."]);
  });
});

describe("comparison sides (a second reader's notes)", () => {
  it("a side with question sub-headings of its own keeps them as cards", () => {
    const deck = parse(["# OS", "", "### 프로세스와 스레드의 차이는 무엇인가요?", "", "### 프로세스", "", "실행 중인 프로그램의 인스턴스로 자원을 따로 받는다.", "", "#### PCB에는 어떤 정보가 저장되나요?", "", "프로세스 ID, 상태, 프로그램 카운터가 저장된다.", "", "### 스레드", "", "프로세스 안의 실행 단위로 스택만 따로 가진다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toContain("PCB에는 어떤 정보가 저장되나요?");
  });

  it("sides with a gloss ('프로세스(Process)'), names with a slash ('HTTP/1.1') and a bare 'A vs B' are read", () => {
    expect(prompts(["# OS", "", "### 프로세스와 스레드의 차이점은 무엇인가요?", "", "### 프로세스(Process)", "", "독립된 메모리 공간을 받는다.", "", "### 스레드(Thread)", "", "힙을 함께 쓰고 스택만 따로 가진다.", ""])).toEqual(["프로세스와 스레드의 차이점은 무엇인가요?"]);
    expect(prompts(["# 웹", "", "### HTTP/1.1, HTTP/2의 차이는 무엇인가요?", "", "### HTTP/1.1", "", "Keep-Alive로 연결을 재사용한다.", "", "### HTTP/2", "", "한 연결에서 여러 스트림을 보낸다.", ""])).toEqual(["HTTP/1.1, HTTP/2의 차이는 무엇인가요?"]);
    expect(prompts(["# 자료구조", "", "### Array vs LinkedList", "", "### Array", "", "연속된 메모리에 저장되어 인덱스로 바로 접근한다.", "", "### LinkedList", "", "노드가 다음 노드의 주소를 들고 이어진다.", ""])).toEqual(["Array vs LinkedList에 대해 설명해 주세요."]);
  });
});
