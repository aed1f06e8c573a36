/**
 * A README titled with its repository's name over a tagline about the study
 * or interview preparation it holds (repository-intro.ts): no card, a warning.
 * A title that names a topic over its definition keeps its card. Fixture notes
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";
import { introducesRepository } from "./repository-intro";

describe("a repository's name and tagline as a note's title", () => {
  it("makes no card of the tagline and keeps the note's question", () => {
    const { deck, cards } = parseFixture("repository-tagline.md");
    expect(cards).toEqual([[4, "qa", "이진 탐색은 언제 쓸 수 있나요?", null]]);
    expect(deck.warnings.map((w) => w.message)).toContain('건너뛴 부분: "algo-notes" (질문이 아닌 저장소 소개)');
  });

  it("keeps a topic title over its definition", () => {
    const { cards } = parseFixture("repository-tagline-guard.md");
    expect(cards).toEqual([[1, "qa", "ThreadLocal에 대해 설명해 주세요.", null]]);
  });

  it("reads a study's name spelled out in words, over a quoted tagline, as the repository's; its topics and its cheer are no questions", () => {
    const { deck, cards } = parseFixture("study-readme-spelled-out.md");
    expect(cards).toEqual([[16, "qa", "프로세스와 스레드의 차이는?", null]]);
    expect(deck.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining(['건너뛴 부분: "📚 Backend Interview Study" (질문이 아닌 저장소 소개)', '건너뛴 부분: "✍️ 스터디 주제" (질문이 아닌 안내·목차·규칙)', '건너뛴 부분: "🙌 파이팅입니다!" (질문이 아닌 안내·목차·규칙)']),
    );
    // (a topic's name in words is no study's: "Virtual Memory" over its definition keeps its card)
    expect(introducesRepository("Virtual Memory", "면접에 자주 나오는 가상 메모리 개념")).toBe(false);
    expect(introducesRepository("CS Interview Notes", "면접 준비를 위한 CS 정리")).toBe(true);
    // (one topic's notes, "<topic> Notes" over a definition that mentions interviews, keep their card)
    expect(introducesRepository("Spring Transaction Notes", "면접 단골 질문. @Transactional은 프록시로 동작한다.")).toBe(false);
    expect(introducesRepository("Garbage Collection Notes", "자바 공부하면서 정리한 GC 노트. GC는 힙의 쓰레기를 회수한다.")).toBe(false);
  });

  it("reads only identifiers as repository names, and only taglines about studying", () => {
    expect(introducesRepository("InterviewStudy", "넷이서 면접 스터디를 하고 있어요")).toBe(true);
    // (a question collection named for itself, "# TechQuestions" over what it gathers)
    expect(introducesRepository("TechQuestions", "기술 면접을 위한 질문들을 정리한 문서")).toBe(true);
    expect(introducesRepository("SwiftQuestions", "스위프트의 옵셔널은 값이 없을 수 있음을 나타내는 타입이다")).toBe(false);
    expect(introducesRepository("면접 스터디", "넷이서 면접 스터디를 하고 있어요")).toBe(false);
    expect(introducesRepository("MachineLearning", "데이터로부터 학습하는 모델을 만드는 분야")).toBe(false);
  });
});

describe("a collection's title over a line inviting corrections", () => {
  const note = [
    "# Backend Interview 대비 개념 정리집", // 1
    "",
    ":books: 백엔드 면접 개념 정리집",
    "",
    "> 잘못된 내용이 있으면 언제든 이슈 남겨주세요 :)",
    "",
    "## 자료구조",
    "",
    "<details>",
    "  <summary>Stack</summary>", // 10
    "  <ul>",
    '    <li><a href="./stack/stack.md">Stack</a></li>',
    '    <li><a href="#">Stack으로 Queue 만들기 - 작성 중</a></li>',
    "  </ul>",
    "</details>",
    "",
    "## 인덱스란 무엇인가요?", // 17
    "",
    "검색을 빠르게 하려고 컬럼 값과 행의 위치를 정렬해 둔 자료구조입니다.",
    "",
  ];

  it("is the repository's front page, and a fold of HTML links to its notes answers nothing", () => {
    const deck = parseNote(note);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[17, "인덱스란 무엇인가요?"]]);
    expect(deck.warnings).toContainEqual({ line: 1, message: '건너뛴 부분: "Backend Interview 대비 개념 정리집" (질문이 아닌 저장소 소개)' });
  });

  it("keeps a collection's title that explains something at length before the invitation", () => {
    const explained = "TCP는 연결을 맺은 뒤 순서와 도착을 보장하는 전송 계층 프로토콜입니다. 3-way handshake로 연결을 맺고, 흐름 제어와 혼잡 제어로 상대와 네트워크가 감당할 만큼만 보냅니다. 잃어버린 세그먼트는 확인 응답이 오지 않으면 다시 보냅니다.";
    const deck = parseNote(["# 네트워크 면접 정리", "", explained, "", "> 틀린 내용은 이슈 남겨주세요", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["네트워크 면접 정리에 대해 설명해 주세요."]);
  });

  it("keeps a topic named after a colon, and a note whose list holds its questions (a second reader's notes)", () => {
    const topic = parseNote(["# 면접 대비 노트: 오픈소스 기여 경험", "", "기여할 때는 먼저 이슈를 남겨 방향을 맞춘 뒤 작은 PR로 나눠 보냅니다.", ""]);
    expect(topic.cards).toHaveLength(1);
    const listed = parseNote(["# 신입 면접 질문 모음", "", "틀린 답이 있으면 PR 환영합니다.", "", "- 프로세스와 스레드의 차이", "  - 프로세스는 독립 메모리, 스레드는 공유 메모리를 씁니다.", ""]);
    expect(listed.cards.length).toBeGreaterThan(0);
  });
});
