/**
 * Questions numbered under an ask label and their answers numbered under the
 * answer label ("## 질문" over "1. …?", "2. …?", then "## 답변" over "1. …",
 * "2. …"): each question is answered by the item of the same number.
 */
import type { List, ListItem } from "mdast";
import type { Block } from "./blocks";
import { cleanAnswer, isNoise, sliceDedent } from "./draft";
import { endLineOf, endOf, lineOf, startOf } from "./markdown";
import { questionListItems, type QuestionItem } from "./extract-questions";

/** The questions of an ask label's list, when there are two or more and all of them ask. */
export function askedListItems(block: Block, source: string): QuestionItem[] | null {
  if (block.node.type !== "list") return null;
  const items = questionListItems(block.node, source);
  return items && items.length >= 2 && items.every((i) => !i.answer) ? items : null;
}

/**
 * Each question paired with the answer item of the same place, when the answer
 * is one list with as many items (and nothing else); otherwise null.
 */
export function pairedAnswers(questions: QuestionItem[], answerBlocks: Block[], source: string): { question: QuestionItem; answer: string; line: number; endLine: number }[] | null {
  const content = answerBlocks.filter((b) => !isNoise(b, source));
  const list = content.length === 1 && content[0]!.node.type === "list" ? (content[0]!.node as List) : null;
  if (!list || list.ordered !== true || list.children.length !== questions.length) return null;
  return (list.children as ListItem[]).map((item, i) => {
    const first = item.children[0];
    const start = first ? startOf(first) : endOf(item);
    return { question: questions[i]!, answer: cleanAnswer(sliceDedent(source, start, endOf(item))), line: lineOf(item), endLine: endLineOf(item) };
  });
}
