/**
 * Numbered question headings whose answer the writer set beside, not under,
 * one of them (notes of our own, written for this test): "### 2) …?" with
 * nothing under it, then unnumbered headings at its depth, then "### 3) …".
 * Those headings are its answer, each under its name; without a next number
 * to close the run, or with a question among them, they stay as they were.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const UNDER_TOPIC = [
  "# 해시 테이블에 대해 설명해 주세요.", // 1
  "",
  "키를 해시 함수로 바꾼 값을 인덱스로 써서 값을 찾는 자료구조입니다.",
  "",
  "### 1) 해시 충돌은 어떻게 해결하나요?", // 5
  "",
  "체이닝이나 개방 주소법으로 해결합니다.",
  "",
  "### 2) 자바의 HashMap은 왜 트리를 함께 쓰나요?", // 9
  "",
  "### 체이닝의 약점", // 11
  "",
  "한 버킷에 값이 몰리면 리스트를 끝까지 훑어야 해서 느려집니다.",
  "",
  "### 트리로 바꾸는 기준", // 15
  "",
  "한 버킷의 원소가 여덟 개를 넘으면 레드블랙 트리로 바꿉니다.",
  "",
  "### 3) 해시 함수가 좋다는 것은 무슨 뜻인가요?", // 19
  "",
  "키를 버킷에 고르게 흩어 충돌이 적게 나는 함수입니다.",
];

describe("an empty numbered question before unnumbered headings and the next number", () => {
  it("is answered by those headings, each under its name, and the topic above no longer holds them", () => {
    const deck = parseNote(UNDER_TOPIC);
    expect(noteCards(UNDER_TOPIC).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [1, "qa", null],
      [5, "followup", 1],
      [9, "followup", 1],
      [19, "followup", 1],
    ]);
    const why = deck.cards.find((c) => c.lineStart === 9)!;
    expect(why.answer).toContain("### 체이닝의 약점");
    expect(why.answer).toContain("레드블랙 트리로 바꿉니다.");
    expect(deck.cards[0]!.answer).not.toContain("레드블랙");
    expect(deck.unanswered).toEqual([]);
  });

  it("…at the top of a note too", () => {
    const top = UNDER_TOPIC.slice(4).map((l) => l.replace(/^### /, "## "));
    expect(parseNote(top).cards.map((c) => [c.lineStart + 4, c.kind])).toEqual([
      [5, "qa"],
      [9, "qa"],
      [19, "qa"],
    ]);
    expect(parseNote(top).cards[1]!.answer).toContain("여덟 개를 넘으면");
  });

  it("stays unanswered when no next number closes the run, or when a heading in the run asks", () => {
    const unclosed = parseNote(UNDER_TOPIC.slice(4, 18).map((l) => l.replace(/^### /, "## ")));
    expect((unclosed.unanswered ?? []).map((u) => u.line + 4)).toEqual([9]);
    const asking = UNDER_TOPIC.slice(4).map((l) => l.replace(/^### /, "## ").replace("## 트리로 바꾸는 기준", "## 트리로 바꾸는 기준은?"));
    expect((parseNote(asking).unanswered ?? []).map((u) => u.line + 4)).toEqual([9]);
  });
});

describe("the headings after an empty numbered question", () => {
  const note = (parts: string[]) => ["# 웹 면접 준비", "", "### 1) HTTP와 HTTPS의 차이는?", "", "HTTPS는 TLS로 암호화해 주고받습니다.", "", "### 2) REST API란 무엇인가요?", "", ...parts, "### 3) 상태 코드 401과 403의 차이는?", "", "401은 인증이 없을 때, 403은 권한이 없을 때입니다."];

  it("are topics the writer went on to when none names what it asks and none is numbered under it: it stays unanswered, they stay cards", () => {
    const deck = parseNote(note(["### CORS", "", "다른 출처의 요청을 브라우저가 허용할지 정하는 정책입니다.", "", "### 쿠키와 세션", "", "쿠키는 브라우저에, 세션은 서버에 상태를 둡니다.", ""]));
    expect((deck.unanswered ?? []).map((u) => u.line)).toEqual([7]);
    expect(deck.cards.map((c) => c.prompt)).toContain("CORS에 대해 설명해 주세요.");
  });

  it("answer it when each is numbered under it ('2-1.', '2-2.'), naming it or not", () => {
    const deck = parseNote(note(["### 2-1. 자원과 표현", "", "URI로 자원을 가리키고 JSON 같은 표현으로 주고받습니다.", "", "### 2-2. 무상태", "", "요청마다 필요한 정보를 모두 담아 서버가 상태를 기억하지 않습니다.", ""]));
    expect(deck.unanswered ?? []).toEqual([]);
    expect(deck.cards.find((c) => c.lineStart === 7)!.answer).toContain("서버가 상태를 기억하지 않습니다.");
  });
});

describe("the id of a question answered beside it", () => {
  it("is the one its practice prompt had while it was unanswered, so what was practised on it is kept (values from the parser before)", async () => {
    const { parseDeck } = await import("./index");
    const under = parseDeck(UNDER_TOPIC.join("\n"), { path: "notes/hash.md" }).cards.find((c) => c.lineStart === 9)!;
    const top = parseDeck(UNDER_TOPIC.slice(4).map((l) => l.replace(/^### /, "## ")).join("\n"), { path: "notes/hash.md" }).cards.find((c) => c.lineStart === 5)!;
    expect([under.id, top.id]).toEqual(["319b8cecaeb75236", "72c7ef432641d9f0"]);
  });
});
