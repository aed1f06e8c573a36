/**
 * What a question shows with it: the code a quiz asks about and the choices it
 * offers ("무엇이 출력 될까요?" over a code block and "- A: … - D: …", then the
 * answer in a "답" fold). Written before the answer, they are read before it; a
 * card that keeps them in its answer asks a question nobody can answer until
 * the answer is revealed. They become the card's `given`.
 *
 * The answer's own start is known only where the note marks it: an answer's
 * reveal fold ("<summary>답</summary>", "정답 보기") right after the material
 * (then the material is exactly what the note wrote between the question and
 * the fold), an answer label right after it ("**정답**: B"), or a question that
 * points at the code below it ("아래 코드의 결과는?"). Without such a mark, code
 * or a lettered list opening an answer is the answer's own (a solution,
 * "- A: 기존안 - B: 신규안"). A question that asks for code ("구현해 보세요")
 * never shows its code: that code is the answer, whatever follows it.
 */
import { markQuizAnswers, TABLE_ROW } from "./marked-choices";
import { ANSWER_LABEL, CHOICE, CHOICES_HEADING, INLINE_CHOICES, LETTERED_CHOICE, LONE_TAG, said } from "./quiz-lines";
import { shownWithQuestion, splitBeforeAnswerLabel, splitStem } from "./quiz-stem";
import type { ParsedCard } from "./types";

/** A question asking to choose among what it offers: the choices are its material, not points of an answer. */
const ASKS_TO_CHOOSE = /(다음\s*중|보기\s*중|어느\s*것|어떤\s*것|고르|옳은\s*것|틀린\s*것|아닌\s*것|맞는\s*것|알맞은|적절한|올바른|것은\s*[?？]?\s*$|which|choose|select|true or false)/i;
/** A question pointing at the code below it: "아래 코드의 결과는?", "이 쿼리를 실행하면?" ("위 코드" is code above it). */
const POINTS_AT_CODE = /(아래|다음|이|해당|주어진)의?\s*(코드|쿼리|구문|식|프로그램|스니펫|예제\s*코드|sql)|(following|this|the)\s+(code|snippet|query|program)/i;
/** A request to write or change code: the code under it is the answer. */
const ASKS_FOR_CODE = /(작성|구현|완성)(해|하시오|하세요|하라|하여|할\s*수)|만들어\s*(보|주|라)|고쳐|수정해|수정하(시오|세요|라)|바꿔\s*보|리팩터|짜\s*(보|주)|\b(write|implement|fix|refactor|complete)\b/i;

interface Material {
  /** Lines of the leading material (code, choices, spacing). */
  lines: number;
  code: boolean;
  choices: number;
}

