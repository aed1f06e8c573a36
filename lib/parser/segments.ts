/**
 * Splitting a section body at in-text labels ("📝 스크립트", "**출처**",
 * "> 답변"), `Q.` paragraphs and `<details>` blocks.
 */
import type { Html, List, ListItem, Paragraph } from "mdast";
import { LEADING_ENTITY_INDENT } from "./entity-indent";
import { toBlocks, type Block } from "./blocks";
import { classifyLabel, type LabelKind } from "./labels";
import { isGenericPart } from "./generic-part";
import { textOf } from "./markdown";
import { asksAsNounPhrase, BRACKETED_FOLLOWUP, FOLLOWUP_BRANCH, hasQuestionPrefix, isQuestion, isRequest, splitArrowAnswer, stripQuestionPrefix, unwrapQuestion } from "./questions";
import { isNoise } from "./draft";
import { linksIn } from "./sources";
import { POINTS_BACK } from "./body-followups";
import { isProseInCode } from "./prose-code";
import { asksWithAside } from "./question-aside";
import { ASKS_FOR_ANSWER } from "./question-material";
import { REASON } from "./remedy-heading";
import { ANNOUNCES } from "./trailing-questions";

export type SegmentKind = "free" | "question" | "details" | LabelKind;

export interface Segment {
  kind: SegmentKind;
  /** Line of the label / question / details block (or first block for "free"). */
  line: number;
  /** For "question"/"details": the question text. */
  question?: string;
  /** Source offset where content after the label/question line begins (same paragraph). */
  headStart?: number;
  headEnd?: number;
  /** Set on segments that came from inside a reveal `<details>` answering the question segment before them. */
  inReveal?: boolean;
  /** The label paragraph itself (for links on the label line's paragraph). */
  labelBlock?: Block;
  blocks: Block[];
}

/**
 * First line of a paragraph that has text once images and inline HTML are
 * removed (a note may put an image right above its label, in one paragraph),
 * and the offset where the following line starts (undefined when none).
 */
function firstContentLine(block: Block, source: string): { text: string; line: number; restStart?: number } | null {
  let pos = block.start;
  let line = block.line;
  while (pos < block.end) {
    const nl = source.indexOf("\n", pos);
    const lineEnd = nl === -1 || nl > block.end ? block.end : nl;
    // (indentation written with entities, "&nbsp;&nbsp; Q. …?", is space: entity-indent.ts)
    const text = source.slice(pos, lineEnd).replace(/!\[[^\]]*\]\([^)]*\)|<\/?[A-Za-z!][^<>]*>/g, "").replace(LEADING_ENTITY_INDENT, "").trim();
    if (text) return { text, line, restStart: lineEnd + 1 < block.end ? lineEnd + 1 : undefined };
    pos = lineEnd + 1;
    line++;
  }
  return null;
}

/**
 * A paragraph of exactly two lines, each wholly emphasised and asking: one question
 * written twice, in English and in Korean (a translated question sheet). The Korean
 * line is the question.
 */
function bilingualQuestion(p: Paragraph): string | null {
  const lines = p.children.filter((c) => !(c.type === "text" && !c.value.trim()) && c.type !== "break");
  if (lines.length !== 2 || !lines.every((c) => c.type === "emphasis" || c.type === "strong")) return null;
  const [a, b] = lines.map((c) => stripQuestionPrefix(plainLine(textOf(c).trim())));
  if (!a || !b || !isQuestion(a) || !isQuestion(b) || /[가-힣]/.test(a) === /[가-힣]/.test(b)) return null;
  return /[가-힣]/.test(b) ? b : a;
}

/** A question line cut off mid-sentence: a comma or a connective ending ("…있다면,", "…인데"). */
const CUT_OFF = /([,，]|(다면|라면|는데|인데|지만|면서|므로))$/;

/**
 * "Q1. 만약 … 있다면," with the rest of the question on the next line ("… 가져올까요?"): a
 * question broken across two lines of its paragraph, when that next line is one sentence
 * ending in a question mark; only what follows answers it.
 */
function continuedQuestion(question: string, restStart: number | undefined, block: Block, source: string): AskedBlock {
  if (restStart === undefined || !CUT_OFF.test(question)) return { question, restStart };
  // (only the very next line, one sentence that ends in "?": a line that says something first is the answer)
  const next = source.slice(restStart, block.end).split("\n")[0]!;
  const rest = plainLine(next);
  if (!/[?？]$/.test(rest) || /[.!?？]\s/.test(rest)) return { question, restStart };
  const at = restStart + next.length + 1;
  return { question: `${question} ${rest}`, restStart: at < block.end ? at : undefined };
}

