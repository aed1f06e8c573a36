/**
 * Questions numbered under an ask label and their answers listed under the
 * answer label ("## 질문" over "1. …?", "2. …?", then "## 답변" over "1. …",
 * "2. …"): each question is answered by the item of its number.
 */
import type { List, ListItem } from "mdast";
import type { Block } from "./blocks";
import { cleanAnswer, isNoise, sliceDedent } from "./draft";
import { endLineOf, endOf, lineOf, startOf } from "./markdown";
import { questionListItems, type QuestionItem } from "./extract-questions";

export interface AskedList {
  items: QuestionItem[];
  /** The number of each item as written ("1.", "2." …). */
  numbers: number[];
}

export interface AnsweredPair {
  question: QuestionItem;
  answer: string;
  line: number;
  endLine: number;
}

/**
 * The questions of an ask label's list, when there are two or more, all of them
 * ask and at most one carries a note of its own (a hint under it, "- 힌트: 프록시").
 */
export function askedListItems(block: Block, source: string): AskedList | null {
  if (block.node.type !== "list") return null;
  const items = questionListItems(block.node, source);
  if (!items || items.length < 2 || items.filter((i) => i.answer).length > 1) return null;
  // (each numbered as written: an item left out of the questions, "3. 샤딩 경험 공유", still takes its number)
  const start = block.node.start ?? 1;
  const lines = (block.node.children as ListItem[]).map((c) => lineOf(c));
  return { items, numbers: items.map((q) => start + lines.indexOf(q.line)) };
}

/**
 * Each question paired with its answer item, when the answer is one numbered
 * list and nothing else (answers to some questions only, "2." and "3.", pair
 * with those). Otherwise null.
 */
export function pairedAnswers(asked: AskedList, answerBlocks: Block[], source: string): AnsweredPair[] | null {
  const content = answerBlocks.filter((b) => !isNoise(b, source));
  const list = content.length === 1 && content[0]!.node.type === "list" ? (content[0]!.node as List) : null;
  if (!list) return null;
  const items = list.children as ListItem[];
  // (a bulleted answer list may be points of one answer as well as one answer each: only numbers pair)
  if (!list.ordered) return null;
  const numbers = items.map((_, i) => (list.start ?? 1) + i);
  if (!numbers.every((n) => asked.numbers.includes(n))) return null;
  return items.map((item, i) => {
    const first = item.children[0];
    const start = first ? startOf(first) : endOf(item);
    return { question: asked.items[asked.numbers.indexOf(numbers[i]!)]!, answer: cleanAnswer(sliceDedent(source, start, endOf(item))), line: lineOf(item), endLine: endLineOf(item) };
  });
}
