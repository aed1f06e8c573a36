/**
 * A Notion export: a topic explained only in a callout ("<aside>", "💡 …",
 * "</aside>") before its sub-headings, and a listed question answered in a
 * callout. The topic made no card (its callout read as markup), and the
 * question's answer kept the tags and the icon. One question alone under a
 * "### 질문" label, answered inside its item, was listed unanswered. Notes
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";
import { unwrapCallouts } from "./callouts";

describe("Notion callouts", () => {
  it("explain the topic they sit in and answer the question they sit under", () => {
    const { cards, deck } = parseFixture("notion-callouts.md");
    expect(cards).toEqual([
      [3, "qa", "TCP에 대해 설명해 주세요.", null],
      [11, "qa", "TCP의 특징에 대해 설명해 주세요.", null],
      // (the answered questions under "### 질문" below the topic drill that topic: topic-question-lists.test.ts)
      [18, "followup", "그럼, UDP 위에서 신뢰성을 보장할 수는 없나요?", 3],
      [26, "followup", "흐름 제어와 혼잡 제어는 무엇이 다른가요?", 3],
    ]);
    expect(deck.cards[0]!.answer).toBe("TCP란?\n연결을 먼저 맺고, 순서와 도착을 보장하며 데이터를 주고받는 전송 계층 프로토콜이다.");
    expect(deck.cards[2]!.answer).toBe("가능하다.\n애플리케이션 계층에서 재전송과 순서 번호를 직접 구현하면 된다. QUIC이 그 예다.");
  });

  it("answer the one question listed under a question label", () => {
    const deck = parseNote([
      "## UDP", // 1
      "",
      "비연결형이고, 순서와 도착을 보장하지 않는 대신 빠른 전송 계층 프로토콜이다.",
      "",
      "### 질문", // 5
      "",
      "- 그렇다면 실시간 스트리밍에는 왜 UDP를 쓰나요?", // 7
      "    ",
      "    <aside>",
      "    💡 늦게 온 패킷은 쓸모가 없어서, 재전송을 기다리기보다 버리는 편이 낫기 때문이다.",
      "    </aside>",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([
      [1, "UDP에 대해 설명해 주세요.", "비연결형이고, 순서와 도착을 보장하지 않는 대신 빠른 전송 계층 프로토콜이다."],
      [7, "그렇다면 실시간 스트리밍에는 왜 UDP를 쓰나요?", "늦게 온 패킷은 쓸모가 없어서, 재전송을 기다리기보다 버리는 편이 낫기 때문이다."],
    ]);
    expect(deck.unanswered ?? []).toEqual([]);
    // (…with an answer heading after it too, both answers, never the item's lost: a second reader's note)
    const both = parseNote(["# 네트워크", "### 질문", "- TCP는 어떻게 신뢰성을 보장하나요?", "    - 순서 번호와 ACK로 보장한다.", "", "### 답변", "재전송 타이머와 흐름 제어도 함께 쓴다."]);
    expect(both.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([[3, "TCP는 어떻게 신뢰성을 보장하나요?", "- 순서 번호와 ACK로 보장한다.\n\n재전송 타이머와 흐름 제어도 함께 쓴다."]]);
  });

  it("lose their tags and icon in an answer, their words kept", () => {
    expect(unwrapCallouts("<aside>\n📢 뷰는 뷰컨이 소유한다.\n</aside>")).toBe("뷰는 뷰컨이 소유한다.");
    // (a second reader's shapes: the icon on the tag's line, blank lines after the tag, a callout within a list item's line)
    expect(unwrapCallouts("    <aside>💡 쿠키는 브라우저에 저장한다.\n    </aside>")).toBe("    쿠키는 브라우저에 저장한다.");
    expect(unwrapCallouts("<aside>\n\n💡 HTTPS는 TLS로 암호화한다.\n\n</aside>")).toBe("HTTPS는 TLS로 암호화한다.");
    expect(unwrapCallouts("- <aside> 💡 HTTP/3는 QUIC 위에서 동작한다. </aside>")).toBe("- HTTP/3는 QUIC 위에서 동작한다.");
    // (a callout opened on a list item's line: the item's text; code, fenced or inline, and prose naming the tag stay as written)
    expect(unwrapCallouts("- 하나의 논리적 작업 단위다.\n- <aside>\n  ⚠️ 격리 수준에 따라 이상 현상이 다르다.\n  </aside>")).toBe("- 하나의 논리적 작업 단위다.\n- 격리 수준에 따라 이상 현상이 다르다.");
    const fenced = "노션은 콜아웃을 이렇게 내보낸다.\n\n```html\n<aside>\n💡 여기에 내용\n</aside>\n```";
    expect(unwrapCallouts(fenced)).toBe(fenced);
    const inline = "`<aside>`와 `</aside>` 태그로 감싼다. 닫는 태그는 </aside>";
    expect(unwrapCallouts(inline)).toBe(inline);
    expect(unwrapCallouts("답은 그대로 둔다. <aside>는 태그 이름이다.")).toBe("답은 그대로 둔다. <aside>는 태그 이름이다.");
  });

  it("read every dress of a callout as the topic's words, and a sentence naming the tag as none", () => {
    const deck = parseNote([
      "# 운영체제", // 1
      "## 데드락", // 2
      "<aside> 💡 서로 가진 자원을 기다리며 멈춘 상태. </aside>",
      "",
      "## 세마포어", // 5
      "<aside>",
      '<img src="/icons/light-bulb_yellow.svg" alt="" width="40px" /> 공유 자원에 접근할 수 있는 개수를 세는 정수 변수.',
      "",
      "</aside>",
      "",
      "## UDP", // 11
      "<aside>",
      "",
      "💡 연결 없이 데이터그램을 보내는 전송 프로토콜이다.",
      "",
      "</aside>",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([
      [2, "데드락에 대해 설명해 주세요.", "서로 가진 자원을 기다리며 멈춘 상태."],
      [5, "세마포어에 대해 설명해 주세요.", "공유 자원에 접근할 수 있는 개수를 세는 정수 변수."],
      [11, "UDP에 대해 설명해 주세요.", "연결 없이 데이터그램을 보내는 전송 프로토콜이다."],
    ]);
  });
});