/** Markdown emphasis/escapes removed from one line of source. */
export function plainLine(text: string): string {
  // (an underscore inside a word is part of it, "TIME_WAIT", "snake_case": only emphasis underscores go)
  // (most lines hold neither an escape nor an underscore: the unicode pass is the costly one)
  const unescaped = text.includes("\\") ? text.replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1") : text;
  const bare = unescaped.replace(/(\*\*|\*|`)/g, "");
  return (bare.includes("_") ? bare.replace(/(^|[^\p{L}\p{N}_])_+|_+(?=[^\p{L}\p{N}]|$)/gu, "$1") : bare).trim();
}

/**
 * The question of a paragraph whose first line is a short bold caption that
 * asks nothing ("**TCP 관련 질문 1**") and whose second line is marked as a
 * question ("**Q. …?**"): the caption only numbers it, the lines after answer it.
 */
function captionedQuestion(first: { text: string; restStart?: number }, block: Block, source: string): AskedBlock | null {
  if (first.restStart === undefined || !/^(\*\*|__)[^*_]{1,30}(\*\*|__)$/.test(first.text) || isQuestion(plainLine(first.text))) return null;
  const nl = source.indexOf("\n", first.restStart);
  const lineEnd = nl === -1 || nl > block.end ? block.end : nl;
  const second = plainLine(source.slice(first.restStart, lineEnd));
  if (!hasQuestionPrefix(second)) return null;
  const question = stripQuestionPrefix(second);
  return question ? { question, restStart: lineEnd + 1 < block.end ? lineEnd + 1 : undefined } : null;
}

/** If a block is a label line (optionally followed by content in the same paragraph), describe it. */
export function labelOf(block: Block, source: string): { kind: LabelKind; line: number; restStart?: number } | null {
  const node = block.node;
  if (block.details || isLinkOnly(block)) return null;
  if (node.type === "blockquote" && node.children.length === 1 && node.children[0]!.type === "paragraph") {
    const text = textOf(node).trim();
    const kind = classifyLabel(text);
    return kind && !text.includes("\n") ? { kind, line: block.line } : null;
  }
  // a heading inside a <details> answer ("### 꼬리 질문 대비") labels what follows it
  if (node.type === "heading") {
    const kind = classifyLabel(textOf(node).trim());
    return kind ? { kind, line: block.line } : null;
  }
  if (node.type !== "paragraph") return null;
  const first = firstContentLine(block, source);
  const kind = first ? classifyLabel(plainLine(first.text)) : null;
  return kind ? { kind, line: first!.line, restStart: first!.restStart } : null;
}

/** "> [꼬리 질문 모음](#꼬리-질문-모음)": a link to a part of the note (a table of contents line) labels nothing here. */
function isLinkOnly(block: Block): boolean {
  const node = block.node;
  const p = node.type === "blockquote" && node.children.length === 1 ? node.children[0] : node;
  if (!p || p.type !== "paragraph") return false;
  const parts = p.children.filter((c) => !(c.type === "text" && !c.value.trim()));
  return parts.length === 1 && parts[0]!.type === "link";
}

/** The blocks of a quote that opens with a follow-up label line ("> 꼬리 질문" then "> - …?"), else null. */
function quotedFollowups(block: Block, source: string): Block[] | null {
  const node = block.node;
  if (node.type !== "blockquote" || node.children.length < 2) return null;
  const [first, ...rest] = node.children;
  if (first!.type !== "paragraph") return null;
  const text = textOf(first!).trim();
  if (text.includes("\n") || classifyLabel(text) !== "followups") return null;
  const blocks = toBlocks(rest, source, []);
  return blocks.length > 0 ? blocks : null;
}

/** "꼬리 질문: …", "꼬리질문 1) …", "Follow-up - …": a follow-up named by a marker at the start of its line. */
const FOLLOWUP_MARK = /^(꼬리\s*(질문)?|추가\s*질문|심화\s*질문|follow[- ]?up(\s*question)?)\s*\d{0,2}\s*[:：)\-–]\s*\S/i;

/** A paragraph or list whose first line is a marked follow-up question ("- **꼬리 질문**: …?", "- ㄴ …?"). */
function marksFollowup(block: Block, source: string): boolean {
  const node = block.node;
  // (…or a quote of one line: "> 🗣️ **꼬리 질문**: \"…?\" → 답")
  const quoted = node.type === "blockquote" && node.children.length === 1 ? node.children[0] : undefined;
  const head = node.type === "list" ? node.children[0]?.children[0] : node.type === "paragraph" ? node : quoted;
  if (!head || head.type !== "paragraph") return false;
  const line = plainLine(textOf(head).split("\n")[0] ?? "");
  void source;
  if (FOLLOWUP_BRANCH.test(line)) return isQuestion(line.replace(FOLLOWUP_BRANCH, ""));
  // "Q-(꼬리질문). …?", "[꼬리 질문] …?": the marker in brackets
  if (BRACKETED_FOLLOWUP.test(line)) return isQuestion(line.replace(BRACKETED_FOLLOWUP, ""));
  const marked = line.replace(LEADING_EMOJI, "");
  if (!FOLLOWUP_MARK.test(marked)) return false;
  const asked = marked.replace(FOLLOWUP_MARK, (m) => m.slice(-1));
  if (!quoted) return isQuestion(asked);
  // (a quoted one answers on its own line, "\"…?\" → 답", as splitArrowAnswer reads it where its items are taken;
  // one that only asks is read as a quoted question)
  return !!splitArrowAnswer(asked);
}

/** Emoji before a line's marker ("🗣️ 꼬리 질문: …"). */
export const LEADING_EMOJI = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u;


/** "…? A: …", "…? 답: …" on one line: a question, then its answer after a mark. */
const QUESTION_THEN_ANSWER = /^(.*?[?？])\s*(?:A|답변?)\s*[:.)：]\s*(\S.*)$/;

/** A question and the answer after its "A)" on the same line; never a multiple choice's "A) 큐 B) 스택". */
function answeredOnItsLine(text: string): { question: string; answer: string } | null {
  const m = QUESTION_THEN_ANSWER.exec(text);
  if (!m || /(^|\s)B\s*[).:]\s/.test(m[2]!) || !isQuestion(m[1]!.trim())) return null;
  return { question: m[1]!.trim(), answer: m[2]! };
}

/** A question read from a block: its text, where its answer starts in the block (if there), and whether the answer sits on the same lines. */
export type AskedBlock = { question: string; restStart?: number; inline?: boolean; whole?: boolean; continues?: boolean };

/** "상황 :", "예시 1:", "Case:": a line labelled as an example's scenario. */
const SCENARIO = /^(문제\s*)?(상황|예시|예제|사례|시나리오|case|example)\s*\d{0,2}\s*[:：]/i;

/** If a block is a question paragraph (`Q.` prefix, or a lone bold question), describe it. */
export function questionOf(block: Block, source: string): AskedBlock | null {
  const node = block.node;
  // "> **복원추출이란?**": a quoted bold line that asks
  if (node.type === "blockquote" && node.children.length === 1 && node.children[0]!.type === "paragraph") {
    const p = node.children[0];
    const only = p.children.length === 1 && (p.children[0]!.type === "strong" || p.children[0]!.type === "emphasis");
    const text = plainLine(textOf(p).trim());
    if (only && !text.includes("\n") && (isQuestion(text) || asksAsNounPhrase(text))) return { question: stripQuestionPrefix(text) };
    // "> 만약 …라면 어떻게 될까?": a quoted line that asks, answered by the prose after the quote
    const asked = textOf(p).trim();
    // ("> Q) …무엇인가요? A) Write Once, Run Everywhere": its answer begun on the same line, the blocks after the quote going on with it)
    const pair = !asked.includes("\n") && hasQuestionPrefix(asked) ? answeredOnItsLine(stripQuestionPrefix(asked)) : null;
    const at = pair ? source.indexOf(pair.answer.slice(0, 8), block.start) : -1;
    if (pair && at >= 0 && at < block.end) return { question: pair.question, restStart: at, continues: true };
    if (!asked.includes("\n") && isQuestion(asked)) return { question: stripQuestionPrefix(asked) };
    // "> Stack을 독립적으로 할당하는 이유" and the reason on the quote's next lines: a reason asked of the topic, answered there
    const [head = "", ...said] = asked.split("\n");
    // (…never a citation under it, "> 출처: …": where the reason comes from, not the reason)
    // (…nor a box titled in bold, "> **…쓰는 이유**", an admonition's title over its tip: callouts.ts)
    const titled = /^\s*>\s*(\*\*|__)/.test(source.slice(block.start, block.end));
    const answerAt = !titled && said.length > 0 && REASON.test(plainLine(head).trim()) && plainLine(head).trim().split(/\s+/).length >= 3 && !/^\s*(출처|참고|참조|source|ref(erence)?s?)\s*[:：]/i.test(plainLine(said[0]!)) && said.join(" ").trim().length >= 20 ? source.indexOf(said[0]!.trim().slice(0, 12), block.start) : -1;
    if (answerAt > block.start && answerAt < block.end) return { question: plainLine(head).trim(), restStart: answerAt };
    return quotedQuestionWithAnswer(block, source);
  }
  // "> 1. 인덱스가 뭔지 설명하고 특징을 말해보세요" (a numbered question set as a quote), answered by the prose after the quote
  const numbered = quotedNumberedLine(block);
  if (numbered) return { question: numbered };
  // "> **…란?**", a blank quote line, then the answer's paragraphs and lists inside the same quote
  if (node.type === "blockquote" && node.children.length > 1) return quotedQuestionWithAnswer(block, source);
  if (block.details || node.type !== "paragraph") return null;
  const first = firstContentLine(block, source);
  if (!first) return null;
  // ("**[Q. 왜 2way가 아니라 3way일까?]**": square brackets frame the question as they frame "**[연결 과정]**", a caption)
  const line = plainLine(first.text).replace(/^\[\s*([^[\]]+?[?？])\s*\]$/, "$1");
  // ("**상황** : …을 입력한다면?" over "**현상** : …": a scenario the explanation walks through, asked of no one)
  if (SCENARIO.test(line)) return null;
  // "**Q1. …나요?** 함께 쓸 수 있습니다.": a bold question leading its paragraph, answered by the rest of it
  const led = boldLead(block, source);
  if (led) return led;
  if (hasQuestionPrefix(line)) {
    const question = stripQuestionPrefix(line);
    // "Q: …? A: …" on one line: question and answer both, and what follows is the section's again
    const pair = first.restStart === undefined ? QUESTION_THEN_ANSWER.exec(question) : null;
    const at = pair ? source.indexOf(pair[2]!.slice(0, 8), block.start) : -1;
    if (pair && at >= 0 && at < block.end) return { question: pair[1]!.trim(), restStart: at, whole: true };
    return question ? continuedQuestion(question, first.restStart, block, source) : null;
  }
  // "**TCP 관련 질문 1**" over "**Q. …?**" and "A. …" in one paragraph: a bold caption over the marked question
  const captioned = captionedQuestion(first, block, source);
  if (captioned) return captioned;
  // "🧐 어떤 경우에 … 고려해야 할까": a line opened by a pondering emoji that asks
  // (a face or person speaking, "🙋 : …?" in a dialogue note included; not a check mark or bullet emoji)
  const pondered = /^[\u{1F600}-\u{1F64F}\u{1F910}-\u{1F9FF}\u{1F466}-\u{1F487}❓❔][\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}\u2640\u2642]*\s*(?:[:：]\s*)?(.+)$/u.exec(first.text.replace(/(\*\*|__|`)/g, "").trim());
  if (pondered && (isQuestion(pondered[1]!) || /까$/.test(pondered[1]!))) return { question: pondered[1]!.trim(), restStart: first.restStart };
  // a lone bold or italic line that asks ("**…?**", "_…어떤 일이 일어나는가?_")
  const emphasisOnly = node.children.length === 1 && (node.children[0]!.type === "strong" || node.children[0]!.type === "emphasis");
  // (quotes around it included: '***"…아세요?"***')
  // (angle brackets around it are only a frame: "**< 스레드라는 개념은 왜 생겼는가 >**")
  if (emphasisOnly && first.restStart === undefined && (isQuestion(line) || isQuestion(unwrapQuestion(line)) || asksWithAside(line) || asksThenMuses(line) || asksAsNounPhrase(line))) return { question: /^[<〈‹]/.test(line) ? unwrapQuestion(line) : line };
  // "*Question: What is the value of foo?*" over "*질문: foo의 값은 무엇인가요?*": one question in two languages, asked in Korean
  const pair = bilingualQuestion(node as Paragraph);
  if (pair) return { question: pair };
  // "**_…의미하는가?_**" on its own line with the answer on the next lines of the same paragraph
  // "그렇다면 …할까? 답 …": a question pointing back at the explanation, answered in the same paragraph
  const back = pointedBack(block, source, first.text);
  if (back) return back;
  // (the rest must answer: a second question line, a translation of the first, is no answer)
  // a plain line counts when it ends in a question mark: "왜 …비효율적일까?" then its answer on the next lines
  if (first.restStart !== undefined && (/^(\*\*|__|\*|_)\S(.*\S)?(\*\*|__|\*|_)$/.test(first.text) || /[?？]$/.test(line)) && isQuestion(line)) {
    const rest = plainLine(source.slice(first.restStart, block.end).split("\n")[0] ?? "");
    if (!isQuestion(rest) && !hasQuestionPrefix(rest)) return { question: line, restStart: first.restStart, inline: true };
  }
  // '**"…않았나요?"**' over its answer's lines: the interviewer's question quoted in bold, answered below it
  const spoken = first.restStart !== undefined && /^(\*\*|__)["“'‘].+[?？]["”'’](\*\*|__)$/.test(first.text.trim()) ? unwrapQuestion(line) : null;
  if (spoken && isQuestion(spoken)) {
    const rest = plainLine(source.slice(first.restStart!, block.end).split("\n")[0] ?? "");
    if (rest && !isQuestion(rest) && !hasQuestionPrefix(rest)) return { question: spoken, restStart: first.restStart!, inline: true };
  }
  return null;
}

