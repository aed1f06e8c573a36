/**
 * A question answered in its own words, then a list whose every item asks
 * (the interviewer's next questions), each answered under itself or left
 * for later:
 *
 *     **1. 시스템 콜이 무엇인지 설명해 주세요.**
 *     커널의 기능을 쓰도록 운영체제가 열어 둔 함수입니다.
 *     - 시스템 콜의 예시를 들어 주세요.
 *     - 왜 유저 모드와 커널 모드를 나누나요?
 *         - 사용자 프로그램이 운영체제 자원을 망가뜨리지 못하게 하려고.
 *
 * Those items are the question's follow-ups, not points of its answer. A list
 * stays the answer's outline when one of its items does not ask or asks a bare
 * facet ("장점은?"), when nothing of the question's own comes before it, when
 * only code does, or when the sentence before it leads into it ("…은 다음과 같다.").
 */
import type { List, ListItem } from "mdast";
import type { Block } from "./blocks";
import { cleanAnswer, isNoise, sliceDedent } from "./draft";
import type { QuestionItem } from "./extract-questions";
import { endLineOf, endOf, lineOf, startOf, textOf } from "./markdown";
import { asksOfItsOwn } from "./own-question";
import { POINTS_BACK } from "./body-followups";
import { nestedFollowups } from "./nested-followup-items";
import { isQuestion, isRequest, splitArrowAnswer, stripQuestionPrefix } from "./questions";

/** Characters of the question's own answer before the list: a sentence, as for a topic's explanation. */
const OWN_ANSWER = 20;
/** A sentence that leads into the list after it ("…은 다음과 같다.", "아래와 같은 문제가 생깁니다.", "…정리했습니다:"): the list is the answer. */
export const LEADS_IN = /[:：]\s*$|(다음|아래|이렇게|이와\s*같이|밑)/;
/** A facet asked bare ("장점은?", "단점은?", "종류는?"): a point of the answer's outline, asking nothing of its own. */
export const BARE_FACET = /^(장점|단점|장단점|특징|예시|예제|종류|차이|차이점|한계|정의|개념|원리|구조|과정|역할|용도|목적|사용법|방법|문제점|해결책|해결\s*방법)(은|는|이|가|에는|으로는)?\s*(뭔가요|무엇인가요|뭐죠|무엇일까요|있나요)?[?？]?$/;
/** A head line longer than this is a point of prose that happens to ask. */
const QUESTION_MAX = 120;

/** The question an item's first line asks of its own, or null. */
function askedHead(item: ListItem, heading: string): string | null {
  const head = item.children[0];
  if (!head || head.type !== "paragraph") return null;
  const text = textOf(head).trim();
  if (!text || text.includes("\n") || text.length > QUESTION_MAX) return null;
  const q = stripQuestionPrefix(text);
  return (isQuestion(q) || isRequest(q)) && !BARE_FACET.test(q.trim()) && asksOfItsOwn(q, heading) ? q : null;
}

/**
 * Characters of the answer written in words before `index` (code, a diagram or a picture
 * explains nothing on its own), or 0 when its last sentence leads into the list.
 */
function ownAnswerBefore(blocks: Block[], index: number, source: string): number {
  const prose = blocks.slice(0, index).filter((b) => !isNoise(b, source) && (b.node.type === "paragraph" || b.node.type === "blockquote"));
  const last = prose.length > 0 ? textOf(prose[prose.length - 1]!.node).trim().split(/(?<=[.!?。])\s+/).pop() ?? "" : "";
  if (LEADS_IN.test(last)) return 0;
  return prose.map((b) => textOf(b.node)).join("").replace(/\s+/g, "").length;
}

/**
 * Split a question's answer blocks into its own answer and the follow-ups
 * listed after it (answered or not: an unanswered one has an empty answer),
 * or null when there are none.
 */
export function askedItemsAfterAnswer(blocks: Block[], source: string, heading: string): { rest: Block[]; followups: QuestionItem[] } | null {
  const rest: Block[] = [];
  const followups: QuestionItem[] = [];
  blocks.forEach((b, index) => {
    const list = b.node.type === "list" && !b.details ? (b.node as List) : null;
    const items = (list?.children ?? []) as ListItem[];
    const asked = items.map((item) => askedHead(item, heading));
    if (!list || items.length === 0 || asked.some((q) => q === null) || ownAnswerBefore(blocks, index, source) < OWN_ANSWER) {
      rest.push(b);
      return;
    }
    items.forEach((item, i) => {
      // ("- HTTP는 몇 계층인가? : 7", "- …? → …": answered on the item's own line, perhaps with points under it)
      const inline = splitArrowAnswer(asked[i]!);
      const below = item.children.length > 1 ? cleanAnswer(sliceDedent(source, startOf(item.children[1]!), endOf(item))) : "";
      const answer = [inline?.answer, below].filter(Boolean).join("\n\n");
      // ("- 그렇다면 …?" nested in its answer with points of its own: a follow-up of this follow-up)
      // (only one that points back at the answer, "그렇다면 …?": "그 다음은?", "예를 들면?" nested there are steps of the answer itself;
      // saying so, it follows up an answer of one word too, "- ExecutorService", or one given on the item's line)
      const found = item.children.length > 1 ? nestedFollowups(item, source, startOf(item.children[1]!), inline ? 0 : 1) : null;
      const nested = found && found.followups.every((f) => POINTS_BACK.test(f.question)) ? found : null;
      const ownAnswer = nested ? [inline?.answer, nested.answer].filter(Boolean).join("\n\n") : undefined;
      followups.push({ question: inline?.question ?? asked[i]!, answer, line: lineOf(item), endLine: endLineOf(item), ...(nested ? { followups: nested.followups, ownAnswer } : {}) });
    });
  });
  // (a list of questions none of which is answered is as often what to study next: only answered ones make it follow-ups)
  return followups.some((f) => f.answer) ? { rest, followups } : null;
}
