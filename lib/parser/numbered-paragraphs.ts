/**
 * Questions jotted as numbered paragraphs inside a section ("(1) DNS의 53 포트",
 * "**(2) HTTP/1.1과 HTTP/2**", each on its own line, the answer in the
 * paragraphs and lists after it, up to the next number): a study's record of
 * the follow-up questions it was asked. No heading, list or mark sets them
 * apart, so the whole run was the section's aside and made no card.
 */
import type { Paragraph } from "mdast";
import type { Block } from "./blocks";
import { isNoise } from "./draft";
import { textOf } from "./markdown";
import { asksAsNounPhrase, isQuestion, isRequest } from "./questions";

export interface NumberedParagraph {
  question: string;
  line: number;
  endLine: number;
  /** The answer begun on the question's next line, in the same paragraph ("(2) Well-Known Port" / "= SSH 22, …"). */
  lead: string;
  answer: Block[];
  /** Questions jotted under it in place of an answer, each on a line of its own: unanswered follow-ups. */
  asked?: { question: string; line: number }[];
}

/** The question a one-line paragraph asks with its question mark, or null. */
function questionJottedUnder(block: Block): string | null {
  if (block.node.type !== "paragraph") return null;
  const text = textOf(block.node as Paragraph).trim();
  // (with its question mark: "…블로킹으로 할거냐, 동기로 할거냐" without one is as often the answer musing)
  return !text.includes("\n") && text.length <= LINE_MAX && /[?？]$/.test(text) && isQuestion(text) && !hedges(text) ? text : null;
}

/**
 * "코어 수 정도면 충분하지 않나?": an answer put as a question that expects a yes, unless it asks what, why or
 * how, or pushes back ("HTTP/1.1에서도 … 되지 않나?": "…도" sets a case against the question, a challenge).
 */
const HEDGE = /(지\s*않(나|나요|아|아요|냐|을까|을까요|은가|은가요|습니까)|아닐까(요)?|아닌가(요)?)\s*[?？]$/;
const ASKS_WHAT = /(무엇|뭐(?!든)|왜|어떻게|어떤|어느(?!\s*정도)|언제(?!나|든)|어디(?!서든|든|서나)|누가|몇)/;
// ("잡아도 되지 않나?", "둬도 괜찮지 않나?": "-어도 되다" allows, it sets no case against the question; nor does "그래도")
const PUSHES_BACK = /(?<!정|그래)도\s(?!\s*(되|돼|괜찮|상관))/;

export function hedges(text: string): boolean {
  return HEDGE.test(text) && !ASKS_WHAT.test(text) && !PUSHES_BACK.test(text);
}

/** "(3) UDP는 …?" on one line, bold or not: the number and the question. */
const NUMBERED = /^\((\d{1,2})\)\s*(\S.*)$/;
/** A question line longer than this is prose that opens on a number. */
const LINE_MAX = 100;
/** Three numbered lines at least: two are as often a point's "(1) …, (2) …" written in paragraphs. */
const MIN_ITEMS = 3;
/** "[ 3주차에 나온 꼬리질문 모음 ]": a bracketed line naming a round or a collection starts the next group ("[참고]" is part of an answer). */
const GROUP_TITLE = /^\[[^\]]*(\d|질문|모음|회차|주차|차시)[^\]]*\]$/;
/** "(1) https://…": a source numbered like the questions, not one of them. */
const LINK_ONLY = /^(\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?)$/;
/** "정리하면 …", "요약하면 …": the topic's own closing words after its last question, not that question's answer. */
const CLOSING = /^(정리하면|정리하자면|요약하면|요약하자면|결론적으로|종합하면)[\s,]/;

/** "5주차 꼬리질문", "면접 질문 모음": a section that only holds questions, not a topic. */
const QUESTIONS_TITLE = /질문(\s*모음|들|\s*목록|\s*리스트|\s*list|\s*정리)?$/i;

