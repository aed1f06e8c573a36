/**
 * Questions written inside a topic's own explanation, and questions that
 * point back at the one before them: both are follow-ups, not new topics.
 */
import type { Block } from "./blocks";
import type { CardDraft } from "./draft";
import { isNoise } from "./draft";
import { textOf } from "./markdown";
import type { Segment } from "./segments";

/**
 * A question that opens by pointing back at the previous answer ("그럼 …?",
 * "그렇다면 …?", "이러한 문제를 해결하기 위한 …?"): it follows that question up.
 */
export const POINTS_BACK = /^[+\s]*(\((위|앞|이전)\s*(질문|문제)[^)]*\)|(그렇다면|그러면|그럼|그렇담|그런데|이러한|이런|그러한|그런|위와\s*같은|then|so then)[\s,])/i;

/** The last question card made from a `<details>` or question line, per section. */
const LAST_ASKED = new WeakMap<object, CardDraft>();

export function lastAsked(section: object): CardDraft | undefined {
  return LAST_ASKED.get(section);
}

export function rememberAsked(section: object, draft: CardDraft | null): void {
  if (draft) LAST_ASKED.set(section, draft);
}

/**
 * Index of the first question (`<details>` question or question line) in a
 * topic's body when the topic is first explained in prose of its own (80
 * characters or more before it, an example's code counting), else -1: those questions then follow the
 * topic up ("## 시스템 콜" + explanation + "<summary>왜 직접 쓰지 않을까?</summary>").
 */
export function firstQuestionAfterExplanation(segments: Segment[], source: string): number {
  const at = segments.findIndex((s) => s.kind === "question" || s.kind === "details");
  if (at <= 0) return -1;
  const prose = segments
    .slice(0, at)
    .filter((s) => s.kind === "free")
    .flatMap((s) => s.blocks)
    .filter((b: Block) => !isNoise(b, source) && (b.node.type === "paragraph" || b.node.type === "list" || b.node.type === "code"))
    .map((b) => (b.node.type === "code" ? b.node.value : textOf(b.node)))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return prose.length >= 80 ? at : -1;
}
