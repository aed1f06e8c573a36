/**
 * A list of questions to prepare, grouped under an item that only names them
 * (a linked page, "면접때 질문할 내용들"), each "- Q: …?" with "- A: …" and
 * notes nested under it, then pages to read (a note of our own, written for
 * this test). The naming item is no question: its questions are; "A:" is no
 * part of an answer; and a linked title over further links is reading.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "## 질문 리스트", // 1
  "",
  "- [신입에게 면접때 질문할 내용들](https://example.com/questions)", // 3
  "",
  "  - Q: 웹 접근성을 지켜 본 경험이 있나요?", // 5
  "    - A: 시맨틱 태그와 대체 텍스트를 아는지 본다.",
  "    - alt와 aria-label을 써 봄",
  "  - Q: 이미지 지연 로딩은 어떻게 하나요?", // 8
  "    - A: loading 속성이나 IntersectionObserver를 아는지 본다.",
  "    - loading=\"lazy\"를 씀",
  "",
  "- [프론트엔드 면접 핸드북](https://example.com/handbook)", // 12
  "",
  "  - [한국어 번역](https://example.com/handbook/ko)",
  "  - 번역본은 조금 오래됨",
];

describe("questions grouped under an item that names them", () => {
  it("are cards of their own, and the linked reading after them is none", () => {
    expect(noteCards(NOTE)).toEqual([
      [5, "qa", "웹 접근성을 지켜 본 경험이 있나요?", null],
      [8, "qa", "이미지 지연 로딩은 어떻게 하나요?", null],
    ]);
  });

  it("drops the answer's 'A:' mark and keeps the notes after it", () => {
    expect(parseNote(NOTE).cards[0]!.answer).toBe("- 시맨틱 태그와 대체 텍스트를 아는지 본다.\n- alt와 aria-label을 써 봄");
  });
});