/** The run of fenced code blocks and choices an answer opens with, ending before line `limit`. */
function leadingMaterial(lines: string[], limit = lines.length): Material {
  let i = 0;
  let code = false;
  let choices = 0;
  let end = 0;
  let table = -1;
  while (i < limit) {
    const line = lines[i]!;
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      const close = lines.findIndex((l, j) => j > i && l.trim().startsWith(fence) && l.trim().replace(/[`~]/g, "") === "");
      if (close < 0 || close >= limit) break;
      code = true;
      i = end = close + 1;
    } else if (INLINE_CHOICES.test(line)) {
      choices += (line.match(/[①②③④⑤]/g) ?? []).length;
      i = end = i + 1;
    } else if (CHOICE.test(line)) {
      choices++;
      i = end = i + 1;
    } else if (choices > 0 && /^\s{2,}\S/.test(line)) {
      // (a choice wrapped onto an indented line)
      i = end = i + 1;
    } else if (TABLE_ROW.test(line) && choices === 0 && !code) {
      // (the data a quiz's stem asks about, a table of processes, before its choices)
      if (table < 0) table = end;
      i = end = i + 1;
    } else if (!line.trim() || LONE_TAG.test(line) || CHOICES_HEADING.test(line)) i++;
    else break;
  }
  // (a table with no choices after it is no quiz's data: "아래 쿼리의 실행 결과는?" answered by its result table)
  return { lines: table >= 0 && choices === 0 ? table : end, code, choices };
}


/**
 * How many of the answer's lines are exactly what the note wrote before the
 * reveal (`shown`, the lines between the question and its fold), or -1 when
 * the answer does not open with all of it.
 */
export function linesShown(answer: string[], shown: string[]): number {
  const want = shown.filter(said).map((l) => l.trim());
  let k = 0;
  for (let i = 0; i < answer.length; i++) {
    if (k === want.length) return i;
    if (!said(answer[i]!)) continue;
    if (answer[i]!.trim() !== want[k]) return -1;
    k++;
  }
  return k === want.length ? answer.length : -1;
}

/**
 * Split a question's answer into the material it shows (code, choices) and its
 * answer proper. `shown` holds the note's lines between the question and its
 * answer's reveal fold, when it has one. Null when nothing marks where the
 * answer starts, when the answer does not open with material, or when nothing
 * answers after it.
 */
export function splitQuestionMaterial(prompt: string, answer: string, shown: string[] | null): { given: string; answer: string } | null {
  const lines = answer.split("\n");
  const before = shown ? linesShown(lines, shown) : lines.length;
  if (before < 0) return null;
  const material = leadingMaterial(lines, before);
  // (with a reveal, the material is all the note wrote before it, or nothing is given)
  if (shown && lines.slice(material.lines, before).some(said)) return null;
  if (material.lines === 0 || (material.code && ASKS_FOR_CODE.test(prompt))) return null;
  const rest = lines.slice(material.lines).join("\n").trim();
  // (choices alone: under a question that asks to choose, or before the answer's label — else they are an answer's points)
  // (…or lettered "A:" … "C:" right before the answer's reveal fold: a quiz's choices as the note shows them)
  const lettered = !!shown && lines.slice(0, material.lines).filter(said).every((l) => LETTERED_CHOICE.test(l));
  if (!material.code && (material.choices < 2 || !(ASKS_TO_CHOOSE.test(prompt) || ANSWER_LABEL.test(rest) || lettered))) return null;
  if (rest.replace(/<[^>]*>|[\s#*_>:-]/g, "").length < 2) return null;
  const marked = !!shown || ANSWER_LABEL.test(rest) || (material.choices === 0 && POINTS_AT_CODE.test(prompt));
  if (!marked) return null;
  return { given: lines.slice(0, material.lines).join("\n").trim(), answer: rest };
}

/**
 * A fold that hides the answer itself: "답", "정답 보기", "My Answer", "해설" — not one that
 * holds more material ("보충 설명", "코드 보기"), which may sit inside an answer.
 */
const ANSWER_REVEAL = /^(((나의|내|my|모범|예시)\s*)?(정답|답|답변|답안|해답|해설|풀이|answer|solution)(\s*(및|&)\s*해설)?(\s*(보기|확인|확인하기|펼치기|열기))?|(see|view|show)\s+(the\s+)?answer|(click|tap)\s+to\s+see\s+(the\s+)?answer)$/i;

/** "정답은?", "답은 무엇일까요?": a reveal label put as a question — it asks for the answer, not about the subject. */
export const ASKS_FOR_ANSWER = /^(정답|답|해답)(은|는)?(\s*(무엇|뭘|뭐)(일까요|인가요|일까|야|지))?\s*[?？]+$/;

/** 1-based lines where an answer's reveal fold opens ("<details><summary>답</summary>", its summary on the next lines too). */
function revealLines(lines: string[]): number[] {
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (!/<details\b/i.test(line)) return;
    const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(lines.slice(i, i + 4).join("\n"))?.[1];
    const label = summary?.replace(/<[^>]*>|[\p{Extended_Pictographic}\u{FE0F}\u{200D}*_`:：.!👉▶▼►]/gu, " ").replace(/\s+/g, " ").trim();
    if (label !== undefined && (ANSWER_REVEAL.test(label) || ASKS_FOR_ANSWER.test(label))) out.push(i + 1);
  });
  return out;
}

/** The first of the ascending `sorted` greater than `x` (binary search: a note may hold thousands of cards). */
function firstAfter(sorted: number[], x: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/**
 * Move the material each question shows out of its answer into `given`
 * (questions and follow-ups only), reading `source` for the reveal folds. A
 * reveal counts for the first card before it, not for one a follow-up
 * written in between belongs to.
 */
export function separateQuestionMaterial(cards: ParsedCard[], source: string): void {
  const lines = source.split("\n");
  const reveals = revealLines(lines);
  const starts = cards.map((c) => c.lineStart).sort((a, b) => a - b);
  markQuizAnswers(cards);
  for (const card of cards) {
    if (card.kind !== "qa" && card.kind !== "followup") continue;
    const next = firstAfter(reveals, card.lineStart);
    const reveal = next !== undefined && next <= card.lineEnd ? next : undefined;
    if (reveal !== undefined && (firstAfter(starts, card.lineStart) ?? Infinity) < reveal) continue;
    const seen = reveal ? shownWithQuestion(lines.slice(card.lineStart, reveal - 1), card.prompt) : null;
    // (a quiz item answered by "**정답**: …" lines, no fold: its stem is all it shows before the first of them)
    const labelled = !reveal && shownWithQuestion(lines.slice(card.lineStart, card.lineEnd), card.prompt).stem;
    const stem = seen?.stem ? splitStem(card.answer, linesShown(card.answer.split("\n"), seen.lines)) : labelled ? splitBeforeAnswerLabel(card.answer) : null;
    const split = stem ?? splitQuestionMaterial(card.prompt, card.answer, seen?.lines ?? null);
    if (!split) continue;
    card.given = card.given ? `${card.given}\n\n${split.given}` : split.given;
    card.answer = split.answer;
  }
}