/**
 * A paragraph opened by a bold question that ends in "?" with its answer after it on the same
 * line ("**Q2. 가중치를 바꾸면 바로 옮겨 가나요?** 캐시된 주소는 남습니다."): the bold part asks,
 * the rest of the paragraph answers. (A bold question alone on its line is handled above.)
 */
function boldLead(block: Block, source: string, marked = true): { question: string; restStart: number; inline: true } | null {
  const node = block.node;
  if (node.type !== "paragraph" || node.children.length < 2) return null;
  const lead = node.children[0]!;
  if (lead.type !== "strong" || lead.position?.end.offset === undefined) return null;
  // (numbered or marked as a question, "**Q1. …?**": a bare "**왜?** …" inside an answer is the answer's own rhetoric)
  const leadText = plainLine(textOf(lead).trim());
  if (marked && !hasQuestionPrefix(leadText)) return null;
  const asked = unwrapQuestion(stripQuestionPrefix(leadText));
  if (!/[?？]$/.test(asked) || asked.includes("\n") || !isQuestion(asked)) return null;
  const end = lead.position.end.offset;
  const rest = source.slice(end, block.end);
  // (the rest starts on the same line: a bold question over its own lines is the case above)
  if (!/^[ \t]*[^\s]/.test(rest) || !/[\p{L}\p{N}]/u.test(rest)) return null;
  const skip = rest.length - rest.trimStart().length;
  return { question: asked, restStart: end + skip, inline: true };
}

/**
 * "**노드를 추가하면 캐시 hit가 유지되나요?** Key 매핑이 바뀌면 …": a bold question leading its
 * paragraph, answered by the rest of it, with no "Q." mark — a question only where the section
 * is one of follow-ups (in an answer, a bare bold question may be the answer's own rhetoric).
 */
export function boldLeadQuestion(block: Block, source: string): { question: string; restStart: number; inline: true } | null {
  return boldLead(block, source, false);
}

/** "RAM은 휘발성 아닌가요? 껐다 켜면 다 날아가는데..": a question followed by a short musing of the asker. */
function asksThenMuses(line: string): boolean {
  const m = /^(.{4,}?[?？])\s+([^?？]{1,30})$/.exec(line);
  return !!m && isQuestion(m[1]!) && /(\.{2,}|…|ㅠ+|ㅜ+|!+|\?)$/.test(m[2]!.trim());
}

/** The opening "그렇다면 …?" sentence of a paragraph that goes on to answer it, or null. */
function pointedBack(block: Block, source: string, firstLine: string): { question: string; restStart: number; inline: true } | null {
  const plain = plainLine(firstLine);
  if (!POINTS_BACK.test(plain)) return null;
  const raw = source.slice(block.start, block.end);
  const mark = raw.search(/[?？]/);
  const nl = raw.indexOf("\n");
  if (mark === -1 || (nl !== -1 && mark > nl)) return null;
  const question = plainLine(raw.slice(0, mark + 1).replace(/\s+/g, " "));
  const rest = raw.slice(mark + 1);
  // ("**그럼 …?** 그렇지 않습니다.": the emphasis closing the question is the question's, not the answer's)
  const skip = rest.length - rest.replace(/^[*_]+(?=\s)/, "").trimStart().length;
  if (!rest.trim() || question.length > 200 || !isQuestion(question)) return null;
  return { question, restStart: block.start + mark + 1 + skip, inline: true };
}

/** The line of a quote that holds only a numbered one-item list of one short line ("> 3. 인덱스를 쓰면 좋은 경우"). */
function quotedNumberedLine(block: Block): string | null {
  const node = block.node;
  if (node.type !== "blockquote" || node.children.length !== 1) return null;
  const list = node.children[0]!;
  if (list.type !== "list" || !list.ordered || list.children.length !== 1) return null;
  const item = list.children[0]!;
  const p = item.children[0];
  if (item.children.length !== 1 || p?.type !== "paragraph") return null;
  const text = plainLine(textOf(p).trim());
  return text && !text.includes("\n") && text.length <= 150 ? stripQuestionPrefix(text) : null;
}

/**
 * "> **💡 … 무엇일까?**" with the answer on the quote's next lines: the bold
 * opening line asks and the rest of the quote answers it.
 */
