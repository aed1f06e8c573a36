/**
 * A page of toggles exported as HTML (`<ul class="toggle"><li><details open="">`
 * indented inside one `<div class="page-body">`): before, Markdown read it as
 * one HTML block and not one toggle became a card. Fixture notes written for
 * this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "./parse-deck";
import { toggleListsUnwrapped } from "./toggle-lists";

const note = [
  "# 운영체제", // 1
  "",
  '<div class="page-body">',
  '   <ul id="a1" class="toggle">',
  "      <li>", // 5
  '         <details open="">',
  "            <summary><strong>교착 상태란?</strong></summary>",
  "            <p>두 작업이 서로의 자원을 기다리며 멈춘 상태입니다.</p>",
  "            <ul><li>상호 배제, 점유 대기, 비선점, 순환 대기가 모두 있을 때 생깁니다.</li></ul>",
  "         </details>", // 10
  "      </li>",
  "   </ul>",
  '   <ul id="a2" class="toggle">',
  "      <li>",
  '         <details open="">', // 15
  "            <summary><strong>세마포어란?</strong></summary>",
  "         </details>",
  "      </li>",
  "   </ul>",
  '   <ul id="a3" class="toggle">', // 20
  "      <li>",
  '         <details open="">',
  "            <summary><strong>스케줄링 알고리즘의 종류</strong></summary>",
  "            <p>FCFS, SJF, 라운드 로빈이 있습니다.</p>",
  "            <ul>", // 25
  "               <li>",
  "                  <details>",
  "                     <summary>그림</summary>",
  "                     <p>간트 차트</p>",
  "                  </details>", // 30
  "               </li>",
  "            </ul>",
  "         </details>",
  "      </li>",
  "   </ul>", // 35
  "</div>",
].join("\n");

describe("a page of toggles exported as HTML", () => {
  it("reads each answered toggle as a card, an empty one as an unanswered question, and a toggle inside an answer as part of it", () => {
    const deck = parseDeck(note, { path: "os.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([
      [6, "qa", "교착 상태란?"],
      [22, "qa", "스케줄링 알고리즘의 종류에 대해 설명해 주세요."],
    ]);
    expect(deck.cards[0]!.answer).toBe("두 작업이 서로의 자원을 기다리며 멈춘 상태입니다.\n\n<ul><li>상호 배제, 점유 대기, 비선점, 순환 대기가 모두 있을 때 생깁니다.</li></ul>");
    // (a picture's fold is material of the answer, never a follow-up "그림에 대해 설명해 주세요.")
    expect(deck.cards[1]!.answer).toMatch(/^FCFS, SJF, 라운드 로빈이 있습니다\.[\s\S]*간트 차트/);
    expect(deck.unanswered?.map((u) => [u.line, u.prompt])).toEqual([[15, "세마포어란?"]]);
  });

  it("keeps every line where it was, blanks only the frames around top-level toggles, and sets each toggle flush left", () => {
    const lines = note.split("\n");
    const out = toggleListsUnwrapped(lines);
    expect(out).toHaveLength(lines.length);
    expect(out.slice(2, 6)).toEqual(["", "", "", '<details open="">']);
    expect(out[7]).toBe("   <p>두 작업이 서로의 자원을 기다리며 멈춘 상태입니다.</p>");
    expect(out.slice(10, 14)).toEqual(["", "", "", ""]);
    expect(out[26]).toBe("         <details>");
    expect(out[30]).toBe("      </li>");
  });

  it("leaves folds that sit in no list item, and a list of links, as they are", () => {
    const plain = ["<details>", "  <summary>캐시란?</summary>", "  <p>가까이 두는 저장소</p>", "</details>", "<ul>", '  <li><a href="#a">A</a></li>', "</ul>"];
    expect(toggleListsUnwrapped(plain)).toBe(plain);
  });

  it("reads a list of folds written at the margin the same way, with no toggle mark", () => {
    const plain = ["# 운영체제", "", "<ul>", "  <li>", "    <details>", "      <summary>Q. 스레드란?</summary>", "      <p>프로세스 안에서 실행 흐름을 나누는 단위로, 힙을 공유하고 스택만 따로 가진다.</p>", "    </details>", "  </li>", "  <li>", "    <details>", "      <summary>Q. 문맥 교환이란?</summary>", "    </details>", "  </li>", "</ul>"];
    const deck = parseDeck(plain.join("\n"), { path: "os.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[5, "스레드란?"]]);
    expect(deck.unanswered?.map((u) => u.prompt)).toEqual(["문맥 교환이란?"]);
  });

  it("leaves a fold in an HTML list under a Markdown list item's answer inside that answer", () => {
    const nested = ["## 자바스크립트", "", "- 클로저란?", "  - 함수가 선언될 때의 렉시컬 환경을 기억해 바깥 함수가 끝난 뒤에도 그 변수에 접근하는 것.", "  <ul>", "  <li>", "  <details>", "  <summary>그림</summary>", "", "  ![closure](./closure.png)", "", "  </details>", "  </li>", "  </ul>"];
    expect(toggleListsUnwrapped(nested)).toBe(nested);
    expect(parseDeck(nested.join("\n"), { path: "js.md" }).cards.map((c) => c.prompt)).toEqual(["클로저란?"]);
  });
});

