/**
 * A heading explained by list items that each stand as a sub-heading, a
 * head line with its answer indented under it (notes exported from Notion
 * toggles):
 *
 *     ### CSS 전처리기
 *     - CSS 전처리기란?
 *       자신만의 문법으로 CSS를 만들어 내는 프로그램.
 *     - 장단점
 *       …
 *     - SCSS와 SASS의 차이는?
 *       …
 *
 * When the first item explains the heading (a facet, or a question that
 * only restates it), the heading is the card and those items its answer;
 * a later item that asks something of its own is that card's follow-up.
 */
import type { List, ListItem, RootContent } from "mdast";
import type { Block } from "./blocks";
import { isNoise, sliceDedent, cleanAnswer } from "./draft";
import { endLineOf, endOf, lineOf, startOf, textOf } from "./markdown";
import { asksOfItsOwn } from "./own-question";
import { asksAsNounPhrase, isQuestion, isRequest, stripQuestionPrefix } from "./questions";
import type { QuestionItem } from "./extract-questions";
import { collectsQuestions } from "./body-followups";

/** A list item's head line, when the item is headed: one line of its own over indented content. */
function headLine(item: ListItem): string | null {
  const [head, ...rest] = item.children;
  if (!head || head.type !== "paragraph" || rest.length === 0) return null;
  const text = textOf(head).trim();
  return text && !text.includes("\n") && text.length <= 80 ? text : null;
}

/** Whether a head line asks a question of its own beside the heading's. */
function asksBeside(head: string, heading: string): boolean {
  const q = stripQuestionPrefix(head);
  return (isQuestion(q) || isRequest(q) || asksAsNounPhrase(q)) && asksOfItsOwn(q, heading);
}

/** One list item as a block of its own (a list of that one item). */
function itemBlock(list: List, item: ListItem): Block {
  const single: List = { ...list, children: [item], position: item.position };
  return { node: single as RootContent, start: startOf(item), end: endOf(item), line: lineOf(item), endLine: endLineOf(item) };
}

/**
 * Split a heading's body written as headed items into its own answer and the
 * follow-ups beside it, or null when the body is not such a list, when its
 * first item already asks of its own, or when no item does.
 */
export function itemHeadedFollowups(blocks: Block[], source: string, heading: string): { rest: Block[]; followups: QuestionItem[] } | null {
  // (a heading that collects questions, "상황 질문", holds questions, not one explained; numbered items are a run of questions)
  if (collectsQuestions(heading)) return null;
  const content = blocks.filter((b) => !isNoise(b, source));
  if (content.length === 0 || !content.every((b) => b.node.type === "list" && !b.node.ordered && !b.details)) return null;
  const items = content.flatMap((b) => ((b.node as List).children as ListItem[]).map((item) => ({ list: b.node as List, item, head: headLine(item) })));
  if (items.length < 2 || items.some((i) => i.head === null)) return null;
  if (asksBeside(items[0]!.head!, heading)) return null;
  // (a noun heading over items that all ask, "## 데드락" over "- 데드락이란?" then "- 발생 조건은?": it groups the note's
  // questions, each its own card as written, rather than being one topic they explain)
  // (…each asking in full: "장점은?", "언제 쓰나요?" lean on the heading for their subject, and stay its follow-ups)
  const asks = (text: string) => isQuestion(stripQuestionPrefix(text)) || isRequest(stripQuestionPrefix(text));
  const full = (text: string) => stripQuestionPrefix(text).replace(/[\s?？.]+/g, "").length >= 9;
  if (!asks(heading) && items.every((i) => asks(i.head!) && full(i.head!))) return null;
  const rest: Block[] = [];
  const followups: QuestionItem[] = [];
  for (const { list, item, head } of items) {
    if (!asksBeside(head!, heading)) {
      rest.push(itemBlock(list, item));
      continue;
    }
    const answer = cleanAnswer(sliceDedent(source, startOf(item.children[1]!), endOf(item)));
    if (answer) followups.push({ question: stripQuestionPrefix(head!), answer, line: lineOf(item), endLine: endLineOf(item) });
    else rest.push(itemBlock(list, item));
  }
  return followups.length > 0 ? { rest, followups } : null;
}
