/**
 * A note written as an HTML page (our own words, written for this test): an
 * index of in-page links dressed as headings ("<h5><a href="#one"><li>…</li>
 * </a></h5>"), then each question as the bold anchor the index points to
 * ("<a name="one"><b>1. …</b></a>") between rules, its answer in "<ul>" lists.
 * The index is a table of contents, not questions; each anchor is a question
 * answered by what follows it.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "<h2>운영체제 면접</h2>", // 1
  "<hr>",
  "<ol>",
  '  <h5><a href="#zero"><li>프로세스와 스레드의 차이를 설명해주세요</li></a></h5>',
  '  <h5><a href="#one"><li>교착 상태란?</li></a></h5>',
  '  <h5><a href="#two"><li>페이지 폴트에 대해 설명해주세요</li></a></h5>',
  "</ol>",
  "<hr>",
  '<a name="zero"><b>0. 프로세스와 스레드의 차이를 설명해주세요.</b></a>', // 9
  "<hr>",
  "<ul>",
  "  <li>프로세스는 독립된 메모리를 갖고, 스레드는 프로세스의 힙을 공유합니다.</li>",
  "</ul>",
  "<hr>",
  '<a name="one"><b>1. 교착 상태란?</b></a>', // 15
  "<hr>",
  "<ul>",
  "  <li>두 작업이 서로가 가진 자원을 기다리며 멈춘 상태입니다.</li>",
  "</ul>",
  "<hr>",
  '<a name="two"><b>2. 페이지 폴트에 대해 설명해주세요</b></a>', // 21
  "<hr>",
  "<ul>",
  "  <li>접근한 페이지가 메모리에 없어 디스크에서 가져와야 하는 상황입니다.</li>",
  "</ul>",
];

describe("an HTML page of anchored questions", () => {
  it("asks each anchored question, answered by its list", () => {
    expect(noteCards(NOTE).map(([line, kind, prompt]) => [line, kind, prompt])).toEqual([
      [9, "qa", "프로세스와 스레드의 차이를 설명해주세요."],
      [15, "qa", "교착 상태란?"],
      [21, "qa", "페이지 폴트에 대해 설명해주세요"],
    ]);
    expect(parseNote(NOTE).cards[1]!.answer).toContain("서로가 가진 자원을 기다리며");
  });

  it("reads the index as contents, listing none of it as unanswered", () => {
    expect(parseNote(NOTE).unanswered ?? []).toEqual([]);
  });
});