function quotedQuestionWithAnswer(block: Block, source: string): { question: string; restStart?: number } | null {
  const node = block.node;
  if (node.type !== "blockquote") return null;
  const p = node.children[0];
  // ("> #### Context Switching이란?" over the answer: a question set as a heading inside the quote, blocks.ts)
  if (p?.type === "heading" && node.children.length > 1) return questionOverQuote(block, textOf(p), source);
  // ("> Q. 스레드끼리 공유하는 영역은?" over the answer after a blank quote line: a question set apart by its mark)
  if (p?.type === "paragraph" && node.children.length > 1 && p.children[0]?.type !== "strong" && hasQuestionPrefix(textOf(p).trim()) && !textOf(p).trim().includes("\n")) return questionOverQuote(block, textOf(p), source);
  if (!p || p.type !== "paragraph") return null;
  if (p.children[0]?.type !== "strong") return node.children.length === 1 ? plainQuotedQuestion(block, source) : null;
  // ("> **Q.** TLB란?": only the mark in bold, the question after it on the same line)
  const bold = textOf(p.children[0]).trim().replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "");
  const question = stripQuestionPrefix(bold) ? bold : plainLine(textOf(p).split("\n")[0]!.trim());
  // (a noun-phrase question counts too: "> **💡 A와 B의 차이**" over its answer; never one marked as an answer, "> **A. 연결 여부의 차이**")
  if (!question || /^(A|답변?)\s*[.:)：]/i.test(question) || !(isQuestion(question) || asksAsNounPhrase(question))) return null;
  const nl = source.indexOf("\n", block.start);
  if (nl === -1 || nl + 1 >= block.end) return null;
  const rest = source.slice(nl + 1, block.end).replace(/^[ \t]*>[ \t]?/gm, "").trim();
  return rest ? { question: stripQuestionPrefix(question), restStart: nl + 1 } : null;
}

/** A quote's first line that asks, answered by the rest of the quote (see quotedQuestionWithAnswer). */
function questionOverQuote(block: Block, first: string, source: string): { question: string; restStart?: number } | null {
  // ("> Q) …무엇인가요? A) 플랫폼 독립성입니다." over more of the answer: it begins on the question's line)
  const pair = answeredOnItsLine(stripQuestionPrefix(plainLine(first.trim())));
  const at = pair ? source.indexOf(pair.answer.slice(0, 8), block.start) : -1;
  if (pair && at >= 0 && at < block.end) return { question: pair.question, restStart: at };
  const question = plainLine(first.trim());
  if (!/[?？]$/.test(question) || !isQuestion(stripQuestionPrefix(question))) return null;
  const nl = source.indexOf("\n", block.start);
  if (nl === -1 || nl + 1 >= block.end) return null;
  const rest = source.slice(nl + 1, block.end).replace(/^[ \t]*>[ \t]?/gm, "").trim();
  return rest ? { question: stripQuestionPrefix(question), restStart: nl + 1 } : null;
}

/**
 * "> TLS termination?" with the answer on the quote's next lines: a plain
 * first line that asks (ending in "?"), answered in the same paragraph of
 * the same quote by lines that ask nothing more (a quote of several
 * questions sets the note's motivation).
 */
function plainQuotedQuestion(block: Block, source: string): { question: string; restStart?: number } | null {
  const nl = source.indexOf("\n", block.start);
  if (nl === -1 || nl + 1 >= block.end) return null;
  const asked = plainLine(source.slice(block.start, nl).replace(/^[ \t]*>[ \t]?/, "").trim());
  if (!/[?？❓❔]\uFE0F?$/u.test(asked) || !isQuestion(asked)) return null;
  const rest = source.slice(nl + 1, block.end).replace(/^[ \t]*>[ \t]?/gm, "").trim();
  if (!rest || rest.split("\n").some((line) => /[?？]\s*$/.test(line))) return null;
  return { question: stripQuestionPrefix(asked), restStart: nl + 1 };
}

/**
 * Headings written inside a reveal fold that ask ("### 안정 정렬이란?" among "### 핵심 답변" and
 * "### 정렬 알고리즘 비교"): questions of their own, answered up to the next heading as high as
 * theirs, which takes the answer back.
 */
function askedHeadings(segments: Segment[], source: string): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    if (seg.kind === "followups" || seg.kind === "sources" || seg.kind === "skip") {
      out.push(seg);
      continue;
    }
    let current: Segment = { ...seg, blocks: [] };
    out.push(current);
    let depth = 0;
    for (const b of seg.blocks) {
      const heading = b.node.type === "heading" ? b.node : null;
      const text = heading ? stripQuestionPrefix(plainLine(textOf(heading))) : "";
      if (heading && text.length <= 80 && (isQuestion(text) || isRequest(text))) {
        current = { kind: "question", line: b.line, question: text, blocks: [] };
        depth = heading.depth;
        out.push(current);
        continue;
      }
      if (heading && depth > 0 && heading.depth <= depth) {
        current = { kind: "free", line: b.line, blocks: [] };
        depth = 0;
        out.push(current);
      }
      current.blocks.push(b);
    }
  }
  return out;
}

/** Summaries that only reveal an answer: 정답 보기, 답변 확인하기, 펼치기, Answer, Show …, or material for it: "…의 예시로 보기", 코드 보기, 예제 코드, "…더 자세한 설명", a picture ("그림", "사진"), an aside ("번외", "TMI") */
const REVEAL = /^(정답|답|답변|답안|해설|풀이|모범\s*답안|a|정답\s*(및|&)\s*해설|정답은|(나의|내|예시|모범)\s*(답변|답안)|(답변|답안)\s*예시|my\s+answer|((click|tap)\s+to\s+)?see\s+(the\s+)?answer|(펼쳐서|눌러서|클릭해서)\s*(확인|보기)(하기)?|(답|답안|해답|풀이|모범\s*답[안변])\s*(보기|확인(하기)?|펼치기|열기)|(정답|답변)\s*(펼치기|열기)|(see|view)\s+answer|정답\s*(및\s*해설\s*)?(보기|확인(하기)?)|답변\s*(보기|확인(하기)?)|해설\s*보기|(상세\s*)?설명\s*보기|(펼치기|접기|숨기기|열기|닫기)(\s*[/|·,]\s*(펼치기|접기|숨기기|열기|닫기))?|펼쳐\s*보기|answer|show(\s+answer)?|click(\s+me)?|reveal|solution|보기|더\s*보기|자세히(\s*보기)?|((\S.*에\s*(대한|관한)\s*)?(추가|상세한?|자세한|보충)\s*(설명|내용))(\s*보기)?|read more|show more|more|expand|click to expand|번외|여담|사담|tmi|비고|덧붙임|참고\s*사항|(\S.*\s)?(예시|예제|코드|소스\s*코드|그림|이미지|사진|도식|실행\s*결과)(으로|로|을|를)?\s*(보기|확인(하기)?)|(예제|예시|샘플|소스|전체)?\s*코드|(그림|이미지|사진|도식|스크린샷|캡[처쳐]|image|picture|diagram|screenshot)s?|(\S.*\s)?더\s*(자세한|상세한?)\s*(설명|내용))$/i;

