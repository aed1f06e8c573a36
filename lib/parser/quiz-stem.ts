/**
 * A quiz item's stem: what it shows between its question and its answer. A
 * numbered item asks on its labelled line under field lines ("## 문제 1" ›
 * "**유형**: 객관식" › "**문제**: 다음 코드의 출력 결과는?"), so its stem is
 * read from below that line, not from below its heading: code, a table, its
 * choices, and a further sentence that asks ("A의 처음 값이 100일 때의 값을
 * 고르시오."). Prose that says rather than asks (a worked solution, the
 * writer's first attempt, an explanation) is the answer's and ends the stem.
 */
import { FIELD, LABEL_IN_SOURCE as LABEL } from "./labelled-quiz-item";
import { TABLE_ROW } from "./marked-choices";
import { isQuestion, isRequest } from "./questions";
import { ANSWER_LABEL, CHOICE, CHOICES_HEADING, INLINE_CHOICES, said } from "./quiz-lines";

const plain = (text: string) => text.replace(/<[^>]*>|[*_`#>\s]/g, "");
/** "**풀이**: …", "해설:": a worked answer's label, the answer's start as much as "정답:". */
const WORKED = /^\s*(>\s*)?(\*\*|__)?\s*(풀이|해설|설명|이유|explanation)\s*(\*\*|__)?\s*[:：]/i;

/**
 * The lines between a question and its reveal fold that the question shows, and
 * whether the question was itself written among them (its label there, its
 * fields, its own lines, none of them part of what it shows).
 */
export function shownWithQuestion(shown: string[], prompt: string): { lines: string[]; stem: boolean } {
  const asked = plain(prompt);
  const isAsked = (line: string) => {
    const text = plain(line.replace(LABEL, ""));
    return text.length >= 4 && asked.includes(text);
  };
  // (the quiz's label must be there: a fold's own summary, "<summary>TCP란?</summary>", also reads as the question)
  if (!shown.some((line) => LABEL.test(line)) || !shown.some(isAsked)) return { lines: shown, stem: false };
  const dress = (line: string) => {
    const bare = line.replace(/[*_]/g, "").trim();
    return FIELD.test(bare) || /^(문제|질문)\s*[:：]?$/.test(bare);
  };
  return { lines: shown.filter((line) => !isAsked(line) && !dress(line)), stem: true };
}

/** Where a stem opening `lines` ends (an index), and whether it shows anything besides sentences that ask. */
function stemEnd(lines: string[], limit: number): { end: number; material: boolean } {
  let end = 0;
  let material = false;
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      const close = lines.findIndex((l, j) => j > i && l.trim().startsWith(fence) && l.trim().replace(/[`~]/g, "") === "");
      if (close < 0 || close >= limit) break;
      i = close;
      end = close + 1;
      material = true;
    } else if (!said(line) || CHOICES_HEADING.test(line)) continue;
    else if (TABLE_ROW.test(line) || CHOICE.test(line) || INLINE_CHOICES.test(line) || (material && /^\s{2,}\S/.test(line))) [end, material] = [i + 1, true];
    else if (!ANSWER_LABEL.test(line) && !WORKED.test(line) && asks(line)) end = i + 1;
    else break;
  }
  return { end, material };
}

const asks = (line: string) => {
  const t = line.replace(/[*_`]/g, "").trim();
  return isQuestion(t) || isRequest(t);
};

/** With a reveal fold: the stem is all the note shows before it (`before` lines of the answer), or nothing is given. */
export function splitStem(answer: string, before: number): { given: string; answer: string } | null {
  const lines = answer.split("\n");
  if (before <= 0) return null;
  const { end, material } = stemEnd(lines, before);
  if (!material || lines.slice(end, before).some(said)) return null;
  const rest = lines.slice(before).join("\n").trim();
  if (rest.replace(/<[^>]*>|[\s#*_>:-]/g, "").length < 2) return null;
  return { given: lines.slice(0, before).join("\n").trim(), answer: rest };
}

/** With no fold: the stem is given when the answer goes on with its label ("**정답**: 2", "**풀이**: …") right after it. */
export function splitBeforeAnswerLabel(answer: string): { given: string; answer: string } | null {
  const lines = answer.split("\n");
  const { end, material } = stemEnd(lines, lines.length);
  const next = lines.findIndex((l, i) => i >= end && said(l));
  if (!material || next < 0 || !(ANSWER_LABEL.test(lines[next]!) || WORKED.test(lines[next]!))) return null;
  return { given: lines.slice(0, end).join("\n").trim(), answer: lines.slice(end).join("\n").trim() };
}
