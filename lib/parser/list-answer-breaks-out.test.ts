/**
 * A question list whose last item is answered by a table (or a quote) written at
 * the margin, which ends the list: the table answers that item. A list of
 * unanswered questions over a citation quote stays unanswered.
 * Fixture: lib/parser/fixtures/list-answer-breaks-out.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseFixture, parseNote } from "@/test/helpers/parse-fixture";

describe("the last listed question answered below the list", () => {
  const { deck, cards, unanswered } = parseFixture("list-answer-breaks-out.md");

  it("takes the table as the last item's answer, and leaves a citation answering nothing", () => {
    expect(cards).toEqual([
      [5, "qa", "공인 IP와 사설 IP는 어떻게 다른가요?", null],
      [8, "qa", "IPv4와 IPv6의 차이는?", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("|구분|IPv4|IPv6|\n|-|-|-|\n|길이|32비트|128비트|\n|표기|10진수 네 묶음|16진수 여덟 묶음|");
    expect(unanswered).toEqual([
      [17, "정적 라우팅은 어떻게 설정하나요?", null],
      [18, "동적 라우팅 프로토콜에는 무엇이 있나요?", null],
    ]);
  });

  it("takes a fence at the margin as the last item's answer when every other item is answered under it; not under bare questions", () => {
    const answered = [
      "# iOS",
      "",
      "- 앱이 시작할 때 만들어지는 객체는 무엇인가?",
      "  - UIApplication 싱글턴 객체",
      "- 앱이 백그라운드에 있을 때 제약은 무엇인가요?",
      "  - 적은 메모리만 써야 한다",
      "- 상태가 바뀔 때 불리는 앱 델리게이트 메서드들을 설명하시오.",
      "",
      "```",
      "func applicationDidEnterBackground(_ application: UIApplication)",
      "```",
    ];
    expect(noteCards(answered).map((c) => [c[0], c[2]])).toEqual([
      [3, "앱이 시작할 때 만들어지는 객체는 무엇인가?"],
      [5, "앱이 백그라운드에 있을 때 제약은 무엇인가요?"],
      [7, "상태가 바뀔 때 불리는 앱 델리게이트 메서드들을 설명하시오."],
    ]);
    expect(parseNote(answered).cards[2]!.answer).toBe("```\nfunc applicationDidEnterBackground(_ application: UIApplication)\n```");
    const bare = ["# iOS", "", "- 앱 델리게이트란?", "- 씬 델리게이트란?", "", "```", "func scene(_ scene: UIScene)", "```"];
    expect(noteCards(bare)).toEqual([]);
  });
});
