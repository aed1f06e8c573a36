import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";

const CANONICAL = `---
title: 캐시 기초
slug: cache-basics
description: 캐시에 대한 짧은 정리
tags: [운영체제, 캐시]
sources:
  - "[캐시 문서](https://example.com/cache)"
---

## 캐시 메모리
### 스크립트
캐시는 자주 쓰는 데이터를 가까운 곳에 두는 저장소입니다.
덕분에 느린 메모리까지 가지 않아도 됩니다.

> 지역성 이야기를 꼭 덧붙이세요.

### 단계
1. CPU가 캐시를 먼저 확인합니다.
2. 없으면 메인 메모리에서 읽습니다.
   - 읽은 블록은 캐시에 채웁니다.
3. 값을 돌려줍니다.

### 이유
- 메모리 접근이 CPU보다 훨씬 느리기 때문

### 꼬리 질문
#### 캐시 미스의 종류는?
강제 미스, 용량 미스, 충돌 미스가 있습니다.

#### 쓰기 정책에는 무엇이 있나요?
write-through 와 write-back 이 있습니다.

### Q. 캐시 일관성이란?
여러 코어의 캐시가 같은 값을 보도록 맞추는 성질입니다.

## 출처
- [지역성 설명](https://example.com/locality)
`;

describe("canonical format", () => {
  const deck = parseDeck(CANONICAL, { path: "content/decks/cache.md" });

  it("reads front matter into the deck", () => {
    expect(deck.deck).toEqual({
      slug: "cache-basics",
      title: "캐시 기초",
      description: "캐시에 대한 짧은 정리",
      tags: ["운영체제", "캐시"],
      sources: ["[캐시 문서](https://example.com/cache)", "[지역성 설명](https://example.com/locality)"],
    });
    expect(deck.warnings).toEqual([]);
  });

  it("makes one card per labelled section", () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ["script", "캐시 메모리에 대해 설명해 주세요."],
      ["steps", "캐시 메모리의 과정을 단계별로 설명해 주세요."],
      ["qa", "캐시 메모리가 필요한 이유는?"],
      ["followup", "캐시 미스의 종류는?"],
      ["followup", "쓰기 정책에는 무엇이 있나요?"],
      ["qa", "캐시 일관성이란?"],
    ]);
  });

  it("script: blockquotes become tips and leave the answer", () => {
    const script = deck.cards[0]!;
    expect(script.answer).toBe("캐시는 자주 쓰는 데이터를 가까운 곳에 두는 저장소입니다.\n덕분에 느린 메모리까지 가지 않아도 됩니다.");
    expect(script.tips).toEqual(["지역성 이야기를 꼭 덧붙이세요."]);
    expect(script.headingPath).toEqual(["캐시 메모리", "스크립트"]);
    expect([script.lineStart, script.lineEnd]).toEqual([11, 15]);
  });

  it("steps: each top-level item with its nested items", () => {
    expect(deck.cards[1]!.steps).toEqual(["CPU가 캐시를 먼저 확인합니다.", "없으면 메인 메모리에서 읽습니다. 읽은 블록은 캐시에 채웁니다.", "값을 돌려줍니다."]);
    expect(deck.cards[1]!.answer.startsWith("1. CPU가")).toBe(true);
  });

  it("follow-ups point at the topic's script card; sources apply to every card", () => {
    const script = deck.cards[0]!;
    expect(deck.cards[3]!.parentId).toBe(script.id);
    expect(deck.cards[4]!.parentId).toBe(script.id);
    expect(deck.cards[3]!.answer).toBe("강제 미스, 용량 미스, 충돌 미스가 있습니다.");
    for (const c of deck.cards) expect(c.sources).toEqual(deck.deck.sources);
  });

  it("line numbers are 1-based and cover the card", () => {
    const lines = CANONICAL.split("\n");
    for (const c of deck.cards) {
      expect(lines[c.lineEnd - 1]!.trim()).not.toBe("");
      expect(c.lineStart).toBeLessThanOrEqual(c.lineEnd);
    }
    expect(deck.cards[5]!.lineStart).toBe(33);
    expect(deck.cards[5]!.lineEnd).toBe(34);
  });
});

