/**
 * A question heading over a run of `<details>` questions ("## Http/Https란?"
 * then "<summary>HTTP란 무엇일까요?</summary>" …): the heading names the
 * group, each summary is a question of its own with its body as the answer.
 */
import type { Block } from "./blocks";
import { classifyLabel } from "./labels";
import { asksWhetherPossible, isQuestion, isRequest } from "./questions";
import { isRevealLabel } from "./segments";

/** Whether a `<details>` summary asks something rather than revealing an answer or naming follow-ups. */
export function summaryAsks(summary: string): boolean {
  // (a summary that only names a part, "TCP" or "enum 방식", belongs to the heading's answer)
  return !!summary && !isRevealLabel(summary) && classifyLabel(summary) === null && (isQuestion(summary) || isRequest(summary) || asksWhetherPossible(summary));
}

/** A `<details>` block whose summary asks. */
function asksInSummary(block: Block): boolean {
  return summaryAsks(block.details?.summary.trim() ?? "");
}

/**
 * Whether a heading's body opens with a `<details>` question and holds two or more of them:
 * the heading titles a group of questions and answers none itself.
 */
export function opensWithAskedDetails(blocks: Block[], isNoise: (b: Block) => boolean): boolean {
  const own = blocks.filter((b) => !isNoise(b));
  return own.length >= 2 && asksInSummary(own[0]!) && own.filter(asksInSummary).length >= 2;
}
