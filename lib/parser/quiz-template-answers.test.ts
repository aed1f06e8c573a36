/**
 * A quiz template many study repositories copy: each question in a fold numbered "1 …" (no dot),
 * "### 코드" over a fence left empty, "### 정답" over the answer fenced as code, and
 * "꼬리 1) …?" lines in the answer, each answered on the line under it (blind set 20's shape), on
 * a fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { stripBareNumbering } from "./bare-numbering";

describe("a quiz template's folds", () => {
  const { deck, cards } = parseFixture("quiz-template-answers.md");

  it("marked lines answered under them follow the question up; a run's bare numbers are numbering; a marked line with nothing under it stays in the answer", () => {
    expect(cards).toEqual([
      [3, "qa", "스택과 큐의 차이를 설명해주세요", null],
      [12, "followup", "큐 두 개로 스택을 만들 수 있나요?", 3],
      [14, "followup", "그때 pop의 시간 복잡도는 어떻게 되나요?", 3],
      [20, "qa", "힙은 어떤 자료구조인가요?", null],
      [32, "qa", "해시 테이블에서 인덱스는 어떻게 정하나요?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("스택은 나중에 넣은 것을 먼저 꺼내고 큐는 먼저 넣은 것을 먼저 꺼냅니다.\n꼬리 3) 반대로 스택 두 개로 큐를 만들면 어떤 점이 좋은가요?");
    expect(deck.cards[1]!.answer).toBe("네, 꺼낼 때마다 하나만 남기고 나머지를 다른 큐로 옮기면 됩니다.");
    expect(deck.cards[2]!.answer).toBe("원소 수만큼 옮기므로 O(n)입니다.");
  });

  it("the empty '### 코드' slot and the '### 정답' label over the answer go; written code and a marked line inside it stay", () => {
    expect(deck.cards[3]!.answer).toBe("```js\n부모가 자식보다 항상 크거나 항상 작은 완전 이진 트리입니다.\n```");
    expect(deck.cards[4]!.answer).toBe("### 코드\n```js\nconst index = hash(key) % buckets.length;\n// 꼬리 1) 이 줄은 코드의 주석입니다?\n```\n\n```js\nbuckets[index].push([key, value]);\n```\n### 정답\n키의 해시 값을 버킷 수로 나눈 나머지를 씁니다.");
  });
});

describe("bare numbering", () => {
  it("goes only from a run of three or more numbered one after another", () => {
    const items = [
      { prompt: "3 way handshake란?", lineStart: 1 },
      { prompt: "1 스택이란?", lineStart: 5 },
      { prompt: "2 큐란?", lineStart: 9 },
      { prompt: "3 힙이란?", lineStart: 12 },
      { prompt: "7 계층이란?", lineStart: 20 },
    ];
    stripBareNumbering(items);
    expect(items.map((i) => i.prompt)).toEqual(["3 way handshake란?", "스택이란?", "큐란?", "힙이란?", "7 계층이란?"]);
  });
});

describe("empty fences", () => {
  it("two fences side by side are not read as one empty fence", () => {
    const note = "## DP\n\n점화식을 세우고 작은 문제부터 풉니다.\n\n```\ntop-down\nf(n) = f(n-1) + f(n-2)\n```\n\n```\nbottom-up\nfor i in 2..n: f[i] = f[i-1] + f[i-2]\n```\n";
    expect(parseDeck(note, { path: "dp.md" }).cards[0]!.answer).toBe("점화식을 세우고 작은 문제부터 풉니다.\n\n```\ntop-down\nf(n) = f(n-1) + f(n-2)\n```\n\n```\nbottom-up\nfor i in 2..n: f[i] = f[i-1] + f[i-2]\n```");
  });
});

describe("a marked follow-up line in a section's answer", () => {
  it("takes the lines under it up to the next heading; the part after it stays the question's", () => {
    const note = "## 프로세스와 스레드의 차이는?\n\n프로세스는 자원을 나눠 받는 단위이고 스레드는 그 안의 실행 흐름입니다.\n꼬리 1) 스레드끼리 공유하지 않는 것은?\n스택과 레지스터입니다.\n\n### 정리\n\n스레드는 힙과 코드를 함께 씁니다.\n";
    const deck = parseDeck(note, { path: "p.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [1, "qa", "프로세스와 스레드의 차이는?", "프로세스는 자원을 나눠 받는 단위이고 스레드는 그 안의 실행 흐름입니다.\n\n### 정리\n\n스레드는 힙과 코드를 함께 씁니다."],
      [4, "followup", "스레드끼리 공유하지 않는 것은?", "스택과 레지스터입니다."],
    ]);
  });
});

describe("a marked follow-up quoted after an emoji", () => {
  it("reads '> 🔁 꼬리 질문: …?' as the follow-up its quote answers", () => {
    const note = "## 교착 상태란 무엇인가요?\n\n서로가 가진 자원을 기다리며 모두 멈춘 상태입니다.\n\n> 🔁 꼬리 질문: 교착 상태의 네 가지 조건은?\n>\n> 상호 배제, 점유 대기, 비선점, 순환 대기입니다.\n";
    const deck = parseDeck(note, { path: "d.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [1, "qa", "교착 상태란 무엇인가요?", "서로가 가진 자원을 기다리며 모두 멈춘 상태입니다."],
      [5, "followup", "교착 상태의 네 가지 조건은?", "상호 배제, 점유 대기, 비선점, 순환 대기입니다."],
    ]);
  });
});

describe("a bold '그럼 …?' leading its paragraph", () => {
  it("leaves its closing emphasis with the question, not at the head of the answer", () => {
    const note = "## 가비지 컬렉션이란 무엇인가요?\n\n참조되지 않는 객체의 메모리를 자동으로 회수하는 기능입니다.\n\n**그럼 개발자는 메모리를 신경 쓰지 않아도 될까?** 그렇지 않습니다. 참조가 남으면 회수되지 않습니다.\n";
    const deck = parseDeck(note, { path: "gc.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ["qa", "가비지 컬렉션이란 무엇인가요?", "참조되지 않는 객체의 메모리를 자동으로 회수하는 기능입니다."],
      ["followup", "그럼 개발자는 메모리를 신경 쓰지 않아도 될까?", "그렇지 않습니다. 참조가 남으면 회수되지 않습니다."],
    ]);
  });
});

describe("marked follow-up lines that drill into the answer just given", () => {
  it("follow the marked line before them when they point back or name no subject; one naming its own subject follows the question", () => {
    const note = [
      "## 가상 메모리가 필요한 이유를 설명해주세요", // 1
      "",
      "물리 메모리보다 큰 프로그램도 실행할 수 있게 하려고 씁니다.",
      "꼬리 1) 페이지 크기가 크면 생기는 문제는 없나요?", // 4
      "마지막 페이지가 덜 차서 내부 단편화가 커집니다.",
      "꼬리 2) 해결 방법은 없나요?", // 6
      "페이지를 작게 나누면 됩니다.",
      "꼬리 3) 그럼 아주 작게 나누면 문제가 다 사라지나요?", // 8
      "페이지 테이블이 커지므로 알맞은 크기를 골라야 합니다.",
      "꼬리 4) TLB는 왜 필요한가요?", // 10
      "주소 변환마다 페이지 테이블을 읽지 않으려고 최근 변환을 담아 둡니다.",
      "",
    ].join("\n");
    const deck = parseDeck(note, { path: "vm.md" });
    const lineOf = (id?: string) => deck.cards.find((c) => c.id === id)?.lineStart ?? null;
    expect(deck.cards.map((c) => [c.lineStart, c.kind, lineOf(c.parentId)])).toEqual([
      [1, "qa", null],
      [4, "followup", 1],
      [6, "followup", 4],
      [8, "followup", 6],
      [10, "followup", 1],
    ]);
  });
});

describe("a remedy asked right after a follow-up that named a problem", () => {
  it("follows that follow-up; a bare facet after a follow-up still asks of the question both drill", () => {
    const note = [
      "#### 10. BST는 어떤 자료구조인가요?", // 1
      "> 왼쪽 서브트리에는 작은 값, 오른쪽에는 큰 값을 두는 이진 트리입니다.",
      "- **BST에서 최악의 경우는 언제 생기나요?**", // 3
      "> 값이 정렬된 순서로 들어와 한쪽으로만 자랄 때입니다.",
      "- **해결방법은 무엇인가요?**", // 5
      "> AVL이나 레드 블랙 트리처럼 스스로 균형을 맞추는 트리를 씁니다.",
      "- **BST의 장점은 무엇인가요?**", // 7
      "> 정렬된 순서로 순회할 수 있습니다.",
      "- **단점은 무엇인가요?**", // 9
      "> 균형이 깨지면 느려집니다.",
      "",
    ].join("\n");
    const deck = parseDeck(note, { path: "bst.md" });
    const lineOf = (id?: string) => deck.cards.find((c) => c.id === id)?.lineStart ?? null;
    expect(deck.cards.map((c) => [c.lineStart, c.kind, lineOf(c.parentId)])).toEqual([
      [1, "qa", null],
      [3, "followup", 1],
      [5, "followup", 3],
      [7, "followup", 1],
      [9, "followup", 1],
    ]);
  });
});
