/**
 * What a question shows with it: the code a quiz asks about and the choices it
 * offers ("무엇이 출력 될까요?" over a code block and "- A: … - D: …", then
 * "#### 답: D" and why). Written under the question, they are read before the
 * answer; a card that keeps them in its answer asks a question nobody can
 * answer until the answer is revealed. They become the card's `given`.
 */
import type { ParsedCard } from "./types";

/** "- A: …", "B) …", "(c) …", "① …": one choice of a multiple-choice question. */
const CHOICE = /^\s*(?:[-*+]\s+)?(?:\(?[A-Ea-e][:.)]|\([A-Ea-e1-5]\)|[①②③④⑤])\s*\S/;
/** A line of html markup alone ("<br>", "<p>", "</p>"): spacing between the material and what follows. */
const LONE_TAG = /^\s*<\/?(br|p|div|hr)\b[^>]*>\s*$/i;
/** The answer opening with its label: "#### 답: D", "**정답**: …", "Answer: …". */
const ANSWER_LABEL = /^\s*(#{1,6}\s*)?(\*\*|__)?\s*(정답|답|답변|해설|풀이|answer)\s*(\*\*|__)?\s*[:：]/i;
/** A question about what code does: its output, value, result, or what the code "below" / "this code" does. */
const ASKS_OF_CODE = /(출력|반환|리턴|결과|값은|값이|값을|로그|찍히|실행하면|에러가|오류가|문제점은|아래|다음|위\s*코드|이\s*코드|이렇게|\boutput|\bprint|\blog(s|ged)?\b|\breturns?\b|\bresult|\bvalue\b|\berror\b|\bbelow\b|\bfollowing\b)/i;
/** A request to explain ("…에 대해 설명해 주세요"): code under it is the explanation's own example. */
const ASKS_TO_EXPLAIN = /(에\s*대해|설명해|설명하시오|말해\s*보|explain|describe)/i;

interface Material {
  /** Lines of the leading material (code, choices, spacing). */
  lines: number;
  code: boolean;
  choices: number;
}

/** The run of code blocks and choices an answer opens with (fenced code only: indented text may be prose). */
function leadingMaterial(lines: string[]): Material {
  let i = 0;
  let code = false;
  let choices = 0;
  let end = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      const close = lines.findIndex((l, j) => j > i && l.trim().startsWith(fence) && l.trim().replace(/[`~]/g, "") === "");
      if (close < 0) break;
      code = true;
      i = end = close + 1;
    } else if (CHOICE.test(line)) {
      choices++;
      i = end = i + 1;
    } else if (!line.trim() || LONE_TAG.test(line)) i++;
    else break;
  }
  return { lines: end, code, choices };
}

/**
 * Split a question's answer into the material it shows (code, choices) and its
 * answer proper; null when the answer does not open with such material, when
 * nothing answers after it, or when the question does not ask about it.
 */
export function splitQuestionMaterial(prompt: string, answer: string): { given: string; answer: string } | null {
  const lines = answer.split("\n");
  const material = leadingMaterial(lines);
  if (material.lines === 0 || (!material.code && material.choices < 2)) return null;
  const rest = lines.slice(material.lines).join("\n").replace(/^(\s*<\/?(br|p|div)\b[^>]*>\s*\n?)+/i, "").trim();
  if (rest.replace(/[\s#*_>:-]/g, "").length < 2) return null;
  const asksOfIt = material.choices >= 2 || ANSWER_LABEL.test(rest) || (ASKS_OF_CODE.test(prompt) && !ASKS_TO_EXPLAIN.test(prompt));
  if (!asksOfIt) return null;
  return { given: lines.slice(0, material.lines).join("\n").trim(), answer: rest };
}

/** Move the material each question shows out of its answer into `given` (questions and follow-ups only). */
export function separateQuestionMaterial(cards: ParsedCard[]): void {
  for (const card of cards) {
    if (card.kind !== "qa" && card.kind !== "followup") continue;
    const split = splitQuestionMaterial(card.prompt, card.answer);
    if (!split) continue;
    card.given = split.given;
    card.answer = split.answer;
  }
}
