/**
 * Question/answer pairs inside a body: `Q.` paragraphs, `<details>` blocks
 * and (in follow-up sections) list items whose nested content is the answer.
 */
import type { List, ListItem } from "mdast";
import type { Block } from "./blocks";
import { blocksMarkdown, cleanAnswer, detailsBody, sliceDedent } from "./draft";
import { endLineOf, endOf, lineOf, startOf, textOf } from "./markdown";
import { isQuestion, stripQuestionPrefix } from "./questions";
import { questionOf } from "./segments";

export interface QuestionItem {
  question: string;
  answer: string;
  line: number;
  endLine: number;
}

/** Answer of a `Q.` paragraph: the rest of its paragraph plus the following blocks. */
export function questionAnswer(source: string, headStart: number | undefined, headEnd: number | undefined, blocks: Block[]): string {
  const head = headStart !== undefined && headEnd !== undefined ? sliceDedent(source, headStart, headEnd) : "";
  const body = blocksMarkdown(blocks, source);
  return cleanAnswer([head, body].filter(Boolean).join("\n\n"));
}

/** Question of a `<details>` block and its answer. */
export function detailsItem(block: Block, source: string): QuestionItem | null {
  if (!block.details) return null;
  const question = stripQuestionPrefix(block.details.summary);
  if (!question || /^(table of contents|contents|목차|toc)$/i.test(question)) return null;
  return {
    question,
    answer: cleanAnswer(detailsBody(source.slice(block.start, block.end))),
    line: block.line,
    endLine: block.endLine,
  };
}

/** Each top-level list item as a question; its nested content is the answer. */
function listItems(list: List, source: string): QuestionItem[] {
  const items: QuestionItem[] = [];
  for (const item of list.children as ListItem[]) {
    const first = item.children[0];
    if (!first || first.type !== "paragraph") continue;
    const question = stripQuestionPrefix((textOf(first).split("\n")[0] ?? "").trim());
    if (!question) continue;
    const nl = source.indexOf("\n", startOf(first));
    const answerStart = nl !== -1 && nl < endOf(first) ? nl + 1 : endOf(first);
    const answer = answerStart < endOf(item) ? cleanAnswer(sliceDedent(source, answerStart, endOf(item))) : "";
    items.push({ question, answer, line: lineOf(item), endLine: endLineOf(item) });
  }
  return items;
}

/**
 * Questions in a follow-up body. Blocks after a `Q.` paragraph belong to its
 * answer until the next question; list items without a current question are
 * questions themselves. Items without an answer are kept (answer "") so the
 * caller can decide.
 */
export function followupItems(blocks: Block[], source: string): QuestionItem[] {
  const items: QuestionItem[] = [];
  let current: { question: string; line: number; headStart?: number; headEnd?: number; blocks: Block[] } | null = null;
  const flush = () => {
    if (!current) return;
    const last = current.blocks[current.blocks.length - 1];
    items.push({
      question: current.question,
      answer: questionAnswer(source, current.headStart, current.headEnd, current.blocks),
      line: current.line,
      endLine: last ? last.endLine : current.line,
    });
    current = null;
  };
  for (const block of blocks) {
    const detail = detailsItem(block, source);
    if (block.details) {
      flush();
      if (detail) items.push(detail);
      continue;
    }
    const q = questionOf(block, source);
    if (q) {
      flush();
      current = { question: q.question, line: block.line, headStart: q.restStart, headEnd: block.end, blocks: [] };
      continue;
    }
    if (current) {
      (current as { blocks: Block[] }).blocks.push(block);
      continue;
    }
    // in a follow-up section an item is a question if it asks or has an answer under it
    if (block.node.type === "list") items.push(...listItems(block.node, source).filter((i) => i.answer || isQuestion(i.question)));
  }
  flush();
  return items;
}

/** Text of a list item's first line with link syntax and emphasis removed. */
function itemQuestion(item: ListItem): string {
  const first = item.children[0];
  if (!first || first.type !== "paragraph") return "";
  return stripQuestionPrefix((textOf(first).split("\n")[0] ?? "").trim());
}

/**
 * A list of questions: every top-level item (at least one) asks. Its items
 * are questions of the note, with their nested content as the answer (often
 * none). A table of contents (items that are only links) is not one.
 */
export function questionListItems(list: List, source: string): QuestionItem[] | null {
  const items = list.children as ListItem[];
  if (items.length === 0) return null;
  let asking = 0;
  for (const item of items) {
    const first = item.children[0];
    if (!first || first.type !== "paragraph") return null;
    if (first.children.length === 1 && first.children[0]!.type === "link") return null;
    if (isQuestion(itemQuestion(item))) asking++;
  }
  // mostly questions, or terse unanswered items among which some ask (an interview question list)
  const terse = items.every((i) => i.children.length === 1 && itemQuestion(i).length <= 60);
  if (asking === 0 || (!terse && (asking * 2 < items.length || (asking < items.length && items.length < 3)))) return null;
  return listItems(list, source).filter((i) => i.answer || isQuestion(i.question));
}
