/** A study repository's README that introduces itself at length (notes written for these tests). */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const readme = [
  "# Algo-Talk — 백엔드 면접 스터디",
  "",
  "> 매주 목요일 저녁에 모여 서로 질문하고 꼬리 질문을 던지는 **10주 면접 스터디** 레포입니다.",
  "",
  "원본 문항은 주제별 문서에 그대로 두고, `weeks/` 폴더에는 이를 주차별로 다시 나눈 학습 파일을 둡니다.",
  "",
  "- 총 대질문 90개와 손코딩 10문항",
  "- 주당 평균 9개 질문",
  "",
  "## 10주 로드맵",
  "",
  "| 주차 | 주제 | 질문 |",
  "|---|---|---|",
  "| [Week 01](weeks/week-01.md) | 자료구조 | 9 |",
  "| [Week 02](weeks/week-02.md) | 운영체제 | 10 |",
  "",
  "## 주차 파일 사용법",
  "",
  "각 주차 파일은 대질문, 꼬리 질문, 참고 자료 순서로 되어 있습니다. 대질문만 먼저 보고 답을 말해 본 뒤 펼쳐 봅니다.",
  "",
  "## Special Thanks",
  "",
  "함께 스터디를 진행했던 분들입니다. 모두 고맙습니다.",
  "",
];

describe("a study repository's README", () => {
  it("makes no card of its introduction, its roadmap, its guide or its thanks, and names each as skipped", () => {
    const deck = parseDeck(readme.join("\n"), { path: "README.md" });
    expect(deck.cards).toEqual([]);
    expect(deck.unanswered).toEqual([]);
    expect(deck.warnings.filter((w) => w.message.startsWith("건너뛴 부분")).map((w) => w.line)).toEqual([1, 10, 17, 21]);
  });

  it("its questions are still cards", () => {
    const deck = parseDeck([...readme, "## 프로세스와 스레드의 차이는?", "", "프로세스는 독립된 메모리를 갖고, 스레드는 한 프로세스의 메모리를 나눠 쓴다.", ""].join("\n"), { path: "README.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["프로세스와 스레드의 차이는?"]);
  });

  it("a note titled as a study that explains a topic is no README", () => {
    const deck = parseDeck(["# 네트워크 스터디", "", "## 주차 정리: TCP 흐름 제어", "", "수신 측이 윈도 크기를 알려 주면 송신 측은 그만큼만 보낸다. 윈도가 0이면 잠시 멈춘다.", ""].join("\n"), { path: "net.md" });
    expect(deck.cards.length).toBe(1);
  });
});

describe("what is no study README (a second reader's notes)", () => {
  it("a topic whose heading holds a guide's word is a topic", () => {
    const deck = parseDeck(["# 백엔드 면접 스터디", "", "매주 한 주제씩 정리하는 백엔드 면접 스터디 레포입니다.", "", "## 트랜잭션 격리 수준 안내", "", "격리 수준은 동시에 실행되는 트랜잭션이 서로의 변경을 얼마나 볼 수 있는지 정한다.", "", "## 감사 로그 (Audit Log)", "", "누가 언제 어떤 데이터를 바꿨는지 별도 테이블에 남겨 추적한다.", ""].join("\n"), { path: "README.md" });
    expect(deck.cards.map((c) => c.lineStart)).toEqual([5, 9]);
  });
  it("a note that calls a technology a store is no repository's introduction", () => {
    const deck = parseDeck(["# Redis 스터디", "", "Redis는 메모리에 데이터를 두는 키-값 저장소입니다. 읽기와 쓰기가 매우 빠르고 여러 자료구조를 지원합니다.", "", "## 키 만료 규칙", "", "EXPIRE로 TTL을 주면 시간이 지난 키는 접근할 때나 주기적으로 지워진다.", ""].join("\n"), { path: "redis.md" });
    expect(deck.cards.map((c) => c.lineStart)).toEqual([3, 5]);
  });
  it("a table's one-word question is kept; only a count is no question", () => {
    const deck = parseDeck(["| 질문 | 답 |", "|---|---|", "| 트랜잭션이란? | 하나의 논리적 작업 단위다. |", "| 왜? | 원자성을 보장하려고 묶는다. |", ""].join("\n"), { path: "t.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["트랜잭션이란?", "왜?"]);
  });
  it("a picture under a topic already explained is the topic's, no question", () => {
    const deck = parseDeck(["## 페이징", "", "프로세스의 논리 주소 공간을 같은 크기의 페이지로 나누어 물리 프레임에 올린다.", "", "### 주소 변환 그림", "", "<details><summary>펼치기</summary>", "", "![paging](paging.png)", "", "</details>", ""].join("\n"), { path: "p.md" });
    expect(deck.unanswered).toEqual([]);
  });
});