/** The number and question of a paragraph that opens on a numbered line (and what follows that line), or null. */
function numberedLine(block: Block, source: string): { n: number; question: string; lead: string } | null {
  // (read on every section's body: a paragraph that does not open on "(" or a bold "(" is none, without reading its text)
  if (block.node.type !== "paragraph" || !/^\s*(\*\*|__)?\(/.test(source.slice(block.start, block.start + 8))) return null;
  const [first = "", ...more] = textOf(block.node as Paragraph).trim().split("\n");
  if (!first || first.length > LINE_MAX) return null;
  const m = NUMBERED.exec(first.trim());
  if (!m || LINK_ONLY.test(m[2]!.trim())) return null;
  // (the lead keeps its markup as written: the paragraph's source after its first line)
  const raw = source.slice(block.start, block.end);
  const lead = more.length > 0 ? raw.slice(raw.indexOf("\n") + 1).trim() : "";
  return { n: Number(m[1]), question: m[2]!.trim(), lead };
}

/**
 * The numbered questions of a section's body, each with the blocks up to the next one (or a group's bracketed
 * title) as its answer, and the blocks outside the run; null unless the run counts up from 1 (restarting at 1
 * for a new group) with three items or more.
 */
export function numberedParagraphs(blocks: Block[], source: string, title = ""): { items: NumberedParagraph[]; rest: Block[] } | null {
  // (under "5주차 꼬리질문" there is no topic for closing words to stay with: they end the last answer)
  const collects = QUESTIONS_TITLE.test(title.trim());
  const items: NumberedParagraph[] = [];
  const rest: Block[] = [];
  let open: NumberedParagraph | null = null;
  let last = 0;
  let grouped = true;
  let closed = false;
  // (a closing line counts only after the last number: "결론적으로 …" inside answer (3) is that answer's, when (4) follows)
  const lines = blocks.map((b) => numberedLine(b, source));
  if (lines.filter(Boolean).length < MIN_ITEMS) return null;
  const lastNumbered = lines.findLastIndex((l) => !!l);
  for (const [at, b] of blocks.entries()) {
    const numbered = closed ? null : lines[at];
    if (numbered) {
      // (counting on, or from 1 again only after a group's title: "(1) Mark", "(2) Sweep" inside an answer is no new run)
      if (numbered.n !== last + 1 && !(numbered.n === 1 && grouped)) return null;
      open = { question: numbered.question, line: b.line, endLine: b.endLine, lead: numbered.lead, answer: [] };
      items.push(open);
      last = numbered.n;
      grouped = false;
    } else if (b.node.type === "paragraph" && GROUP_TITLE.test(textOf(b.node).trim())) {
      open = null;
      grouped = true;
      last = 0;
      rest.push(b);
    } else if (open && at > lastNumbered && b.node.type === "paragraph" && CLOSING.test(textOf(b.node).trim())) {
      // (what follows the closing words is the section's again: "다음 주 발표: …" is no part of any answer)
      if (collects) open.answer.push(b);
      else rest.push(b);
      open = null;
      closed = true;
    } else if (open) {
      if (!isNoise(b, source)) open.endLine = b.endLine;
      open.answer.push(b);
    } else rest.push(b);
  }
  // ("(3) UDP는 목적지 IP가 필요한가?" over "UDP는 각 계층에서 어떻게 동작하나?": a question jotted under it, no answer)
  for (const item of items) {
    const said = item.answer.filter((b) => !isNoise(b, source));
    if (!item.lead && said.length > 0 && said.every((b) => questionJottedUnder(b))) {
      item.asked = said.map((b) => ({ question: questionJottedUnder(b)!, line: b.line }));
      item.answer = [];
    }
  }
  if (items.length < MIN_ITEMS || !items.some((i) => i.lead || i.answer.some((b) => !isNoise(b, source)))) return null;
  // (a third of them asking, "…인가요", "…의 차이", "…하는 방법": numbered parts of one explanation, "(1) 상호 배제", ask nothing)
  const asking = items.filter((i) => isQuestion(i.question) || isRequest(i.question) || asksAsNounPhrase(i.question)).length;
  if (asking * 3 < items.length) return null;
  return { items, rest };
}