describe("label variants", () => {
  const variants: [string, string][] = [
    ["### 📝 스크립트", "script"], ["### 모범 답안", "script"], ["### 모범답안:", "script"], ["### 답변", "script"],
    ["### Script", "script"], ["### ✅ Answer", "script"], ["**스크립트**", "script"], ["📝 스크립트", "script"],
    ["### 단계", "steps"], ["### 절차", "steps"], ["### 과정", "steps"], ["### Steps", "steps"], ["**단계**", "steps"],
    ["### 이유", "qa"], ["### 필요한 이유", "qa"], ["### 왜", "qa"], ["### Why", "qa"], ["### 왜 필요한가", "qa"], ["이러한 방식이 필요한 이유", "qa"],
  ];
  for (const [label, kind] of variants) {
    it(`"${label}" → ${kind}`, () => {
      const md = `## 가상 메모리\n\n${label}\n\n1. 주소를 변환합니다.\n2. 페이지를 읽습니다.\n`;
      const deck = parseDeck(md, { path: "v.md" });
      expect(deck.cards.map((c) => c.kind)).toEqual([kind]);
      if (kind === "steps") expect(deck.cards[0]!.steps).toEqual(["주소를 변환합니다.", "페이지를 읽습니다."]);
      if (kind === "qa") expect(deck.cards[0]!.prompt).toBe("가상 메모리가 필요한 이유는?");
    });
  }

  for (const label of ["## 예상 꼬리 질문", "## 꼬리 질문", "## 꼬리질문", "## 관련 질문", "## Follow-up", "## Follow-up questions", "**꼬리 질문**"]) {
    it(`"${label}" → follow-ups`, () => {
      const md = `## 스레드\n\n스레드는 실행 흐름의 단위입니다. 프로세스 안에서 자원을 공유합니다.\n\n${label}\n\n- 스레드와 프로세스의 차이는?\n  - 자원 공유 여부가 다릅니다.\n- 답이 없는 질문은 건너뛰나요?\n`;
      const deck = parseDeck(md, { path: "f.md" });
      expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
        ["script", "스레드에 대해 설명해 주세요."],
        ["followup", "스레드와 프로세스의 차이는?"],
      ]);
      expect(deck.cards[1]!.answer).toBe("- 자원 공유 여부가 다릅니다.");
      expect(deck.cards[1]!.parentId).toBe(deck.cards[0]!.id);
    });
  }

  for (const label of ["## 예상 질문", "## 면접 질문"]) {
    it(`"${label}" → the interview's own questions`, () => {
      const md = `## 스레드\n\n스레드는 실행 흐름의 단위입니다. 프로세스 안에서 자원을 공유합니다.\n\n${label}\n\n- 스레드와 프로세스의 차이는?\n  - 자원 공유 여부가 다릅니다.\n- 답이 없는 질문은 건너뛰나요?\n`;
      const deck = parseDeck(md, { path: "f.md" });
      expect(deck.cards.map((c) => [c.kind, c.prompt, c.parentId ?? null])).toEqual([
        ["script", "스레드에 대해 설명해 주세요.", null],
        ["qa", "스레드와 프로세스의 차이는?", null],
      ]);
      expect(deck.unanswered?.map((q) => q.prompt)).toEqual(["답이 없는 질문은 건너뛰나요?"]);
    });
  }

  for (const label of ["## 출처", "## 참고", "## 참고 자료", "## 참고자료", "## References", "## Reference", "## Sources", "출처:"]) {
    it(`"${label}" → deck sources`, () => {
      const md = `# 덱\n\n## 힙\n### 스크립트\n힙은 완전 이진 트리입니다.\n\n${label}\n- [힙 정리](https://example.com/heap)\n- https://example.com/bare\n`;
      const deck = parseDeck(md, { path: "s.md" });
      expect(deck.deck.sources).toEqual(["[힙 정리](https://example.com/heap)", "https://example.com/bare"]);
      expect(deck.cards[0]!.sources).toEqual(deck.deck.sources);
    });
  }
});

