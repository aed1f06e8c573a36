/**
 * What two second readers found against the fifty-fourth round's rules, each
 * narrowed until the note reads as before (notes written for these tests): an
 * admission that is the answer asked for, a reviewer's name that is no one's,
 * a one-line answer put as a question, questions announced as the answer's own
 * content, a quote that is an aside, and a group explained in parts.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const prompts = (lines: string[]) => noteCards(lines).map((c) => c[2]);
const unanswered = (lines: string[]) => parseNote(lines).unanswered?.map((u) => u.prompt) ?? [];

describe("admissions", () => {
  it("that say what is known first, or are the words asked for, answer", () => {
    const note = [
      "### AtomicInteger는 어떻게 락 없이 동작하나요?",
      "CAS 연산으로 기대값과 현재값이 같을 때만 새 값으로 바꾸는 건 아는데 ABA 문제는 설명 못하겠다.",
      "",
      "### 모르는 기술 질문을 받으면 뭐라고 말하나요?",
      "> 죄송합니다, 그 부분은 아직 공부가 부족해서 정확하게 설명을 못하겠습니다.",
      "",
      "### 연봉 질문에 바로 답하기 곤란할 때는?",
      "지금 이 자리에서는 구체적인 금액까지는 답을 못하겠습니다",
    ];
    expect(prompts(note)).toEqual(["AtomicInteger는 어떻게 락 없이 동작하나요?", "모르는 기술 질문을 받으면 뭐라고 말하나요?", "연봉 질문에 바로 답하기 곤란할 때는?"]);
  });

  it("in their short spoken forms answer nothing", () => {
    const note = ["**Q. 리해싱은 언제 일어나나요?**", "아 몰라", "", "**Q. 펜윅 트리는?**", "전혀 몰라!!", "", "**Q. 스킵 리스트는?**", "이건 설명 못하겠네", "", "**Q. B트리가 디스크에 유리한 이유는?**", "설명을 못했습니다."];
    expect(prompts(note)).toEqual([]);
    expect(unanswered(note)).toHaveLength(4);
  });
});

describe("feedback headings", () => {
  it("keep topics whose names only look like a reviewer's", () => {
    const sql = ["## Review", "", "### From 절", "조회할 테이블을 정하고 조인으로 여러 테이블을 묶는다.", "", "### Topic", "카프카에서 메시지를 분류하는 이름이다.", "", "### To-Be", "바뀐 뒤의 구조를 그린다.", "", "### By product", "상품별로 리뷰를 모아 평균 별점을 계산한다."];
    // (short, they are read as the parts of one topic, as before: nothing skipped)
    const deck = parseNote(sql);
    expect(deck.warnings).toEqual([]);
    expect(deck.cards.map((c) => ["From 절", "Topic", "To-Be", "By product"].every((name) => c.answer.includes(name)))).toEqual([true]);
    const two = ["## Review", "", "### From 절", "조회할 테이블을 정하고, 조인이 있으면 여러 테이블을 하나의 결과 집합으로 묶은 뒤에 WHERE 절이 그 위에서 행을 거른다.", "", "### Tombstone", "카프카에서 키의 값을 null로 보내면 컴팩션이 그 키의 이전 레코드를 지우고, 잠시 뒤 그 표시도 지운다."];
    expect(prompts(two)).toEqual(["From 절에 대해 설명해 주세요.", "Tombstone에 대해 설명해 주세요."]);
    const control = ["## 피드백", "", "### 시스템의 피드백", "센서로 출력을 측정해서 제어기에 다시 넣어 주는 경로 전체를 말한다."];
    expect(prompts(control)).toEqual(["시스템의 피드백에 대해 설명해 주세요."]);
  });

  it("keep a story of feedback received, prepared for the interview", () => {
    const story = ["## 피드백", "", "### 팀장님의 피드백", "인턴 때 제 PR에 테스트 코드가 거의 없다는 피드백을 받았습니다. 그 뒤로는 단위 테스트를 같이 올리는 습관을 들였습니다."];
    expect(prompts(story)).toHaveLength(1);
  });

  it("skip three reviewers or more, and titles in other dress", () => {
    const three = ["### 빈의 스코프 종류는?", "싱글톤과 프로토타입, 웹에서는 request와 session이 있다.", "", "## Feedback", "", "### from 민수", "- 프록시 설명할 때 그림 그리듯이 말하면 더 좋을 듯", "", "### To 지수", "- 답이 조금 길어서 두괄식으로 줄이면 좋겠음", "", "### 하은님 피드백", "예시를 하나씩 붙이면 가산점일 것 같아요."];
    expect(prompts(three)).toEqual(["빈의 스코프 종류는?"]);
    const dressed = ["### 정규화는 왜 하나요?", "중복을 줄여 이상 현상을 막으려고 한다.", "", "## 스터디 피드백", "", "### 민수님", "- 말 속도 적당했음", "", "### by 정민 (5/2)", "정확히 짚어서 좋았어요."];
    expect(prompts(dressed)).toEqual(["정규화는 왜 하나요?"]);
  });
});

describe("a one-line answer put as a question", () => {
  it("answers when it guesses, hedges, is said back after 'A :', or advises", () => {
    const note = [
      "Q : 페이지 교체에 주로 쓰는 알고리즘은?", // 1
      "LRU?",
      "",
      "Q : 로드 밸런서의 L4와 L7 차이는?", // 4
      "A : 그럼 L7은 HTTP 헤더까지 본다는 뜻인가요?",
      "",
      "### equals를 재정의할 때 주의할 점은?", // 7
      "",
      "hashCode도 반드시 함께 재정의하세요.",
      "",
      "### 스레드 풀 크기는 어떻게 잡나요?", // 11
      "",
      "I/O가 많으면 코어 수보다 더 많이 잡아도 되지 않나?",
    ];
    expect(noteCards(note).map((c) => c[0])).toEqual([1, 4, 7, 11]);
  });

  it("is a second question when it asks on, or the answer is marked to write", () => {
    const note = ["**Q. CORS는 왜 필요한가요?**", "**그럼 preflight 요청은 언제 보내나요?**", "", "**Q. 혼잡 제어 방식은?**", "→ Slow Start의 임계값은 어떻게 정해지나요?"];
    expect(prompts(note)).toEqual([]);
    expect(unanswered(note)).toEqual(["CORS는 왜 필요한가요?", "그럼 preflight 요청은 언제 보내나요?", "혼잡 제어 방식은?", "Slow Start의 임계값은 어떻게 정해지나요?"]);
  });
});

describe("questions after an answer", () => {
  it("stay the answer when it announces them, or when it was asked for questions", () => {
    const checklist = ["## 코드 리뷰할 때 무엇을 중점적으로 보나요?", "", "PR을 열면 아래 질문들을 순서대로 던집니다. 다 예라면 승인합니다.", "", "이 함수는 한 가지 일만 하고 있는가?", "", "실패했을 때의 동작이 테스트로 검증되어 있는가?"];
    expect(unanswered(checklist)).toEqual([]);
    const reverse = ["## 마지막으로 궁금한 점 있으신가요?", "", "팀에 대해 여쭤보고 싶습니다.", "", "코드 리뷰는 어떤 방식으로 하시나요?", "", "신입은 첫 달에 어떤 일을 맡게 되나요?"];
    expect(unanswered(reverse)).toEqual([]);
  });

  it("keep their code words whole when listed", () => {
    const note = ["## 파이썬 객체는 어떻게 만들어지나요?", "", "`__new__`가 인스턴스를 만들고 `__init__`이 초기화한다.", "", "__init__과 __new__의 호출 순서를 바꿀 수 있나요?", "", "COUNT(*)와 COUNT(col_name)의 차이는?"];
    expect(parseNote(note).unanswered?.map((u) => [u.line, u.prompt])).toEqual([
      [5, "__init__과 __new__의 호출 순서를 바꿀 수 있나요?"],
      [7, "COUNT(*)와 COUNT(col_name)의 차이는?"],
    ]);
  });
});

describe("a one-line quote among quoted questions", () => {
  const quoted = (middle: string[]) => ["> 뮤텍스가 무엇인가요?", "", "한 번에 한 스레드만 임계 구역에 들어가게 하는 잠금이다.", "", ...middle, "> 세마포어는 무엇인가요?", "", "카운터로 여러 스레드의 진입을 허용한다.", "", "> 데드락은 왜 생기나요?", "", "서로가 가진 자원을 기다리기 때문이다."];

  it("is an aside when it points back, and a part when the answer announces its parts", () => {
    expect(prompts(quoted(["> 면접관이 이 질문을 하는 이유", "", "동기화 도구를 구분하는지 보려는 것이다.", ""]))).toHaveLength(3);
    expect(prompts(quoted(["두 가지 방식이 있다.", "", "> 스핀 락의 원리", "", "잠금이 풀릴 때까지 돌며 기다린다.", "", "> 슬립 락의 원리", "", "잠들었다가 깨어난다.", ""]))).toHaveLength(3);
  });
});

describe("a group under a follow-up label", () => {
  it("explained in parts stays one follow-up, as does one answered under a label", () => {
    const parts = ["## 가상 메모리란?", "", "필요한 부분만 물리 메모리에 올리는 기법이다.", "", "## 추가 질문", "", "### 페이지 교체 알고리즘", "", "#### FIFO", "가장 먼저 들어온 페이지를 내보낸다.", "", "#### LRU", "가장 오래 쓰이지 않은 페이지를 내보낸다."];
    expect(noteCards(parts)).toEqual([
      [1, "qa", "가상 메모리란?", null],
      [7, "followup", "페이지 교체 알고리즘에 대해 설명해 주세요.", 1],
    ]);
  });
});
