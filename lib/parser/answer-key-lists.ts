/**
 * A mock interview's record: the questions asked, numbered, then the answers
 * given, numbered the same way, in a list of their own further down
 * ("Q_질문" over "- 1. state에 대해 설명해 주세요", "- 2. …", then "A_답변" over
 * "1. 리액트에서 스테이트는 …", "2. …"). Each answer answers the question of
 * its number; read apart, the questions were unanswered and the answers a
 * topic's text.
 */
import type { List, ListItem } from "mdast";
import type { Block } from "./blocks";
import { cleanAnswer, isNoise, sliceDedent } from "./draft";
import { endLineOf, endOf, lineOf, startOf, textOf } from "./markdown";
import { isQuestion, isRequest, stripQuestionPrefix } from "./questions";

export interface KeyedQuestion {
  question: string;
  line: number;
  answer: string;
  endLine: number;
}

interface Numbered {
  number: number;
  text: string;
  item: ListItem;
}

/** A list's items with their numbers: an ordered list's own, or "- 1. …" written inside a bullet (an ordered list of one). */
function numberedItems(list: List): Numbered[] | null {
  const out: Numbered[] = [];
  for (const [i, item] of (list.children as ListItem[]).entries()) {
    if (list.ordered) {
      out.push({ number: (list.start ?? 1) + i, text: textOf(item).trim(), item });
      continue;
    }
    const [only, ...rest] = item.children;
    if (!only || rest.length > 0 || only.type !== "list" || !only.ordered || only.children.length !== 1) return null;
    out.push({ number: only.start ?? 1, text: textOf(only).trim(), item });
  }
  return out;
}

const numberedFromOne = (items: Numbered[]) => items.every((n, i) => n.number === i + 1);
const asks = (text: string) => {
  const q = stripQuestionPrefix(text);
  return isQuestion(q) || isRequest(q);
};
/** A line naming answers: "답변", "A_답변", "A.", "Answer", "모범 답안". */
const NAMES_ANSWERS = /^(?=\S)(a|q\s*[&/]\s*a)?\s*(답|답변|정답|대답|answers?|모범\s*답안|내\s*답변)?$/i;

/** A short line naming what follows ("Q_질문", "A_답변", "**답변**"), asking nothing itself. */
const namesPart = (b: Block, source: string) => b.node.type === "paragraph" && source.slice(b.start, b.end).trim().length <= 20 && !asks(textOf(b.node).trim());

/**
 * The questions of a numbered list of three or more, each one line that asks, paired with the answers of a later
 * ordered list of as many, numbered alike from 1, that ask nothing (a short label between them at most); or null.
 * `used` holds the blocks read so, the labels before each list included.
 */
export function answerKeyedQuestions(blocks: Block[], source: string): { pairs: KeyedQuestion[]; used: Set<Block> } | null {
  const content = blocks.filter((b) => !isNoise(b, source));
  for (let i = 0; i < content.length; i++) {
    const asked = content[i]!.node.type === "list" ? numberedItems(content[i]!.node as List) : null;
    if (!asked || asked.length < 3 || !numberedFromOne(asked) || !asked.every((n) => !n.text.includes("\n") && asks(n.text))) continue;
    let j = i + 1;
    while (j < content.length && namesPart(content[j]!, source)) j++;
    // (the answers named as such, "A_답변", "**답변**": a list of another procedure's steps after its own name answers nothing)
    if (j === i + 1 || !content.slice(i + 1, j).some((b) => NAMES_ANSWERS.test(textOf(b.node).replace(/[\\*_`#:：.\s]+/g, " ").trim()))) continue;
    const list = content[j]?.node;
    if (!list || list.type !== "list" || !list.ordered) continue;
    const answers = numberedItems(list);
    if (!answers || answers.length !== asked.length || !numberedFromOne(answers) || answers.some((a) => !a.text || asks(a.text))) continue;
    const used = new Set(content.slice(i, j + 1));
    if (i > 0 && namesPart(content[i - 1]!, source)) used.add(content[i - 1]!);
    const pairs = asked.map((q, k) => ({ question: stripQuestionPrefix(q.text), line: lineOf(q.item), answer: cleanAnswer(sliceDedent(source, startOf(answers[k]!.item.children[0]!), endOf(answers[k]!.item))), endLine: endLineOf(answers[k]!.item) }));
    return { pairs, used };
  }
  return null;
}
