/**
 * A study repository's README (fixtures/front-page/, written for this test):
 * once the study's own rules are found in it and nothing in it asks, its other
 * sections are about the repository too and make no card (three blind-set
 * READMEs had made eleven "…에 대해 설명해 주세요" cards of writing guides and
 * link lists). A README of notes, one that asks a question, and the same
 * text under another file name keep their cards.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "./parse-deck";

const read = (name: string) => readFileSync(path.join(__dirname, "fixtures", "front-page", name), "utf8");
const prompts = (text: string, file: string) => parseDeck(text, { path: file }).cards.map((c) => c.prompt);

describe("a study repository's front page", () => {
  it("skips every section, each named in a warning", () => {
    const deck = parseDeck(read("study-readme.md"), { path: "README.md" });
    expect(deck.cards).toEqual([]);
    expect(deck.warnings.filter((w) => w.message.includes("저장소 첫 페이지"))).toEqual([
      { line: 8, message: '건너뛴 부분: "정리 방법" (질문이 아닌 저장소 첫 페이지의 안내)' },
      { line: 13, message: '건너뛴 부분: "함께 읽을 곳" (질문이 아닌 저장소 첫 페이지의 안내)' },
    ]);
    expect(deck.skipped?.map((s) => s.line)).toEqual([3, 8, 13]);
  });

  it("is read so in a folder too, and only when the file is a README", () => {
    expect(prompts(read("study-readme.md"), "backend-study/readme.md")).toEqual([]);
    expect(prompts(read("study-readme.md"), "study-guide.md")).toEqual(["정리 방법에 대해 설명해 주세요.", "함께 읽을 곳에 대해 설명해 주세요."]);
  });

  it("leaves a README of notes, and one that asks, as they were", () => {
    expect(prompts(read("notes-readme.md"), "README.md")).toEqual(["프로세스에 대해 설명해 주세요.", "스레드에 대해 설명해 주세요."]);
    expect(prompts(read("asking-readme.md"), "README.md")).toEqual(["정리 방법에 대해 설명해 주세요.", "TCP와 UDP의 차이는 무엇인가요?"]);
  });
});
