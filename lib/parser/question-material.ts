/**
 * What a question shows with it: the code a quiz asks about and the choices it
 * offers ("무엇이 출력 될까요?" over a code block and "- A: … - D: …", then the
 * answer in a "답" fold). Written before the answer, they are read before it; a
 * card that keeps them in its answer asks a question nobody can answer until
 * the answer is revealed. They become the card's `given`.
 *
 * The answer's own start is known only where the note marks it: an answer's
 * reveal fold ("<summary>답</summary>", "정답 보기") after the material, an answer label
 * ("**정답**: B") right after it, or a question that points at the code it asks
 * about ("아래 코드의 결과는?"). Without such a mark, code or a lettered list
 * opening an answer is the answer's own (a solution, "- A: 기존안 - B: 신규안").
 */
import type { ParsedCard } from "./types";

/** "- A: …", "B) …", "(c) …", "① …", "1. …", "ㄱ. …": one choice of a multiple-choice question. */
const CHOICE = /^\s*(?:[-*+]\s+)?(?:[A-E][:.)]|\([A-Ea-e1-5]\)|[①②③④⑤]|[1-5][.)]|[ㄱ-ㅁ][.)])\s*\S/;
/** "① FIFO ② LRU ③ OPT": choices written on one line. */
const INLINE_CHOICES = /^\s*(?:[①②③④⑤][^①②③④⑤\n]+){2,}$/;
/** "보기:", "선택지": the heading of a question's choices. */
const CHOICES_HEADING = /^\s*(\*\*)?(보기|선택지|choices?|options?)(\*\*)?\s*[:：]?\s*$/i;
/** A line of html markup alone ("<br>", "<p>", "</p>"): spacing between the material and what follows. */
const LONE_TAG = /^\s*<\/?(br|p|div|hr)\b[^>]*>\s*$/i;
/** The answer opening with its label: "#### 답: D", "**정답**: …", "Answer: …". */
const ANSWER_LABEL = /^\s*(#{1,6}\s*)?(\*\*|__)?\s*(정답|답|answer)\s*(\*\*|__)?\s*[:：]/i;
/** A question pointing at the code it asks about: "아래 코드의 결과는?", "이 쿼리를 실행하면?". */
const POINTS_AT_CODE = /(아래|다음|위|이|해당|주어진)의?\s*(코드|쿼리|구문|식|프로그램|스니펫|예제\s*코드|sql)|(following|this|the)\s+(code|snippet|query|program)/i;
/** A request to write or change code: the code under it is the answer. */
const ASKS_FOR_CODE = /(작성|구현|만들|고치|고쳐|수정|바꿔|바꾸|리팩터|짜\s*보|짜\s*주|써\s*보|write|implement|fix|refactor)/i;

interface Material {
  /** Lines of the leading material (code, choices, spacing). */
  lines: number;
  code: boolean;
  choices: number;
}

/** The first line that says something in a run of lines (a code block's first line of code). */
const firstWords = (lines: string[]) => lines.find((l) => l.trim()) ?? "";

/**
 * The run of fenced code blocks and choices an answer opens with, as far as
 * `shown` (written before the reveal) allows: nothing after the reveal is material.
 */
function leadingMaterial(lines: string[], shown: (line: string) => boolean): Material {
  let i = 0;
  let code = false;
  let choices = 0;
  let end = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      const close = lines.findIndex((l, j) => j > i && l.trim().startsWith(fence) && l.trim().replace(/[`~]/g, "") === "");
      if (close < 0 || !shown(firstWords(lines.slice(i + 1, close)) || line)) break;
      code = true;
      i = end = close + 1;
    } else if (INLINE_CHOICES.test(line) && shown(line)) {
      choices += (line.match(/[①②③④⑤]/g) ?? []).length;
      i = end = i + 1;
    } else if (CHOICE.test(line) && shown(line)) {
      choices++;
      i = end = i + 1;
    } else if (!line.trim() || LONE_TAG.test(line) || (CHOICES_HEADING.test(line) && shown(line))) i++;
    else break;
  }
  return { lines: end, code, choices };
}

/**
 * Split a question's answer into the material it shows (code, choices) and its
 * answer proper. `shownBefore` holds the note's lines written before the
 * question's reveal fold, when it has one. Null when nothing marks where the
 * answer starts, when the answer does not open with material, or when nothing
 * answers after it.
 */
export function splitQuestionMaterial(prompt: string, answer: string, shownBefore: Set<string> | null): { given: string; answer: string } | null {
  const lines = answer.split("\n");
  const material = leadingMaterial(lines, (line) => !shownBefore || shownBefore.has(line.trim()));
  if (material.lines === 0 || (!material.code && material.choices < 2)) return null;
  const rest = lines.slice(material.lines).join("\n").trim();
  if (rest.replace(/<[^>]*>|[\s#*_>:-]/g, "").length < 2) return null;
  const marked = !!shownBefore || ANSWER_LABEL.test(rest) || (material.choices === 0 && POINTS_AT_CODE.test(prompt) && !ASKS_FOR_CODE.test(prompt));
  if (!marked) return null;
  return { given: lines.slice(0, material.lines).join("\n").trim(), answer: rest };
}

/**
 * A fold that hides the answer itself: "답", "정답 보기", "My Answer", "해설" — not one that
 * holds more material ("보충 설명", "코드 보기"), which may sit inside an answer.
 */
const ANSWER_REVEAL = /^(((나의|내|my|모범|예시)\s*)?(정답|답|답변|답안|해답|해설|풀이|answer|solution)(\s*(및|&)\s*해설)?(\s*(보기|확인|확인하기|펼치기|열기))?|(see|view|show)\s+(the\s+)?answer|(click|tap)\s+to\s+see\s+(the\s+)?answer)$/i;

/** 1-based lines where an answer's reveal fold opens ("<details><summary>답</summary>", its summary on the next lines too). */
function revealLines(lines: string[]): number[] {
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (!/<details\b/i.test(line)) return;
    const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(lines.slice(i, i + 4).join("\n"))?.[1];
    if (summary !== undefined && ANSWER_REVEAL.test(summary.replace(/<[^>]*>|[*_`:：.!👉▶▼►]/g, " ").replace(/\s+/g, " ").trim())) out.push(i + 1);
  });
  return out;
}

/**
 * Move the material each question shows out of its answer into `given`
 * (questions and follow-ups only), reading `source` for the reveal folds.
 */
export function separateQuestionMaterial(cards: ParsedCard[], source: string): void {
  const lines = source.split("\n");
  const reveals = revealLines(lines);
  for (const card of cards) {
    if (card.kind !== "qa" && card.kind !== "followup") continue;
    const reveal = reveals.find((r) => r > card.lineStart && r <= card.lineEnd);
    const shownBefore = reveal ? new Set(lines.slice(card.lineStart - 1, reveal - 1).map((l) => l.trim()).filter(Boolean)) : null;
    const split = splitQuestionMaterial(card.prompt, card.answer, shownBefore);
    if (!split) continue;
    card.given = split.given;
    card.answer = split.answer;
  }
}