/** Whether a `<details>` summary is a reveal label rather than a question. */
export function isRevealLabel(summary: string): boolean {
  const t = summary.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, " ").replace(/[*_`:：.!👉▶▼►]+/gu, " ").replace(/\s+/g, " ").trim();
  // "클릭해서 답 보기", "눌러서 정답 확인": the same label with the gesture spelled out
  return REVEAL.test(t) || REVEAL.test(t.replace(/^(클릭|눌러|터치)(해서|하여|하면|해|서)?\s+/, "")) || ASKS_FOR_ANSWER.test(t);
}

/** The last block of a run if it asks (a paragraph, or a list whose last item asks). */
/**
 * Whether a line right above a reveal fold ("정답", "정답 보기") is what it answers: a question, or a
 * quiz prompt named as a topic ("XSS와 CSRF의 차이"): one short line that states nothing.
 */
function quizzes(text: string): boolean {
  return isQuestion(text) || (text.length <= 80 && !/[.!。:：]$|(다|요|음|함)$/.test(text) && /[\p{L}]/u.test(text));
}

function askingTail(blocks: Block[], source: string): { question: string; line: number } | null {
  const last = blocks[blocks.length - 1];
  if (!last) return null;
  const node = last.node;
  if (node.type === "paragraph") {
    const text = plainLine(textOf(node).trim());
    const q = stripQuestionPrefix(text);
    return !text.includes("\n") && quizzes(text) ? { question: q, line: last.line } : null;
  }
  if (node.type === "list" && node.children.length === 1) {
    const item = node.children[0]!;
    const first = item.children[0];
    const text = first && first.type === "paragraph" ? plainLine(textOf(first).trim()) : "";
    return text && !text.includes("\n") && quizzes(text) ? { question: stripQuestionPrefix(text), line: last.line } : null;
  }
  void source;
  return null;
}

/** Opening html of a details span: nothing but the tags and the summary. */
// (a quote opened right after the summary, "<Blockquote>\n<br>", or a "<div markdown=\"1\">", only frames the body)
// ("<summary> 답안 </summary>\n<br />": a line break set under the summary is spacing, no part of the body)
const DETAILS_HEAD = /^\s*<details[^>]*>\s*(<summary[^>]*>[\s\S]*?<\/summary>)?\s*(<br\s*\/?>\s*)*(<(blockquote|div)(\s[^>]*)?>\s*(<br\s*\/?>\s*)*)?$/i;

/**
 * The Markdown blocks inside a `<details>` span (nested spans grouped), or
 * null when its content is not separate Markdown (text glued to the tags).
 */
export function innerBlocks(block: Block, source: string): Block[] | null {
  const nodes = block.details?.nodes ?? [];
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (nodes.length === 1 && first?.type === "html") return oneLineBody(first, source);
  if (nodes.length < 3 || first?.type !== "html" || last?.type !== "html" || !DETAILS_HEAD.test(first.value)) return null;
  // (a wrapper closed with it, "</Blockquote>\n</details>", "</div>\n</details>", is no part of the body either)
  if (!/^\s*(<\/(blockquote|div)\s*>\s*)*<\/details\s*>\s*$/i.test(last.value)) return null;
  const inner = toBlocks(nodes.slice(1, -1), source, []);
  return inner.length > 0 ? inner : null;
}

/** "<details><summary>정답 보기</summary>답</details>" on one line: its body as one paragraph, placed in the source. */
function oneLineBody(node: Html, source: string): Block[] | null {
  const m = /^(\s*<details[^>]*>\s*<summary[^>]*>[\s\S]*?<\/summary>\s*)(\S[\s\S]*?)\s*<\/details>\s*$/i.exec(node.value);
  const startAt = node.position?.start.offset;
  if (!m || startAt === undefined || m[2]!.includes("\n")) return null;
  const start = startAt + m[1]!.length;
  const end = start + m[2]!.length;
  if (source.slice(start, end) !== m[2]) return null;
  const line = node.position!.start.line;
  const column = node.position!.start.column + m[1]!.length;
  const position = { start: { line, column, offset: start }, end: { line, column: column + m[2]!.length, offset: end } };
  const paragraph: Paragraph = { type: "paragraph", children: [{ type: "text", value: m[2]!, position }], position };
  return [{ node: paragraph, start, end, line, endLine: line }];
}

/** Summaries that name a follow-up list ("🤔 Follow-up", "꼬리 질문"): their body holds follow-up questions. */
function isFollowupSummary(summary: string): boolean {
  return classifyLabel(summary) === "followups";
}

/**
 * Whether paragraph `index` stands between two parts of one numbered list: the list
 * right after it (or after one more block) goes on counting from the one before.
 * (A question explored at length after an item, over many blocks, is a follow-up.)
 */
function interruptsNumberedList(blocks: Block[], index: number): boolean {
  const before = blocks[index - 1]?.node;
  if (blocks[index]!.node.type !== "paragraph" || !before || before.type !== "list" || !before.ordered) return false;
  const next = (before.start ?? 1) + before.children.length;
  return blocks.slice(index + 1, index + 3).some((b) => b.node.type === "list" && b.node.ordered === true && b.node.start === next);
}

/** Split a section's blocks into segments. Follow-up segments keep their Q./details inside. */
export function splitSegments(blocks: Block[], source: string, initial: SegmentKind = "free", line = blocks[0]?.line ?? 1): Segment[] {
  return pairAskLabels(allSegments(blocks, source, initial, line), source).filter((s) => s.blocks.length > 0 || s.headStart !== undefined || s.kind !== "free");
}

/** The question written under an "ask" label ("**질문**" then a paragraph, or an item "질문 내용: …"). */
export function askedText(blocks: Block[], source: string, head?: string): { question: string; rest: Block[]; line: number } | null {
  if (head && head.trim()) return { question: stripQuestionPrefix(plainLine(head.split("\n")[0]!)), rest: blocks, line: blocks[0]?.line ?? 0 };
  const first = blocks.find((b) => b.node.type === "paragraph" || b.node.type === "list");
  if (!first) return null;
  const node = first.node.type === "list" ? first.node.children[0]?.children[0] : first.node;
  if (!node || node.type !== "paragraph") return null;
  const question = stripQuestionPrefix(plainLine(textOf(node).split("\n")[0] ?? ""));
  return question ? { question, rest: blocks.slice(blocks.indexOf(first) + 1), line: first.line } : null;
}

/**
 * An "ask" segment and the answer segment after it ("**질문** … **답변** …") become one question segment;
 * so do a bare question segment and the answer segment right after it.
 */
function pairAskLabels(segments: Segment[], source: string): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    // "**Q) …?**" alone, then "**답변:**" over its answer: the question and its answer, as often as the pair comes
    const next = segments[i + 1];
    if (seg.kind === "question" && seg.headStart === undefined && seg.blocks.length === 0 && next?.kind === "script" && !next.inReveal) {
      out.push({ ...seg, headStart: next.headStart, headEnd: next.headEnd, blocks: next.blocks });
      i++;
      continue;
    }
    if (seg.kind !== "ask") {
      out.push(seg);
      continue;
    }
    const head = seg.headStart !== undefined && seg.headEnd !== undefined ? source.slice(seg.headStart, seg.headEnd) : undefined;
    const asked = askedText(seg.blocks, source, head);
    if (!asked) continue;
    const answer = next && next.kind === "script" ? next : null;
    if (answer) i++;
    out.push({
      kind: "question",
      line: asked.line || seg.line,
      question: asked.question,
      headStart: answer?.headStart,
      headEnd: answer?.headEnd,
      blocks: [...asked.rest, ...(answer?.blocks ?? [])],
    });
  }
  return out;
}

/**
 * "- **어느 상황에 Linked List가 나을까요?**" as a list of its own, answered by a
 * quote right below it or nested under it: a question asked inside the answer
 * (the interviewer's next one), not a point of it. Only a bold line that asks.
 */
function boldAskedItem(block: Block, next: Block | undefined, source: string): AskedBlock | null {
  const node = block.node;
  if (node.type !== "list" || node.children.length !== 1) return null;
  const [head, ...rest] = node.children[0]!.children;
  if (head?.type !== "paragraph" || head.children.length !== 1 || head.children[0]!.type !== "strong") return null;
  const question = plainLine(textOf(head).trim());
  if (question.includes("\n") || !/[?？]$|요\.?$/.test(question) || !isQuestion(question)) return null;
  if (rest.length > 0) return rest[0]!.type === "blockquote" || rest[0]!.type === "paragraph" ? { question: stripQuestionPrefix(question), restStart: rest[0]!.position!.start.offset! } : null;
  return next?.node.type === "blockquote" && !next.details ? { question: stripQuestionPrefix(question) } : null;
}

/** A list item led by a bold line that asks, with its answer nested under it (a quote or a paragraph). */
function isBoldAskedItem(item: ListItem): boolean {
  const [head, ...rest] = item.children;
  if (head?.type !== "paragraph" || head.children.length !== 1 || head.children[0]!.type !== "strong") return false;
  const question = plainLine(textOf(head).trim());
  return !question.includes("\n") && /[?？]$|요\.?$/.test(question) && isQuestion(question) && (rest[0]?.type === "blockquote" || rest[0]?.type === "paragraph");
}

/**
 * "- **…인가요?**" + nested answer, "- **…설명해 주세요.**" + nested answer: a
 * list made only of such items is several questions asked inside the answer,
 * one block per item, each read as a one-item list is.
 */
function splitBoldAskedList(block: Block): Block[] {
  const node = block.node;
  if (node.type !== "list" || node.children.length < 2 || !node.children.every(isBoldAskedItem)) return [block];
  return node.children.map((item) => ({ node: { ...node, children: [item], position: item.position }, start: item.position!.start.offset!, end: item.position!.end.offset!, line: item.position!.start.line, endLine: item.position!.end.line, ...(block.quoted ? { quoted: true } : {}) }));
}

/** The question of a one-item numbered list that asks and has nothing nested ("2. …서술하시오."), with its number. */
function askingItem(block: Block | undefined): { question: string; n: number } | null {
  const node = block?.node;
  const question = node?.type === "list" && node.ordered ? askedItem(block) : null;
  return question && node?.type === "list" ? { question, n: node.start ?? 1 } : null;
}

/**
 * "1. …서술하시오." then its answer, "2. …?" then its answer: numbered questions
 * each set apart by the answer written under it (which ends the list), as on an
 * exam sheet. Only in a run: a neighbour numbered one more or one less asks too.
 */
function numberedAskingItem(blocks: Block[], index: number, source: string): AskedBlock | null {
  const asked = askingItem(blocks[index]);
  const next = blocks[index + 1];
  // (the last of the run may have nothing under it: a question left unanswered, not a line of the answer above)
  if (!asked || (next && (askingItem(next) || next.node.type === "heading" || isNoise(next, source)))) return null;
  const run = blocks.some((b, j) => j !== index && Math.abs((askingItem(b)?.n ?? -9) - asked.n) === 1);
  if (!next && !blocks.some((b, j) => j < index && askingItem(b)?.n === asked.n - 1)) return null;
  return run ? { question: stripQuestionPrefix(asked.question) } : null;
}

/**
 * "- DB 락의 종류에 대해 설명해주세요." then a fence of sentences with no
 * language: a listed question answered by the prose fenced under it.
 */
function itemOverProseCode(blocks: Block[], index: number, source: string): AskedBlock | null {
  const question = askedItem(blocks[index]);
  if (!question) return null;
  // (in a note written so, an asked item over code and the lines after it is one more of its questions)
  const next = blocks[index + 1];
  const run = next && (isProseInCode(next, source) || (next.node.type === "code" && blocks.some((b, j) => askedItem(b) && blocks[j + 1] && isProseInCode(blocks[j + 1]!, source))));
  return run ? { question: stripQuestionPrefix(question) } : null;
}

/**
 * "- 트랜잭션 격리 수준에는 무엇이 있나요?" alone in its list, answered by the paragraph under it, then the
 * next question so: bulleted questions each answered in prose. Two at least answered in words of their own
 * (one may be a marked follow-up); a question of the run over a link alone is still one of its questions
 * ("Source: [Glassdoor](…)" under lone questions answers nothing). An account of how an interview or a week
 * went ("…긴장해서 멈췄다.") or a repository's FAQ is no answer to rehearse.
 */
export function itemOverParagraph(blocks: Block[], index: number, source: string): AskedBlock | null {
  const answered = (j: number) => !!askedItem(blocks[j]) && saysSomething(blocks[j + 1], source);
  const question = askedItem(blocks[index]);
  const next = blocks[index + 1];
  if (!question || next?.node.type !== "paragraph" || questionOf(next, source)) return null;
  const run = blocks.filter((_, j) => answered(j)).length;
  return run >= 2 && !blocks.some((_, j) => askedItem(blocks[j]) && narrates(blocks[j + 1])) ? { question: stripQuestionPrefix(question) } : null;
}

/** A paragraph that answers in words: not a question, a source line or links alone. */
function saysSomething(block: Block | undefined, source: string): boolean {
  if (block?.node.type !== "paragraph" || questionOf(block, source)) return false;
  const text = textOf(block.node).trim();
  const linkless = block.node.children.filter((c) => c.type !== "link" && !(c.type === "text" && !c.value.trim())).length > 0;
  return linkless && !/^(source|sources|출처|참고|reference|references)\s*[:：]/i.test(text) && text.replace(/\s/g, "").length >= 2;
}

/** A past tense closing the sentence ("멈췄다.", "물어보셨다."): a syllable ending in ㅆ before 다. */
const PAST = /([\uAC00-\uD7A3])다[.!]?$/;

/** Whether a paragraph tells what happened ("…긴장해서 멈췄다.") or speaks of the repository ("PR을 보내 주세요"), not a model answer. */
function narrates(block: Block | undefined): boolean {
  if (block?.node.type !== "paragraph") return false;
  const text = textOf(block.node).trim();
  const past = PAST.exec(text)?.[1];
  // ("…네 가지가 있다." is no past: 있 ends in ㅆ as well)
  const tense = past ? past !== "있" && (past.charCodeAt(0) - 0xac00) % 28 === 20 : false;
  return tense || /(저장소|레포지토리|repository|\bPR\b|풀\s*리퀘스트|기여)/i.test(text);
}

/** The question of a one-item list that asks and holds nothing else ("- 인덱스에 대해 설명해주세요"), or null. */
function askedItem(block: Block | undefined): string | null {
  const node = block?.node;
  if (node?.type !== "list" || node.children.length !== 1 || node.children[0]!.children.length !== 1) return null;
  const p = node.children[0]!.children[0]!;
  const question = p.type === "paragraph" ? plainLine(textOf(p).trim()) : "";
  return question && !question.includes("\n") && (isQuestion(question) || isRequest(question)) ? question : null;
}

/** Segments including empty ones; the first is always the `initial` one. */
function allSegments(input: Block[], source: string, initial: SegmentKind, line: number): Segment[] {
  const blocks = input.flatMap(splitBoldAskedList);
  const segments: Segment[] = [{ kind: initial, line, blocks: [] }];
  // questions asked by a list item ("- …설명하시오." over its answer): the list that asks next holds their siblings
  const askedByItem = new WeakMap<Segment, List>();
  for (const [index, block] of blocks.entries()) {
    let current = segments[segments.length - 1]!;
    const quoted = quotedFollowups(block, source);
    if (quoted) {
      // "> 꼬리 질문" with its questions inside the same quote: the quote is the follow-up section
      segments.push({ kind: "followups", line: block.line, labelBlock: block, blocks: quoted });
      segments.push({ kind: current.kind === "followups" || current.kind === "question" ? "free" : current.kind, line: block.endLine + 1, blocks: [] });
      continue;
    }
    if (current.kind !== "followups" && marksFollowup(block, source)) {
      // "- **꼬리 질문**: …?", "꼬리질문) …?": a follow-up named on its own line opens the follow-ups
      segments.push({ kind: "followups", line: block.line, blocks: [block] });
      // (…answered on its line in a quote, it closes them again: what follows goes on with the answer)
      if (block.node.type === "blockquote") segments.push({ kind: current.kind === "question" ? "free" : current.kind, line: block.endLine + 1, blocks: [] });
      continue;
    }
    const label = labelOf(block, source);
    // "**Q. …?**" then "A." alone on its line, then the answer: the label opens that question's answer, not an answer of the topic's
    if (label && label.kind === "script" && current.kind === "question" && current.blocks.length === 0 && !source.slice(label.restStart ?? block.end, block.end).trim()) continue;
    // ("## 꼬리 질문" over "**Q) …?**" and then "**답변:**": the follow-up asked last is the one the label answers, never the
    // topic the follow-ups are about; as a question of its own, it pairs with that answer below)
    const askedLast = label?.kind === "script" && current.kind === "followups" ? askingTail(current.blocks, source) : null;
    if (askedLast) {
      current.blocks.pop();
      segments.push({ kind: "question", line: askedLast.line, question: askedLast.question, blocks: [] });
    }
    if (label) {
      segments.push({ kind: label.kind, line: label.line, headStart: label.restStart, headEnd: block.end, labelBlock: block, blocks: [] });
      continue;
    }
    if (block.node.type === "thematicBreak") {
      segments.push({ kind: "free", line: block.endLine + 1, blocks: [] });
      continue;
    }
    // "출처 <br> https://…" written in the text: its links are the sources, what follows without a link is the answer again
    if (current.kind === "sources" && current.labelBlock && block.node.type !== "html" && linksIn([block], source).length === 0) {
      current = { kind: "free", line: block.line, blocks: [] };
      segments.push(current);
    }
    if (current.kind === "followups") {
      current.blocks.push(block);
      continue;
    }
    if (block.details && isFollowupSummary(block.details.summary)) {
      // <summary>🤔 Follow-up</summary>: its body lists follow-up questions
      const inner = innerBlocks(block, source);
      segments.push({ kind: "followups", line: block.line, blocks: inner ?? [block], inReveal: current.kind === "question" || current.inReveal });
      segments.push({ kind: "free", line: block.endLine + 1, blocks: [] });
      continue;
    }
    if (block.details && isRevealLabel(block.details.summary)) {
      // "정답 보기": the answer of the question just before it; labels inside it split it as usual
      const asked = current.kind === "free" ? askingTail(current.blocks, source) : null;
      const inner = innerBlocks(block, source);
      if (asked) current.blocks.pop();
      if (asked && !inner) {
        segments.push({ kind: "question", line: asked.line, question: asked.question, blocks: [block] });
        segments.push({ kind: "free", line: block.endLine + 1, blocks: [] });
      } else if (asked) {
        segments.push({ kind: "question", line: asked.line, question: asked.question, blocks: [] });
        const [own, ...rest] = allSegments(inner!, source, "question", asked.line);
        segments[segments.length - 1]!.blocks.push(...own!.blocks);
        for (const seg of rest) segments.push({ ...seg, inReveal: true });
        segments.push({ kind: "free", line: block.endLine + 1, blocks: [] });
      } else if (inner) {
        // (…under a question heading's own body: under a question line, "**Q1. …?**", the fold is that question's answer whole)
        const all = allSegments(inner, source, current.kind, current.line);
        const nested = current.kind === "question" ? all : askedHeadings(all, source);
        current.blocks.push(...nested[0]!.blocks);
        if (nested.length > 1) {
          segments.push(...nested.slice(1));
          segments.push({ kind: current.kind === "question" ? "free" : current.kind, line: block.endLine + 1, blocks: [] });
        }
      } else current.blocks.push(block);
      continue;
    }
    // "<summary>참고</summary>" over links and nothing else: the sources, as under a "## 참고" heading (text in it stays an answer's)
    if (block.details && classifyLabel(block.details.summary) === "sources" && linksOnly(innerBlocks(block, source), source)) {
      segments.push({ kind: "sources", line: block.line, blocks: innerBlocks(block, source) ?? [block] });
      segments.push({ kind: "free", line: block.endLine + 1, blocks: [] });
      continue;
    }
    if (block.details) {
      segments.push({ kind: "details", line: block.line, question: block.details.summary, blocks: [block] });
      segments.push({ kind: "free", line: block.endLine + 1, blocks: [] });
      continue;
    }
    // ("1. FCFS", "2. SJF", "그렇다면 …?", "3. 라운드 로빈": a question between the items of one numbered list is an aside in it)
    const q = interruptsNumberedList(blocks, index) ? null : questionOf(block, source) ?? quotedJotting(blocks, index) ?? quotedTopicBox(blocks, index, source) ?? boldAskedItem(block, blocks[index + 1], source) ?? numberedAskingItem(blocks, index, source) ?? itemOverProseCode(blocks, index, source) ?? itemOverParagraph(blocks, index, source);
    // an emphasised question opening a section with its answer glued below is the section's own lead ("_…특성을 만족해야할까?_" under "### 트랜잭션의 특성")
    const opensSection = segments.length === 1 && current.blocks.length === 0;
    // (…not one numbered as a question, "질문 1. …?": in a note without headings it opens the first question)
    if (q && !(q.inline && opensSection && !/^(질문|문제|Q)\s*\d{1,3}\s*[.):]/i.test(q.question))) {
      segments.push({ kind: "question", line: block.line, question: q.question, headStart: q.restStart, headEnd: block.end, blocks: [] });
      if (block.node.type === "list") askedByItem.set(segments[segments.length - 1]!, block.node);
      // a quote that holds both question and answer is a box of its own: what follows it is the section's again
      // (…unless its answer only begins there, "> Q) …? A) 짧은 답" over the prose that goes on with it)
      if ((block.node.type === "blockquote" && q.restStart !== undefined && !q.continues) || q.whole) segments.push({ kind: "free", line: block.endLine + 1, blocks: [] });
      continue;
    }
    const asker = askedByItem.get(current);
    if (asker && asksSiblings(block, asker)) {
      current = { kind: "free", line: block.line, blocks: [] };
      segments.push(current);
    }
    current.blocks.push(block);
  }
  return segments;
}

/** A quote of one line and nothing else ("> static 키워드는?"): its words, or null. */
function oneLineQuote(block: Block | undefined): string | null {
  const node = block?.node;
  if (node?.type !== "blockquote" || node.children.length !== 1 || node.children[0]!.type !== "paragraph") return null;
  const text = textOf(node.children[0]!).trim();
  return text && !text.includes("\n") ? plainLine(text).trim() : null;
}

/** What a jotted question ends on: "…의 차이", "…의 원리", "…에 대해서", "…설명해보자." */
const JOTTED_ASK = /(차이|차이점|원리|이유|장단점|비교|에\s*대해서?|에\s*대하여|설명해\s*보자)[.]?$/;

/**
 * "> 프레임워크와 라이브러리의 차이" beside "> Spring을 쓰는 이유?", each line a quote of its own: one more question
 * jotted in a list set as quotes, not the answer of the question before it (which is then left unanswered). Only in a
 * list that is mostly questions, two of them back to back: a drill that alternates "> …차이는?" and "> 연결 지향 여부의
 * 차이" is questions and their answers, and "> 참고: …" or "> 💡 …" is a note beside a question.
 */
function quotedJotting(blocks: Block[], index: number): AskedBlock | null {
  const line = oneLineQuote(blocks[index]);
  if (line === null || line.length > 80 || !JOTTED_ASK.test(line) || isQuestion(line) || /^[^\s:：]{1,10}\s*[:：]/.test(line) || LEADING_EMOJI.test(line)) return null;
  let [from, to] = [index, index];
  while (from > 0 && oneLineQuote(blocks[from - 1]) !== null) from--;
  while (to + 1 < blocks.length && oneLineQuote(blocks[to + 1]) !== null) to++;
  const asks = blocks.slice(from, to + 1).map((b) => isQuestion(oneLineQuote(b)!));
  const asking = asks.filter(Boolean).length;
  if (asking * 2 > asks.length && asks.some((a, i) => a && asks[i + 1])) return { question: line };
  // ("> DNS의 정의와 DNS가 필요한 이유" over paragraphs that answer it, in a note whose questions are quotes set so, "> …나요?"
  // over its answer or a "<!-- TODO -->": one more of its questions, never the end of the answer before it)
  return overItsAnswerAmongQuotedQuestions(blocks, index) ? { question: line } : null;
}

/**
 * The quote at `index` is followed by a paragraph, and most one-line quotes around it, three or more, ask; it points
 * back at nothing ("> 면접관이 이 질문을 하는 이유" is an aside) and the text before does not announce it ("…두 가지
 * 제어를 한다." over "> 흐름 제어의 원리": a part of that answer).
 */
function overItsAnswerAmongQuotedQuestions(blocks: Block[], index: number): boolean {
  if (blocks[index + 1]?.node.type !== "paragraph") return false;
  if (/(^|\s)(이|그|위|앞|아래|해당)\s/.test(oneLineQuote(blocks[index]) ?? "")) return false;
  // (…nor any text since the last quote that asks: "> 혼잡 제어의 원리" after "> 흐름 제어의 원리" is the second of those parts)
  for (let j = index - 1; j >= 0; j--) {
    const quoted = oneLineQuote(blocks[j]);
    if (quoted !== null && (isQuestion(quoted) || isRequest(quoted))) break;
    if (blocks[j]!.node.type === "paragraph" && ANNOUNCES.test(textOf(blocks[j]!.node as Paragraph))) return false;
  }
  const quotes = blocks.map(oneLineQuote).filter((q): q is string => q !== null);
  const asking = quotes.filter((q) => isQuestion(q) || isRequest(q)).length;
  return asking >= 3 && asking * 3 >= quotes.length * 2;
}

/**
 * "> **Heap**" over the quote's next lines beside "> **Tree?**" over its answer: a topic set in the dress of the
 * question boxes around it, asked as one ("Heap에 대해 설명해 주세요."). Only a bare name among two or more question
 * boxes: a box titled like a callout ("> **💡 한 줄 정리**", "> **주의!**", "> **Tip:**", "> **내 답변**") is a note
 * beside the answer, and a name the question before asks about ("> **스택**" after "…스택과 힙은 어떻게 다른가요?")
 * is a part of that answer.
 */
function quotedTopicBox(blocks: Block[], index: number, source: string): AskedBlock | null {
  const title = boxTitle(blocks[index], source);
  if (!title || !isBareName(title.text)) return null;
  const asking = (b: Block | undefined) => {
    const t = boxTitle(b, source);
    return !!t && (isQuestion(t.text) || isRequest(t.text));
  };
  if (!asking(blocks[index - 1]) && !asking(blocks[index + 1])) return null;
  if (blocks.filter((b, i) => i !== index && asking(b)).length < 2) return null;
  const before = blocks.slice(0, index).reverse().find((b) => asking(b));
  const asked = before ? boxTitle(before, source)!.text.replace(/\s+/g, "").toLowerCase() : "";
  return asked.includes(title.text.replace(/\s+/g, "").toLowerCase()) ? null : { question: title.text, restStart: title.restStart };
}

/** A box's title that names what kind of note it holds, not a topic: "용어", "키워드", "Tip", "주의", "정리", "메모". */
const BOX_LABEL = /^(용어(\s*정리)?|키워드|핵심(\s*정리)?|(한\s*줄\s*)?정리|요약|메모|꿀팁|피드백|결론|예를\s*들어|쉽게\s*말하면|한마디로|추가로|tips?|notes?|caution|warning|info|important|remember|key\s*points?|주의(\s*사항)?|중요)$/i;

/** A bare name for a topic ("Heap", "Comparable VS Comparator"): no mark, label, sentence, answer or aside about it. */
function isBareName(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 40 || LEADING_EMOJI.test(t) || /[❓❔?？!:：.]$|[:：]/u.test(t) || /^(\[|A\s*[.:)]|답|내\s)/i.test(t)) return false;
  // (…never a clause left open, "쉽게 말하면", "그래서", "무거운 작업이라서")
  if (/(면|서|고|며|데|니|지만|로|게|다|요)$/.test(t)) return false;
  return !isQuestion(t) && classifyLabel(t) === null && !isGenericPart(t) && !BOX_LABEL.test(t) && !/(피드백|코멘트|feedback|comments?)$/i.test(t);
}

/** A quote whose first line is wholly bold, over more lines of the same paragraph: that line's words and where the rest starts. */
function boxTitle(block: Block | undefined, source: string): { text: string; restStart: number } | null {
  const node = block?.node;
  if (!block || node?.type !== "blockquote" || node.children[0]?.type !== "paragraph") return null;
  const p = node.children[0];
  const [firstLine = "", ...more] = textOf(p).split("\n");
  if (p.children[0]?.type !== "strong" || textOf(p.children[0]).trim() !== firstLine.trim() || (more.join("").trim() === "" && node.children.length === 1)) return null;
  const nl = source.indexOf("\n", block.start);
  return nl === -1 || nl + 1 >= block.end ? null : { text: plainLine(firstLine.trim()), restStart: nl + 1 };
}

/**
 * Whether a list asks in the dress of the list item that asked the question before it ("- …설명하시오."
 * over a fence, then "- …?" items most of which have answers nested under them): those are its siblings, not its answer.
 */
function asksSiblings(block: Block, asker: List): boolean {
  const node = block.node;
  if (node.type !== "list" || node.ordered !== asker.ordered || node.children.length < 2) return false;
  const asks = (item: ListItem) => item.children[0]?.type === "paragraph" && ((t: string) => isQuestion(t) || isRequest(t))(plainLine(textOf(item.children[0]).trim().split("\n")[0]!));
  const asking = node.children.filter(asks);
  // (…answered under them as a rule, or asking as it asked, "…설명하시오." under "…설명하시오.": a checklist of "…인가?"
  // items after a paragraph of the answer is a point of that answer)
  const ending = (item: ListItem) => askedEnding(plainLine(textOf(item.children[0]!).trim().split("\n")[0]!));
  const asked = askedEnding(plainLine(textOf(asker.children[0]!.children[0]!).trim().split("\n")[0]!));
  const answered = asking.filter((i) => i.children.length > 1).length * 2 >= asking.length;
  const alike = asking.filter((i) => ending(i) === asked).length * 2 >= asking.length;
  return asking.length * 2 >= node.children.length && (answered || alike);
}

/** How a question ends, its last three letters past any stop ("…설명하시오." → "하시오"). */
function askedEnding(text: string): string {
  return text.replace(/[\s.?？!]+$/u, "").slice(-3);
}

/** Whether a fold's body is links and nothing else (list items or lines that only link). */
function linksOnly(blocks: Block[] | null, source: string): boolean {
  if (!blocks || blocks.length === 0) return false;
  const text = blocks.map((b) => source.slice(b.start, b.end)).join("\n");
  const lines = text.split("\n").map((l) => l.replace(/^\s*([-*+]|\d{1,3}[.)])\s+/, "").trim()).filter(Boolean);
  // (a link's text and address may hold brackets of their own: "[…(1) 시스템 호출(System Call)](https://…)")
  return lines.length > 0 && lines.every((l) => /^(\[.*\]\(\s*https?:\/\/.*\)|<?https?:\/\/\S+>?)(\s*[(（][^)）]*[)）])?$/.test(l));
}

