/**
 * A quiz sheet's form left to fill in: "표를 채워주세요." over a table whose
 * rows name what to write and whose cells are empty (or only padded with
 * &nbsp;), "정의를 알려주세요." over "- 흐름 제어 :" with nothing after the colon,
 * a choice to circle ("3 way handshake는 (연결 과정/연결 해제 과정)이다.") beside
 * them, a sentence with its blank still open ("1차 캐시는 ______ 내부에 존재").
 * Nothing in it answers the question: it is the question's own material.
 */
import { ASKS_TO_CHOOSE } from "./given-material";
import { FILL_IN } from "./marked-choices";

const DELIMITER_ROW = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
/** "- 흐름 제어 :": a label with nothing written after it. */
const EMPTY_LABEL = /^([-*+]|\d{1,2}[.)])\s+[^:：\n]{1,40}[:：]\s*$/;
/** "- X는 (A/B)이다.": a sentence with alternatives to circle. */
const CHOICE_TO_CIRCLE = /^([-*+]|\d{1,2}[.)])?\s*[^()\n]*\([^()\n/]{1,30}(\/[^()\n/]{1,30})+\)[^()\n]*$/;

/** Something only a form holds: a table's delimiter row, a colon ending a line, an open blank. */
const FORM_MARK = /\|\s*:?-{2,}|[:：][ \t]*$|_{3,}|\(\s*\)|[(（]\s+[)）]/m;

const cells = (row: string) => row.trim().replace(/^\|/, "").replace(/\|$/, "").split("|");
const blank = (cell: string) => cell.replace(/&nbsp;|&#160;|\u00a0/g, "").trim() === "";

/** Whether an answer is only a form left blank (see above): at least one empty table or label, and nothing written. */
export function isBlankForm(answer: string, prompt: string): boolean {
  // (most answers hold none of a form's marks: a table's delimiter row, a label's colon at a line's end, a blank)
  if (!FORM_MARK.test(answer)) return false;
  const lines = answer.split("\n").map((l) => l.trim()).filter((l) => l);
  if (lines.length === 0) return false;
  let blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("|") && DELIMITER_ROW.test(lines[i + 1] ?? "")) {
      // (a table: its header names the columns; every body row fills in its first cell only)
      let j = i + 2;
      // (one column: nothing in it at all)
      const filled = (row: string) => (cells(row).length > 1 ? cells(row).slice(1) : cells(row)).some((c) => !blank(c));
      for (; j < lines.length && lines[j]!.startsWith("|"); j++) if (filled(lines[j]!)) return false;
      if (j === i + 2) return false;
      blanks++;
      i = j - 1;
      continue;
    }
    if (EMPTY_LABEL.test(line) || FILL_IN.test(line.replace(/&nbsp;/g, " "))) {
      blanks++;
      continue;
    }
    // (alternatives in brackets are choices only under a question that asks to pick: elsewhere, "대기(blocked/waiting)" glosses a term)
    if (!ASKS_TO_CHOOSE.test(prompt) || !CHOICE_TO_CIRCLE.test(line)) return false;
  }
  return blanks > 0;
}