describe("questions", () => {
  it("<details> blocks → qa, and followup inside a follow-up section", () => {
    const md = [
      "## 트랜잭션", "", "<details>", "<summary>ACID란 무엇인가요?</summary>", "", "원자성, 일관성, 격리성, 지속성입니다.", "", "</details>", "",
      "## 꼬리 질문", "", "<details><summary>격리 수준은?</summary>", "", "네 가지가 있습니다.", "", "</details>", "",
    ].join("\n");
    const deck = parseDeck(md, { path: "d.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ["qa", "ACID란 무엇인가요?", "원자성, 일관성, 격리성, 지속성입니다."],
      ["followup", "격리 수준은?", "네 가지가 있습니다."],
    ]);
    expect(deck.cards[1]!.parentId).toBe(deck.cards[0]!.id);
    expect(deck.cards[0]!.lineStart).toBe(3);
    expect(deck.cards[0]!.lineEnd).toBe(8);
  });

  it("Q. / Q1. / Q: paragraphs with A. answers", () => {
    const md = "## 정렬\n\nQ. 퀵 정렬의 평균 복잡도는?\nA. O(n log n) 입니다.\n\nQ1. 안정 정렬의 예는?\n\nA: 병합 정렬이 있습니다.\n\n**Q: 힙 정렬은 제자리 정렬인가?**\n\n네, 추가 메모리가 거의 필요 없습니다.\n";
    const deck = parseDeck(md, { path: "q.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ["qa", "퀵 정렬의 평균 복잡도는?", "O(n log n) 입니다."],
      ["qa", "안정 정렬의 예는?", "병합 정렬이 있습니다."],
      ["qa", "힙 정렬은 제자리 정렬인가?", "네, 추가 메모리가 거의 필요 없습니다."],
    ]);
  });

  it("question headings (?, Korean endings, Q. prefix) → qa with sub-sections in the answer", () => {
    const md = "# 네트워크\n\n## 1. DNS는 왜 필요할까?\nIP 대신 이름을 쓰게 해 줍니다.\n\n### 캐싱\n결과를 저장해 둡니다.\n\n## 라우터란\n패킷의 길을 정하는 장비.\n\n## Q2. 스위치는 무엇인가\nMAC 주소로 전달한다.\n";
    const deck = parseDeck(md, { path: "h.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ["qa", "DNS는 왜 필요할까?"],
      ["qa", "라우터란"],
      ["qa", "스위치는 무엇인가"],
    ]);
    expect(deck.cards[0]!.answer).toBe("IP 대신 이름을 쓰게 해 줍니다.\n\n### 캐싱\n\n결과를 저장해 둡니다.");
    expect(deck.deck.title).toBe("네트워크");
  });

  it("a plain topic with only notes becomes an 'explain' qa; TIL date lines are ignored", () => {
    const md = "2024.01.02 TIL\n\n## 세마포어\n공유 자원에 접근하는 스레드 수를 제한하는 도구.\n";
    const deck = parseDeck(md, { path: "notes/semaphore.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ["qa", "세마포어에 대해 설명해 주세요.", "공유 자원에 접근하는 스레드 수를 제한하는 도구."],
    ]);
    expect(deck.deck.title).toBe("세마포어");
    expect(deck.deck.slug).toBe("notes-semaphore");
  });
});

describe("ids", () => {
  const md = "## 교착 상태\n### 스크립트\n네 가지 조건이 모두 성립할 때 발생합니다.\n\n### 이유\n- 자원을 기다리기 때문\n";
  const base = parseDeck(md, { path: "deadlock.md" });

  it("are 16 hex chars, unique and deterministic", () => {
    for (const c of base.cards) expect(c.id).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(base.cards.map((c) => c.id)).size).toBe(2);
    expect(parseDeck(md, { path: "deadlock.md" }).cards.map((c) => c.id)).toEqual(base.cards.map((c) => c.id));
  });

  it("do not change when the body changes (typo fix, extra lines)", () => {
    const edited = parseDeck(md.replace("성립할 때", "성립하면").replace("기다리기 때문", "기다리기 때문\n- 추가 이유"), { path: "deadlock.md" });
    expect(edited.cards.map((c) => c.id)).toEqual(base.cards.map((c) => c.id));
  });

  it("change when the heading, deck key or slug changes", () => {
    const renamed = parseDeck(md.replace("## 교착 상태", "## 데드락"), { path: "deadlock.md" });
    expect(renamed.cards[0]!.id).not.toBe(base.cards[0]!.id);
    const moved = parseDeck(md, { path: "other.md" });
    expect(moved.cards[0]!.id).not.toBe(base.cards[0]!.id);
    const slugged = parseDeck("---\nslug: deadlock\n---\n" + md, { path: "x/y.md" });
    expect(parseDeck("---\nslug: deadlock\n---\n" + md, { path: "z.md" }).cards[0]!.id).toBe(slugged.cards[0]!.id);
  });

  it("ignore heading decoration (numbering, emoji, whitespace)", () => {
    const decorated = parseDeck(md.replace("## 교착 상태", "## 1.  교착   상태").replace("### 스크립트", "### 📝 스크립트"), { path: "deadlock.md" });
    expect(decorated.cards[0]!.id).toBe(base.cards[0]!.id);
  });

  it("get an ordinal only when the same path and kind really occur twice with different content", () => {
    const twice = "## 주제\n### 스크립트\n첫 번째 답입니다. 정말입니다.\n\n## 주제\n### 스크립트\n완전히 다른 답입니다. 그렇습니다.\n";
    const deck = parseDeck(twice, { path: "t.md" });
    expect(deck.cards).toHaveLength(2);
    expect(deck.cards[0]!.id).not.toBe(deck.cards[1]!.id);
    const same = parseDeck("## 주제\n### 스크립트\n같은 답입니다.\n\n## 주제\n### 스크립트\n같은 답입니다.\n", { path: "t.md" });
    expect(same.cards).toHaveLength(1);
    expect(same.cards[0]!.id).toBe(deck.cards[0]!.id);
  });
});
