/**
 * A question template's folds filled in on one line each (our own words,
 * written for this test): "<details> <summary><h3>…</h3></summary> <ul>
 * <li>…? 답.</li> <li>…</li> </ul> </details>". Each item asks and then
 * answers in its own sentences: a follow-up answered by them. An item that
 * only states comes first as the fold's own answer; an item whose words after
 * the question are an aside or an example ("(주의: …)", "예를 들어, …") is
 * still a question only.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

const fold = (summary: string, items: string[]) => `<details> <summary><h3>${summary}</h3></summary> <ul> ${items.map((i) => `<li>${i}</li>`).join(" ")} </ul> </details>`;

describe("template items asked and answered on one line", () => {
  it("are follow-ups answered by their own words; a first item that states answers the fold", () => {
    const deck = parseNote([
      "## 네트워크",
      "",
      fold("1. 쿠키와 세션의 차이에 대해 설명해 주세요.", ["쿠키는 브라우저에, 세션은 서버에 상태를 저장합니다.", "세션 방식의 로그인 과정에 대해 설명해 주세요. 서버가 세션을 만들고 그 ID를 쿠키로 돌려줍니다."]),
      "",
      fold("2. HTTP 응답코드에 대해 설명해 주세요.", ["401과 403은 어떤 차이가 있나요? 401은 인증이 없다는 뜻이고, 403은 권한이 없다는 뜻입니다.", "5xx는 누구의 잘못인가요? 요청을 처리하던 서버 쪽에서 실패했다는 뜻입니다."]),
    ]);
    const byLine = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer, c.parentId ? byLine.get(c.parentId) : null])).toEqual([
      [3, "qa", "쿠키와 세션의 차이에 대해 설명해 주세요.", "쿠키는 브라우저에, 세션은 서버에 상태를 저장합니다.", null],
      [3, "followup", "세션 방식의 로그인 과정에 대해 설명해 주세요.", "서버가 세션을 만들고 그 ID를 쿠키로 돌려줍니다.", 3],
      // (the fold answered only through its follow-ups is a practice prompt without a model answer)
      [5, "qa", "HTTP 응답코드에 대해 설명해 주세요.", "", null],
      [5, "followup", "401과 403은 어떤 차이가 있나요?", "401은 인증이 없다는 뜻이고, 403은 권한이 없다는 뜻입니다.", 5],
      [5, "followup", "5xx는 누구의 잘못인가요?", "요청을 처리하던 서버 쪽에서 실패했다는 뜻입니다.", 5],
    ]);
  });

  it("an aside or an example after the question leaves the item a question with no answer", () => {
    const deck = parseNote(["## 네트워크", "", fold("3. OSI 7계층에 대해 설명해 주세요.", ["각 계층은 데이터를 어떻게 부르나요? 예를 들어, 전송 계층은 세그먼트라고 부릅니다.", "L3 스위치와 라우터는 무엇이 다른가요? (주의: 둘을 같다고 말하면 안 됩니다.)"])]);
    expect(deck.cards).toEqual([]);
    expect((deck.unanswered ?? []).map((u) => u.prompt)).toEqual([
      "OSI 7계층에 대해 설명해 주세요.",
      "각 계층은 데이터를 어떻게 부르나요? 예를 들어, 전송 계층은 세그먼트라고 부릅니다.",
      "L3 스위치와 라우터는 무엇이 다른가요? (주의: 둘을 같다고 말하면 안 됩니다.)",
    ]);
  });

  it("a note's clipped endings answer, a question mark in code or a request after the question does not end it, an item going on into a list stays the fold's answer", () => {
    const deck = parseNote([
      "## DB",
      "",
      fold("1. 인덱스에 대해 설명해 주세요.", ["인덱스를 많이 만들면 좋나요? 쓸 때마다 인덱스도 고쳐야 해서 느려짐", "쿼리 스트링은 언제 쓰나요? `/users?age=20`처럼 목록을 거를 때 씁니다.", "써 본 경험이 있나요? 있다면, 왜 그 컬럼을 골랐는지 설명해 주세요."]),
      "",
      "<details>",
      "<summary><h3>2. 가상 메모리에 대해 설명해 주세요.</h3></summary>",
      "<ul>",
      "<li>페이지 폴트는 언제 일어나나요? 접근한 페이지가 물리 메모리에 없을 때 일어납니다.",
      "<ul>",
      "<li>이때 OS가 디스크에서 페이지를 읽어 옵니다.</li>",
      "</ul>",
      "</li>",
      "</ul>",
      "</details>",
    ]);
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ["qa", "인덱스에 대해 설명해 주세요.", ""],
      ["followup", "인덱스를 많이 만들면 좋나요?", "쓸 때마다 인덱스도 고쳐야 해서 느려짐"],
      ["followup", "쿼리 스트링은 언제 쓰나요?", "`/users?age=20`처럼 목록을 거를 때 씁니다."],
      ["qa", "가상 메모리에 대해 설명해 주세요.", expect.stringContaining("페이지 폴트는 언제 일어나나요?")],
    ]);
    expect((deck.unanswered ?? []).map((u) => u.prompt)).toContain("써 본 경험이 있나요? 있다면, 왜 그 컬럼을 골랐는지 설명해 주세요.");
  });
});
