/**
 * A number glued to the heading it numbers ("##### 1.배열") is numbering, not part of the
 * question the card asks; ids keep the heading as they always read it, so no card's history moves.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";
import { cleanPrompt } from "./questions";

describe("numbering glued to a heading", () => {
  it("leaves the prompt, and keeps numbers that are part of the text", () => {
    expect(cleanPrompt("1.배열")).toBe("배열");
    expect(cleanPrompt("2)연결 리스트")).toBe("연결 리스트");
    expect(cleanPrompt("3. 힙")).toBe("힙");
    expect(cleanPrompt("3.Java의 특징")).toBe("Java의 특징");
    expect(cleanPrompt("1.5배 빠른 이유는?")).toBe("1.5배 빠른 이유는?");
    expect(cleanPrompt("2.x 버전과 3.x 버전의 차이는?")).toBe("2.x 버전과 3.x 버전의 차이는?");
    expect(cleanPrompt("3way handshake란?")).toBe("3way handshake란?");
  });

  it("asks the heading without its number while the id reads the heading as before", () => {
    const deck = parseDeck("# 큐\n\n## 우선순위 큐 구현\n\n### 1.배열\n\n넣을 때마다 자리를 찾아 밀어야 해서 O(N)이다.\n", { path: "queue.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["배열에 대해 설명해 주세요."]);
    // (the id the parser gave this card when its prompt still read "1.배열에 대해 설명해 주세요.")
    expect(deck.cards[0]!.id).toBe("48864b14d4051f35");
  });
  it("a hash kept as decoration after the heading's own ('### # CSS 전처리기') is no part of the question; C# keeps its hash", () => {
    const deck = parseDeck("## # CSS\n\n### # CSS 핵이란?\n\n브라우저마다 다른 버그를 이용해 특정 브라우저에만 스타일을 주는 방법.\n\n### C# 언어의 특징\n\n.NET 위에서 도는 객체 지향 언어다.\n", { path: "css.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["CSS 핵이란?", "C# 언어의 특징에 대해 설명해 주세요."]);
  });
  it("a list dash kept as decoration before a heading's words ('#### - 프레임 줄이기') is no part of the question; a minus sign in a name stays", () => {
    const deck = parseDeck("# 성능\n\n## - 프레임 줄이기\n\n애니메이션 프레임 수를 줄이면 리플로우도 그만큼 줄어든다.\n\n## -Xmx 옵션\n\n자바 힙이 늘어날 수 있는 최대 크기를 정하는 JVM 옵션이다.\n", { path: "perf.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["프레임 줄이기에 대해 설명해 주세요.", "-Xmx 옵션에 대해 설명해 주세요."]);
  });
  it("a tag naming the kind of question goes only when what follows it asks by itself", () => {
    expect(cleanPrompt("Pro Tips for Mastery: WindowManager란 무엇인가요?")).toBe("WindowManager란 무엇인가요?");
    expect(cleanPrompt("보너스 질문: 클로저를 설명해 주세요.")).toBe("클로저를 설명해 주세요.");
    expect(cleanPrompt("Tip: 작업 쪼개기")).toBe("Tip: 작업 쪼개기");
    expect(cleanPrompt("Bonus: Node.js에서도 이벤트 루프가 같은가요?")).toBe("Node.js에서도 이벤트 루프가 같은가요?");
    expect(cleanPrompt("Pro Tips for Mastery: 인터폴레이터")).toBe("Pro Tips for Mastery: 인터폴레이터");
  });
});

describe("a question quoted whole", () => {
  it("is asked without its quotes; quotes inside a question stay", () => {
    expect(cleanPrompt('"브라우저가 어떻게 동작하는지 아세요?"')).toBe("브라우저가 어떻게 동작하는지 아세요?");
    expect(cleanPrompt("“HTTP/3는 왜 UDP를 쓰나요?”")).toBe("HTTP/3는 왜 UDP를 쓰나요?");
    expect(cleanPrompt('"A"와 "B"의 차이는?')).toBe('"A"와 "B"의 차이는?');
  });
});
