/**
 * Notes a second reader wrote against this round's rules (our own words),
 * each a way a rule took a real answer or question away or made one up. They
 * pin what the narrowed rules now do.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const kinds = (lines: string[]) => noteCards(lines).map(([line, kind, , parent]) => [line, kind, parent]);

describe("second reader, forty-seventh round", () => {
  it("keeps an answer that says something before admitting a gap, and '그중 …' follows it up", () => {
    const lines = [
      "### 모의면접 기록",
      "",
      "1. 인덱스 자료구조", // 3
      "    1. B+Tree를 주로 씀",
      "    2. 리프 노드끼리 연결돼 있어서 범위 검색이 빠름",
      "2. 해시 인덱스의 장단점", // 6
      "    1. 동등 비교는 O(1)로 빠름",
      "    2. 범위 검색은 잘 모르겠습니다",
      "3. 그중 범위 검색이 느린 이유는?", // 9
      "    1. 해시값은 정렬 순서를 보존하지 않기 때문",
    ];
    expect(kinds(lines)).toEqual([[3, "qa", null], [6, "qa", null], [9, "followup", 6]]);
    expect(parseNote(lines).cards[1]!.answer).toContain("O(1)로 빠름");
  });

  it("reads '꼬리질문) 기억 안 남' as a remark, not a follow-up", () => {
    const lines = ["Q. 프로세스와 스레드의 차이", "A.", "프로세스는 독립된 메모리를 갖고 스레드는 힙을 공유함", "", "꼬리질문) 기억 안 남", "다음에는 멀티프로세스 예시까지 준비하기"];
    expect(kinds(lines)).toEqual([[1, "qa", null]]);
  });

  it("leaves a facet asked of every item ('**안정 정렬인가?**' under each sort) in the topic's answer", () => {
    const lines = ["## 정렬", "", "- **퀵 정렬**: 피벗 기준 분할", "- **안정 정렬인가?**: 아님", "- **머지 정렬**: 분할 후 병합", "- **안정 정렬인가?**: 맞음"];
    expect(kinds(lines)).toEqual([[1, "qa", null]]);
  });

  it("leaves a quote holding two questions whole, and drops a 'cf)' mark", () => {
    const glossary = ["## 웹 통신", "브라우저와 서버는 요청과 응답으로 데이터를 주고받는다.", "", "> HTTP란?", "> 웹에서 하이퍼텍스트를 주고받기 위한 무상태 프로토콜", "> HTTPS란?", "> HTTP에 TLS 암호화를 더해 도청과 변조를 막는 프로토콜"];
    expect(kinds(glossary)).toEqual([[1, "qa", null]]);
    const cf = ["### 뮤텍스란?", "", "한 번에 하나의 스레드만 임계 구역에 들어가도록 잠그는 동기화 도구입니다.", "", "> **cf) 스핀락이란?** 락을 얻을 때까지 CPU를 쓰면서 계속 확인하는 방식으로, 짧은 대기에 유리하다."];
    expect(noteCards(cf)[1]).toEqual([5, "followup", "스핀락이란?", 1]);
  });

  it("keeps 'A:' when a sibling bullet is labelled 'B:'", () => {
    const deck = parseNote(["- Q: 데드락이 생기는 예를 들어주세요", "  - A: 트랜잭션 A가 1번 행을 잠그고 2번 행을 기다림", "  - B: 트랜잭션 B가 2번 행을 잠그고 1번 행을 기다림"]);
    expect(deck.cards[0]!.answer).toContain("- A: 트랜잭션 A가");
  });

  it("keeps a follow-up titled by the writer's own link over a terse answer", () => {
    const lines = ["### 암호화란?", "", "평문을 키로 바꿔 읽을 수 없게 만드는 것입니다.", "", "#### 꼬리 질문", "- [대칭키와 비대칭키 차이](https://example.com/crypto)", "  - 대칭키는 빠름, 비대칭키는 키 교환용 ([그림](https://example.com/img))"];
    expect(kinds(lines)).toEqual([[1, "qa", null], [6, "followup", 1]]);
  });

  it("asks a jotted comparison only when a rule sets its list apart", () => {
    const lines = ["## 정렬", "버블, 선택, 삽입 정렬은 O(n²)이고 퀵, 병합, 힙 정렬은 O(n log n)이다.", "", "- 퀵 정렬과 병합 정렬의 차이", "  - 퀵 정렬은 제자리 정렬이지만 최악의 경우 O(n²)", "  - 병합 정렬은 안정 정렬이고 추가 메모리가 필요"];
    expect(kinds(lines)).toEqual([[1, "qa", null]]);
  });

  it("does not tie 'what you said earlier' to the item just above", () => {
    const lines = [
      "- 자기소개 해주세요",
      "  - 결제 서비스를 Spring과 Redis로 만들었다고 소개",
      "- 자바의 GC 동작을 설명해주세요",
      "  - Young 영역과 Old 영역으로 나눠 세대별로 수거",
      "- 아까 자기소개에서 Redis를 말했는데, 왜 썼나요?",
      "  - 결제 요청의 중복을 막는 분산 락 용도",
      "- 그러면 락이 안 풀리면 어떻게 되나요?",
      "  - TTL을 둬서 자동으로 풀리게 함",
    ];
    expect(kinds(lines)).toEqual([[1, "qa", null], [3, "qa", null], [5, "qa", null], [7, "followup", 5]]);
  });

  it("keeps a question bank's '만약 …' scenarios as questions of their own", () => {
    const lines = [
      "### 1. 데이터베이스 인덱스란 무엇인가요?",
      "검색 속도를 높이기 위해 컬럼 값을 정렬해 둔 자료구조입니다.",
      "",
      "### 2. 만약 서비스 트래픽이 갑자기 10배로 늘어나면 어떻게 대응하시겠어요?",
      "먼저 병목을 찾고 캐시와 수평 확장을 검토하겠습니다.",
      "",
      "### 3. 만약 팀원과 코드 리뷰에서 의견이 충돌하면 어떻게 하시겠어요?",
      "근거를 들어 이야기하고 합의가 안 되면 팀 규칙을 따르겠습니다.",
    ];
    expect(kinds(lines)).toEqual([[1, "qa", null], [4, "qa", null], [7, "qa", null]]);
  });
});

describe("second reader, forty-seventh round, the later rules", () => {
  it("leaves indented code with Korean comments as code", () => {
    const lines = ["# 파이썬 정리", "", "## 조건문 예시", "", "    # 점수가 60 이상이면 통과일까?", "    for 학생 in 학생들:", "        if 학생.점수 >= 60:", "            print(학생.이름, \"통과\")", "", "## 리스트와 튜플의 차이는?", "", "리스트는 가변, 튜플은 불변입니다."];
    expect(kinds(lines)).toEqual([[3, "qa", null], [10, "qa", null]]);
  });

  it("keeps questions that name nothing asked before as questions of their own", () => {
    const lines = [
      "Q. 프로세스와 스레드의 차이는 무엇인가요?", "", "프로세스는 독립된 메모리를, 스레드는 힙을 공유합니다.", "",
      "Q. REST 말고 다른 API 설계 방식에는 무엇이 있나요?", "", "GraphQL, gRPC 등이 있습니다.", "",
      "Q. 같은 문제를 여러 번 푸는 재귀에서 DP가 유리한 이유는?", "", "중복 계산을 저장해 재사용하기 때문입니다.", "",
      "Q. 데이터베이스 정규화란?", "", "중복을 줄이도록 테이블을 나누는 과정입니다.", "",
      "Q. 만약 데이터가 거의 정렬되어 있다면 어떤 정렬이 좋을까요?", "", "삽입 정렬이 O(n)에 가깝게 동작합니다.",
    ];
    expect(kinds(lines).map(([, kind]) => kind)).toEqual(["qa", "qa", "qa", "qa", "qa"]);
  });

  it("ties '그중 …' and '문제 N …' only to a question they name", () => {
    const ofThose = ["# 스터디 질문 모음", "", "1. 디자인 패턴을 아는 대로 말해주세요.", "   싱글톤, 팩토리, 전략, 옵저버 패턴을 압니다.", "2. 스프링의 특징은 무엇인가요?", "   IoC, DI, AOP를 지원합니다.", "3. 그중 가장 많이 써본 디자인 패턴은 무엇인가요?", "   전략 패턴을 결제 모듈에 썼습니다."];
    expect(kinds(ofThose).map(([, kind]) => kind)).not.toContain("followup");
    const numbered = ["# 코딩 테스트 복기", "", "## 해시맵의 시간복잡도가 O(1)인 이유는?", "", "해시 함수로 바로 버킷을 찾기 때문이다.", "", "## 문제 2의 풀이 방법은?", "", "BFS로 최단 거리를 구했다."];
    expect(kinds(numbered).map(([, kind]) => kind)).toEqual(["qa", "qa"]);
  });

  it("reads a heading that links to its own anchor as a heading, not contents", () => {
    const lines = ["<h2>네트워크 면접</h2>", '<h3><a href="#tcp">TCP와 UDP의 차이는?</a></h3>', "<ul>", "  <li>TCP는 연결 지향이고 순서를 보장합니다.</li>", "</ul>", '<h3><a href="#dns">DNS 동작 과정을 설명해주세요</a></h3>', "<ul>", "  <li>로컬 캐시, 리졸버, 루트, TLD, 권한 서버 순으로 묻습니다.</li>", "</ul>", '<h3><a href="#tls">HTTPS 핸드셰이크 과정은?</a></h3>', "<ul>", "  <li>인증서를 검증하고 대칭키를 교환합니다.</li>", "</ul>"];
    expect(kinds(lines)).toEqual([[2, "qa", null], [6, "qa", null], [10, "qa", null]]);
  });

  it("keeps a link the question asks about, and the link of a question left unanswered", () => {
    const lines = ["## 코드 리뷰 질문", "", "- 아래 코드에서 메모리 누수가 나는 이유를 설명해주세요. https://example.com/gist", "  - 이벤트 리스너를 해제하지 않아서 참조가 남습니다.", "- HTTP/3는 왜 UDP를 쓰나요? https://example.com/quic", "- TCP란?", "  - 연결 지향 프로토콜"];
    const deck = parseNote(lines);
    expect(deck.cards[0]!.prompt).toBe("아래 코드에서 메모리 누수가 나는 이유를 설명해주세요. https://example.com/gist");
    expect((deck.unanswered ?? []).map((u) => u.prompt)).toEqual(["HTTP/3는 왜 UDP를 쓰나요? https://example.com/quic"]);
  });
});
