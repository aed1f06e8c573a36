/**
 * Question/answer pairs inside a body: `Q.` paragraphs, `<details>` blocks
 * and (in follow-up sections) list items whose nested content is the answer.
 */
import { askedBeforeLinks } from "./asked-before-links";
import type { List, ListItem, Paragraph } from "mdast";
import { decodeEntities, plainHtml, summaryQuestion, toBlocks, type Block } from "./blocks";
import { splitListedAnswers } from "./listed-answers";
import { blockMarkdown, blocksMarkdown, cleanAnswer, dedent, detailsBody, isNoise, sliceDedent, unquote } from "./draft";
import { endLineOf, endOf, lineOf, parseMarkdown, startOf, textOf } from "./markdown";
import { asksAsNounPhrase, definesTerm, hasAnswerPrefix, hasQuestionPrefix, isQuestion, isRequest, splitArrowAnswer, stripAnswerPrefix, stripQuestionPrefix, unwrapQuestion } from "./questions";
import { boldLeadQuestion, isRevealLabel, LEADING_EMOJI, plainLine, questionOf } from "./segments";
import { classifyLabel } from "./labels";
import { splitAskedHeadings } from "./details-headings";
import { isFillInList, quizItems, stemIndex } from "./marked-choices";
import { nestedFollowups } from "./nested-followup-items";
import { questionsUnderCategories } from "./category-question-list";
import { tableItems } from "./question-tables";
import { GENERIC } from "./generic-part";

export interface QuestionItem {
  question: string;
  answer: string;
  line: number;
  endLine: number;
  /** Questions nested in the answer (a `<details>` inside a `<details>`): follow-ups of this one. */
  followups?: QuestionItem[];
  /** The summary introduced only a list of questions: these, without answers. */
  listed?: QuestionItem[];
  /**
   * A list item's answer with the questions nested in it (`followups`) cut out; `answer` keeps
   * them, for callers that make no follow-up cards of them.
   */
  ownAnswer?: string;
  /** A fill-in sentence ("TCP는 ( ) 방식이다."): asked as written, its blank kept. */
  asWritten?: boolean;
  /** Asked in a list that (or whose outer list) states things of its own: a question raised along the notes. */
  amongStatements?: boolean;
  /** Line of the asked item whose answer this one is nested in. */
  askedIn?: number;
}

/** Answer of a `Q.` paragraph: the rest of its paragraph plus the following blocks. */
export function questionAnswer(source: string, headStart: number | undefined, headEnd: number | undefined, blocks: Block[]): string {
  const sliced = headStart !== undefined && headEnd !== undefined ? sliceDedent(source, headStart, headEnd) : "";
  // (an answer begun mid-line in a quote, "> Q) …? A) 짧은 답" then "> …": its quoted lines go on with it)
  const [first = "", ...after] = sliced.split("\n");
  const head = !/^\s*>/.test(first) && after.length > 0 && after.every((l) => !l.trim() || /^\s*>/.test(l)) ? sliced.replace(/^[ \t]*>[ \t]?/gm, "") : sliced;
  const body = blocksMarkdown(blocks, source);
  return cleanAnswer([head, body].filter(Boolean).join("\n\n"));
}

/** Question of a `<details>` block and its answer. */
export function detailsItem(block: Block, source: string): QuestionItem | null {
  if (!block.details) return null;
  return detailsFromRaw(source.slice(block.start, block.end), block.line, block.details.summary);
}

const SUMMARY = /<summary[^>]*>([\s\S]*?)<\/summary>/i;
/** A hint's words kept in the answer as a tip, on one quoted line. */
const hintTip = (text: string) => `> 힌트: ${text.replace(/\n/g, " ")}`;

/** A fold named as a hint ("힌트", "Hint", "힌트 보기"). */
const HINT = /^(힌트|hint|tip)(\s*(보기|열기|확인))?$/i;

/** The follow-ups written in a follow-up label's body (Markdown text); each on its line in the label's `span`, which starts on `line`. */
function labelledFollowups(body: string, span: string, line: number): QuestionItem[] {
  const blocks = toBlocks(parseMarkdown(body).children, body, []);
  const lines = span.split("\n");
  return followupItems(blocks, body).map((q) => {
    const probe = q.question.slice(0, 16);
    const at = Math.max(0, lines.findIndex((l) => l.replace(/\*\*|__|`/g, "").includes(probe)));
    return { ...q, line: line + at, endLine: line + at + (q.endLine - q.line) };
  });
}

/**
 * The questions a "꼬리 질문" fold holds, with their answers (empty when unanswered), in the
 * note's order; [] when the span is no such fold. Used where the fold sits in an answer
 * written in HTML, whose folds remark does not split ("<summary>답변</summary><p>…</p><details>…").
 */
export function followupFoldItems(span: string): QuestionItem[] {
  const item = detailsFromRaw(span, 1);
  if (!item || classifyLabel(item.question) !== "followups") return [];
  return [...labelledFollowups(item.answer, span, 1), ...(item.listed ?? []).map((q) => ({ ...q, answer: "" })), ...(item.followups ?? [])].sort((a, b) => a.line - b.line);
}

/** A `<details>` span's question, answer, nested follow-ups and listed questions. */
function detailsFromRaw(raw: string, line: number, summaryText?: string): QuestionItem | null {
  const summary = summaryText ?? plainHtml(summaryQuestion(SUMMARY.exec(raw)?.[1] ?? ""));
  // "<span>프로젝트 질문</span> <span>펼치기</span>": a fold's indicator beside its title is no part of it
  const question = stripQuestionPrefix(summary.replace(/(?<=\S)\s+(펼치기|펼쳐\s*보기|접기|더\s*보기|expand|[▼▶►▾▸])$/i, ""));
  if (!question || /^(table of contents|contents|목차|toc)$/i.test(question)) return null;
  const inner = raw.replace(/^\s*<details[^>]*>/i, "").replace(/<\/details\s*>\s*$/i, "");
  const followups: QuestionItem[] = [];
  let rest = raw;
  let searched = raw.search(/<\/summary\s*>/i) + 1;
  for (const span of nestedDetails(inner)) {
    const offset = raw.indexOf(span, searched);
    const item = detailsFromRaw(span, line + countLines(raw.slice(0, offset)));
    // "<summary>답변</summary>" inside the fold: the answer, to the line that asks just above it
    // ("<li> 그럼 …?" then the fold) or, with none, to this fold's own question
    const reveal = item && isRevealLabel(item.question) ? item : null;
    const asker = reveal ? askedAbove(raw, searched, offset) : null;
    searched = offset + span.length;
    if (reveal && asker) {
      followups.push({ question: asker.question, answer: reveal.answer, line: line + countLines(raw.slice(0, asker.at)), endLine: line + countLines(raw.slice(0, searched)), ...(reveal.followups ? { followups: reveal.followups } : {}) });
      // (the asking line's words go, its tags stay to close what they open)
      rest = rest.replace(span, "").replace(asker.line, asker.line.replace(/[^<>]+(?=<|$)/g, ""));
      continue;
    }
    // ("<summary>힌트</summary>" beside a question: a hint for answering it, no question of its own; dropped
    // from the follow-ups, its words kept in place as a tip)
    if (item && HINT.test(item.question.trim())) {
      rest = rest.replace(span, item.answer ? `\n\n${hintTip(item.answer)}\n\n` : "");
      continue;
    }
    if (reveal) {
      // (in the fold's place, so the answer keeps the note's order)
      rest = rest.replace(span, `\n\n${reveal.answer}\n\n`);
      followups.push(...(reveal.followups ?? []));
      continue;
    }
    rest = rest.replace(span, "");
    // ("<summary>꼬리 질문</summary>" inside the answer: a label; the questions in its body, or the folds in it, are the follow-ups)
    // (…its questions listed with no answer at all, "- UDP로 신뢰성을 보장하려면?", are follow-ups still to be answered, never the label itself)
    const isLabel = !!item && classifyLabel(item.question) === "followups";
    const labelled = item && isLabel ? [...labelledFollowups(item.answer, span, item.line), ...(item.listed ?? []).map((q) => ({ ...q, answer: "" })), ...(item.followups ?? [])] : [];
    if (labelled.length > 0) followups.push(...labelled.sort((a, b) => a.line - b.line));
    else if (item && !isLabel) followups.push(item);
  }
  // (list items whose question and fold were taken out leave empty shells: "<ul><li><b></b></li></ul>")
  // (…and so does an item a template left open with nothing in it: "<li> " before "</ul>")
  rest = rest.replace(/<li\b[^>]*>(?:\s|<(?!\/?li\b)[^>]*>)*<\/li>/gi, "").replace(/^[ \t]*<li\b[^>]*>[ \t]*\n(?=[ \t]*(?:<\/?(?:ul|ol)\b|<li\b))/gim, "").replace(/<(ul|ol)\b[^>]*>\s*<\/\1>/gi, "");
  // (the rules that framed nested questions, "---" before and after them, stay behind when they are taken out)
  // ("<hr>" lines framing a toggle's body are decoration)
  // ("<p>…</p>" around a line of text is only its paragraph; one that asks keeps its tags, which mark it as a
  // question line of an HTML answer for html-asked.ts)
  let answer = cleanAnswer(outsideFences(detailsBody(rest), (text) => text.replace(/^[ \t]*<hr\s*\/?>[ \t]*$/gim, "").replace(/^([ \t]*)<p>([^<\n]*)<\/p>[ \t]*$/gim, (line, indent: string, inner: string) => (isQuestion(inner.trim()) ? line : `${indent}${inner}\n`)))).replace(/^(\s*(-{3,}|\*{3,}|_{3,})[ \t]*(\n|$))+|(\s*\n[ \t]*(-{3,}|\*{3,}|_{3,})[ \t]*)+\s*$/g, "").trim();
  // a list of links only (translations, a table of contents) is navigation, not an answer
  if (followups.length === 0 && isLinkList(answer)) return null;
  // "<li> …?</li>" lines each answered on the lines under them: follow-ups (listed-answers.ts)
  const items = /<li\b/i.test(answer) ? splitListedAnswers(answer, raw, line) : null;
  if (items) {
    followups.push(...items.asked);
    followups.sort((a, b) => a.line - b.line);
    answer = items.answer;
  }
  // "#### …설명해주세요." inside the answer: a further question, answered under its heading (details-headings.ts)
  const split = splitAskedHeadings(answer, raw, line, !isQuestion(question) && !isRequest(question));
  if (split.asked.length > 0) {
    followups.push(...split.asked);
    followups.sort((a, b) => a.line - b.line);
    answer = split.answer;
  }
  const listed = questionLines(answer, raw, line);
  return {
    question,
    answer: listed ? "" : answer,
    line,
    endLine: line + countLines(raw),
    ...(followups.length > 0 ? { followups } : {}),
    ...(listed ? { listed } : {}),
  };
}

/**
 * The line that asks right above a reveal fold inside another fold's body
 * ("<li> 그럼 JVM은 어떤 실행 과정을 거치나요?" then "<details><summary>답변…"): the
 * line as written, where it starts in `raw`, and its question; null when the
 * last line written between `from` and the fold asks nothing, or says more
 * than its question (an answer's sentence before "그렇다면 …?" is the answer's).
 */
function askedAbove(raw: string, from: number, to: number): { line: string; at: number; question: string } | null {
  const between = raw.slice(from, to);
  const line = between.split("\n").filter((l) => l.replace(/<[^>]*>/g, "").trim()).at(-1);
  if (!line) return null;
  const question = stripQuestionPrefix(plainHtml(line));
  // (a statement before the question is the answer's: "…보장합니다. 그렇다면 …?"; two questions, "…않나요? 그럼 왜 …?", ask together)
  if (!isQuestion(question) || question.length > 200 || /[.!。]\s+\S/.test(question.replace(/^\d{1,3}[.)]\s+/, ""))) return null;
  return { line, at: from + between.lastIndexOf(line), question };
}

/** Every non-blank line is a list item that is just a link. */
function isLinkList(markdown: string): boolean {
  const lines = markdown.split("\n").filter((l) => l.trim());
  // (…or written in HTML, "<ul>" of "<li><a href=…>ArrayList</a></li>": an index of the repository's notes)
  const html = lines.some((l) => /<li\b/i.test(l)) && lines.every((l) => /^\s*<\/?(ul|ol)\b[^>]*>\s*$|^\s*<li\b[^>]*>\s*<a\b[^>]*>[^<]*<\/a\s*>\s*(<\/li\s*>)?\s*$/i.test(l));
  return html || (lines.length > 0 && lines.every((l) => /^\s*([-*+]|\d{1,3}[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(l)));
}

/** Apply a rewrite to the text outside fenced code only (code is shown as written). */
function outsideFences(markdown: string, rewrite: (text: string) => string): string {
  return markdown
    .split(/^([ \t]*(?:```|~~~)[^\n]*\n[\s\S]*?^[ \t]*(?:```|~~~)[ \t]*$)/m)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join("");
}

const countLines = (text: string) => (text.match(/\n/g) ?? []).length;

/** Top-level `<details>…</details>` spans inside some HTML/Markdown, nesting counted. */
function nestedDetails(text: string): string[] {
  const spans: string[] = [];
  const tag = /<(\/?)details\b[^>]*>/gi;
  let depth = 0;
  let start = -1;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (!m[1]) {
      if (depth === 0) start = m.index;
      depth++;
    } else if (depth > 0 && --depth === 0 && start >= 0) {
      spans.push(text.slice(start, m.index + m[0].length));
    }
  }
  return spans;
}

/** An answer that is only a bullet list of questions: those questions (no answers). */
function questionLines(answer: string, raw: string, line: number): QuestionItem[] | null {
  const lines = htmlListLines(answer).split("\n").filter((l) => l.trim());
  if (lines.length === 0 || !lines.every((l) => /^\s*([-*+]|\d{1,3}[.)])\s+/.test(l))) return null;
  const qs = lines.map((l) => stripQuestionPrefix(plainLine(l.replace(/^\s*([-*+]|\d{1,3}[.)])\s+/, ""))));
  // ("<li> ARP에 대해 설명해 주세요.</li>": a request asks as a question does)
  if (!qs.every((q) => isQuestion(q) || isRequest(q))) return null;
  // "- Validation : 요구사항을 반영하는가": terms defined one per item, each definition phrased as a check
  if (qs.every((q) => definesTerm(q))) return null;
  const rawLines = raw.split("\n");
  return qs.map((question, i) => {
    const item = lines[i]!.replace(/^\s*([-*+]|\d{1,3}[.)])\s+/, "").trim();
    const at = rawLines.findIndex((l) => l.includes(lines[i]!.trim()) || decodeEntities(l.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").includes(item));
    return { question, answer: "", line: line + Math.max(0, at), endLine: line + Math.max(0, at) };
  });
}

/** An answer that is nothing but one HTML list ("<ul><li>…</li></ul>"), as Markdown list lines; any other answer as it is. */
function htmlListLines(answer: string): string {
  const t = answer.trim();
  if (!/^<(ul|ol)\b[^>]*>[\s\S]*<\/(ul|ol)>$/i.test(t)) return answer;
  const items = [...t.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/gi)].map((m) => plainHtml(m[1]!));
  const rest = t.replace(/<li\b[^>]*>[\s\S]*?<\/li>/gi, "").replace(/<\/?(ul|ol)\b[^>]*>/gi, "").trim();
  return items.length > 0 && !rest && items.every(Boolean) ? items.map((i) => `- ${i}`).join("\n") : answer;
}

/** An answer written as one sub-bullet marked `A:` ("  - A: 스티키 세션을 씁니다"): its text, without the bullet and the marker. */
function loneBullet(answer: string): string {
  const lines = answer.split("\n");
  if (!/^[-*+]\s+(\*\*|__)?((A|답변?)\s*\d{0,3}\s*[.:)：]|(나|지원자|본인|me)(\*\*|__)?\s*[:：])/.test(lines[0] ?? "")) return answer;
  // ("- A: 의도" then "- 내 메모": the marked bullet among the answer's bullets loses its mark, the bullets stay)
  // (…unless a sibling bullet carries a parallel label, "- B: …": then "A:" names a side, not the answer)
  if (lines.slice(1).some((l) => /^[-*+]\s+(\*\*|__)?[B-Z]\s*\d{0,3}\s*[.:)：]/.test(l))) return answer;
  if (lines.slice(1).some((l) => /^\S/.test(l))) return [lines[0]!.replace(/^([-*+]\s+)(?:\*\*|__)?(A|답변?)\s*\d{0,3}\s*[.:)：](?:\*\*|__)?\s*/, "$1"), ...lines.slice(1)].join("\n");
  return cleanAnswer(dedent([lines[0]!.replace(/^[-*+]\s+/, ""), ...lines.slice(1)].join("\n")));
}

/**
 * "- Q: …?" then "- A: …": a question item with nothing under it and the next item marked as
 * its answer are one question and answer (the answer item is no question of its own).
 */
function pairAnswerItems(list: List, source: string, items: QuestionItem[]): QuestionItem[] {
  const children = list.children as ListItem[];
  const answerAt = new Map<number, ListItem>();
  // (only a question marked "Q:" pairs with an "A:" item: "- A: … - B: …" under a plain question are its options)
  const askedAt = new Set<number>();
  for (const item of children) {
    const first = item.children[0];
    const text = first && first.type === "paragraph" ? (textOf(first).split("\n")[0] ?? "").trim() : "";
    if (hasAnswerPrefix(text)) answerAt.set(lineOf(item), item);
    else if (hasQuestionPrefix(text)) askedAt.add(lineOf(item));
  }
  if (answerAt.size === 0) return items;
  const out: QuestionItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1];
    const said = next ? answerAt.get(next.line) : undefined;
    if (said && askedAt.has(item.line) && !item.answer && !answerAt.has(item.line) && isQuestion(item.question)) {
      const answer = unwrapQuestion(stripAnswerPrefix(sliceDedent(source, startOf(said.children[0]!), endOf(said))));
      out.push({ ...item, answer: cleanAnswer(answer), endLine: endLineOf(said) });
      i++;
      continue;
    }
    out.push(item);
  }
  return out;
}

/** Each top-level list item as a question; its nested content is the answer ("…? → 답" on the line counts too). */
function listItems(list: List, source: string): QuestionItem[] {
  return pairAnswerItems(list, source, eachListItem(list, source));
}

/** "동기화에 관련해 질문 드리겠습니다", "네트워크 관련 질문": words that only announce the questions after them. */
// (…and "면접때 질문할 내용들", "받은 질문들", "예상 질문 모음": a name for the questions nested under it)
const ANNOUNCES_QUESTIONS = /질문\s*(을\s*)?(드리겠습니다|드릴게요|드릴께요|하겠습니다|할게요|입니다)[.!]?$|(관련|관련된|관한|대한)\s*질문(들|입니다)?[.:：]?$|(질문할|물어볼|받은|나온|나올)\s*(내용|것|질문)들?[.:：]?$|질문\s*(들|모음|목록|리스트)[.:：]?$/;

/** An arrow leading a line ("→ …", "=> …"). */
const ARROW = /^(→|->|=>|⇒)\s*/u;

/**
 * Whether a line after an arrow asks ("…에 대해 설명해주세요.", "…의 차이는?") rather than answers — or sets an
 * exercise ("직접 구현해 보세요."), which is no interview question.
 */
function asksItself(text: string): boolean {
  const t = text.trim();
  return /[?？]$/.test(t) || (isRequest(t) && /(설명|말씀|말해|비교|정의|소개|서술|얘기|이야기)/.test(t));
}

/**
 * The question an arrow item asks: the asked line when it names what it asks about ("클로저에 대해서 설명해주세요."),
 * else the topic with it ("null, undefined, NaN — 각각의 차이를 설명해주세요."); a topic that asks already stays.
 */
function arrowQuestion(topic: string, asked: string): string {
  if (isQuestion(topic) || isRequest(topic)) return topic;
  const named = topic.replace(/\s*\([^()]*\)\s*$/, "").trim().toLowerCase();
  return named.length >= 2 && asked.toLowerCase().includes(named) ? asked : `${topic.trim()} — ${asked}`;
}

function eachListItem(list: List, source: string): QuestionItem[] {
  const items: QuestionItem[] = [];
  for (const item of list.children as ListItem[]) {
    const stem = stemIndex(item);
    const first = item.children[stem];
    if (!first || first.type !== "paragraph") continue;
    // (the data a stem asks about, written before it: shown with the question, at the answer's head)
    const data = stem > 0 ? sliceDedent(source, startOf(item.children[0]!), startOf(first)).trim() : "";
    const wrapped = wrappedQuestion(textOf(first));
    // ("- GC 튜닝은 언제 하나요? →" with nothing after the arrow: a question still to answer)
    const written = (wrapped?.question ?? (textOf(first).split("\n")[0] ?? "").trim()).replace(/(?<=[?？])\s*(?:→|->|=>|⇒|➜|➡️?)\s*$/u, "");
    // ("- 브라우저 렌더링 과정을 설명해주세요. https://…": the page read for it, after the question, is no part of it)
    const linked = askedBeforeLinks(written);
    const line = linked && !linked.aboutPage ? linked.question : written;
    let question = unwrapQuestion(stripQuestionPrefix(line));
    if (!question) continue;
    // ("- 동기화에 관련해 질문 드리겠습니다" over the questions themselves: the item only announces them)
    const announced = ANNOUNCES_QUESTIONS.test(question) && !isQuestion(question) && !isRequest(question) ? item.children.find((c): c is List => c.type === "list") : undefined;
    if (announced) {
      items.push(...eachListItem(announced, source));
      continue;
    }
    const nl = source.indexOf("\n", startOf(first));
    const askedTo = wrapped && !wrapped.whole && nl !== -1 ? source.slice(nl + 1, endOf(first)).search(/[?？]/) : -1;
    const answerStart = wrapped?.whole ? endOf(first) : askedTo !== -1 ? nl + 1 + askedTo + 1 : nl !== -1 && nl < endOf(first) ? nl + 1 : endOf(first);
    const own = answerStart < endOf(item) ? cleanAnswer(sliceDedent(source, answerStart, endOf(item))) : "";
    // (…kept at the answer's end when there is one; with none, the question keeps it, the one pointer the writer left)
    const body = own && linked && !linked.aboutPage ? `${own}\n\n${linked.links.join("\n")}` : own;
    if (linked && !own) question = unwrapQuestion(stripQuestionPrefix(written));
    const rawAnswer = [data, body].filter(Boolean).join("\n\n");
    // ("- 클로저(Closure)" then "→ 클로저에 대해서 설명해주세요.": the arrow leads to how the topic is asked; the lines
    // after it, if any, answer that)
    const [arrowLine = "", ...afterArrow] = rawAnswer.split("\n");
    const arrowAsks = ARROW.test(arrowLine) && asksItself(arrowLine.replace(ARROW, ""));
    const answer = rawAnswer && !arrowAsks ? loneBullet(rawAnswer.replace(ARROW, "")) : "";
    if (arrowAsks) {
      const rest = cleanAnswer(afterArrow.join("\n"));
      items.push({ question: arrowQuestion(question, arrowLine.replace(ARROW, "").trim()), answer: rest ? loneBullet(rest) : "", line: lineOf(item), endLine: endLineOf(item) });
      continue;
    }
    // "Explain the following headers:" over a list of terms: the terms are part of the question
    if (/[:：]$/.test(question) && answer && answer.split("\n").every((l) => !l.trim() || (/^\s*[-*+]\s/.test(l) && l.trim().length <= 80 && !/[.다요]$/.test(l.trim().replace(/(\.\.\.|…)$/, ""))))) {
      items.push({ question, answer: "", line: lineOf(item), endLine: endLineOf(item) });
      continue;
    }
    const arrow = splitArrowAnswer(stripQuestionPrefix(line)) ?? boldLeadAnswer(first, source) ?? brokenLineAnswer(first, source);
    if (arrow) items.push({ question: arrow.question, answer: [arrow.answer, answer].filter(Boolean).join("\n\n"), line: lineOf(item), endLine: endLineOf(item) });
    else if (/^<details[\s>]/i.test(answer) && (isQuestion(question) || isRequest(question))) {
      // ("1. …?" over "<details><summary>정답</summary>" indented in the item, then a "꼬리 질문" fold: read as one fold
      // asked by the item, so the reveal is its answer and the label's questions its follow-ups)
      const fold = detailsFromRaw(`<details><summary>${question.replace(/[<>]/g, " ")}</summary>\n${dedent(source.slice(answerStart, endOf(item)))}\n</details>`, lineOf(item), question);
      items.push(fold ? { ...fold, question, line: lineOf(item), endLine: endLineOf(item) } : { question, answer, line: lineOf(item), endLine: endLineOf(item) });
    } else {
      // ("   1. 콜백 지옥을 해결하는 방법은?" with its own answer nested in the item's: a follow-up, cut out of this answer)
      const nested = isQuestion(question) || asksAsNounPhrase(question) ? nestedFollowups(item, source, answerStart) : null;
      items.push({ question, answer, line: lineOf(item), endLine: endLineOf(item), ...(nested ? { followups: nested.followups, ownAnswer: nested.answer } : {}) });
    }
  }
  return items;
}

/** "**DB 인덱스란?** : 조회를 빠르게 하는 …": a bold question, then a colon or dash and its answer on the same line. */
function boldLeadAnswer(first: Paragraph, source: string): { question: string; answer: string } | null {
  const lead = first.children[0];
  if (lead?.type !== "strong" || first.children.length < 2) return null;
  const question = unwrapQuestion(stripQuestionPrefix(textOf(lead).trim()));
  const end = source.indexOf("\n", endOf(lead));
  const after = source.slice(endOf(lead), end === -1 || end > endOf(first) ? endOf(first) : end);
  const m = /^\s*[:：\-–—]\s*(\S.*)$/u.exec(after);
  return m && /[?？]$/.test(question) && isQuestion(question) ? { question, answer: m[1]!.trim() } : null;
}

/** "- 다음 흐름을 설명하면?<br>setState→렌더→커밋": a question, then its answer after a line break written in HTML. */
function brokenLineAnswer(first: Paragraph, source: string): { question: string; answer: string } | null {
  const raw = source.slice(startOf(first), endOf(first)).split("\n")[0]!;
  const m = /^(.*?[?？])\s*<br\s*\/?>\s*(\S.*)$/i.exec(raw);
  if (!m) return null;
  const question = unwrapQuestion(stripQuestionPrefix(m[1]!.replace(/[*_`]/g, "").trim()));
  const answer = m[2]!.replace(/<br\s*\/?>/gi, "\n").replace(/^(?:→|->|=>|⇒|➜|➡️?)\s*/u, "").trim();
  // ("…이유는?<br>(빈출, 3회 나옴)": a note in brackets about the question, no answer)
  return isQuestion(question) && answer && !/^[([（][^)\]）]*[)\]）]$/.test(answer) ? { question, answer } : null;
}

/** A line that names a follow-up and answers it after an arrow: "🗣️ **꼬리 질문 2**: \"…?\" → 답". */
function markedAnsweredLine(line: string): { question: string; answer: string } | null {
  const marked = plainLine(line).replace(LEADING_EMOJI, "");
  return FOLLOWUP_NUMBER.test(marked) ? splitArrowAnswer(marked.replace(FOLLOWUP_NUMBER, "")) : null;
}

/** A quote whose every line is a marked follow-up answered on that line: one follow-up per line. */
function quotedAnsweredFollowups(block: Block, source: string): QuestionItem[] | null {
  if (block.node.type !== "blockquote") return null;
  const lines = unquote(source.slice(block.start, block.end)).split("\n");
  const items: QuestionItem[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const asked = markedAnsweredLine(line);
    if (!asked) return null;
    items.push({ ...asked, line: block.line + i, endLine: block.line + i });
  }
  return items.length > 0 ? items : null;
}

/** A quote that asks and answers: "> Q: …?" then the answer lines ("> 핵심: …"). */
function quotedQuestion(block: Block, source: string): QuestionItem | null {
  const lines = unquote(source.slice(block.start, block.end)).split("\n");
  const at = lines.findIndex((l) => l.trim() !== "");
  if (at === -1) return null;
  // (emphasis marks go, an underscore inside a word stays: "TIME_WAIT")
  const head = plainLine(lines[at]!);
  const rest = lines.slice(at + 1).join("\n").trim();
  if (!hasQuestionPrefix(head) && !(isQuestion(head) && rest)) return null;
  const question = unwrapQuestion(stripQuestionPrefix(head));
  return question ? { question, answer: cleanAnswer(rest), line: block.line + at, endLine: block.endLine } : null;
}

/** A plain paragraph whose first line asks: a question, the rest of the paragraph its answer. */
function askingParagraph(block: Block, source: string): { question: string; restStart?: number } | null {
  if (block.node.type !== "paragraph" || isNoise(block, source)) return null;
  const text = source.slice(block.start, block.end);
  const nl = text.indexOf("\n");
  const line = plainLine(nl === -1 ? text : text.slice(0, nl));
  const question = unwrapQuestion(line);
  if (!isQuestion(question) || question.length > 200) return null;
  return { question, ...(nl === -1 ? {} : { restStart: block.start + nl + 1 }) };
}

/** "꼬리질문 1.", "꼬리 질문 2)", "추가 질문:": a follow-up's number written before it. */
const FOLLOWUP_NUMBER = /^(꼬리\s*질문|추가\s*질문|심화\s*질문|follow[- ]?up)\s*\d{0,2}\s*[.:：)\-–]?\s+(?=\S)/i;

/**
 * A heading inside a follow-up body ("###### 꼬리질문 1. …작성하나요?" in a folded `<details>`): a
 * question whose answer is the blocks under it, when it asks or is numbered as a follow-up. A
 * heading that does neither ("##### [useCase]") goes on with the answer before it.
 */
function headingQuestion(block: Block): { question: string; restStart?: number } | null {
  if (block.node.type !== "heading") return null;
  const text = textOf(block.node).replace(/\s+/g, " ").trim();
  const marked = FOLLOWUP_NUMBER.exec(text);
  const question = unwrapQuestion(stripQuestionPrefix(marked ? text.slice(marked[0].length) : text));
  return question && (isQuestion(question) || marked) ? { question } : null;
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
  // a lone list item that asked with nothing under it: the paragraphs after the list answer it
  let open: QuestionItem | null = null;
  const flush = () => {
    open = null;
    if (!current) return;
    const last = current.blocks[current.blocks.length - 1];
    const arrow = current.headStart === undefined && current.blocks.length === 0 ? splitArrowAnswer(current.question) : null;
    items.push({
      question: arrow ? arrow.question : current.question,
      answer: arrow ? arrow.answer : questionAnswer(source, current.headStart, current.headEnd, current.blocks),
      line: current.line,
      endLine: last ? last.endLine : current.line,
    });
    current = null;
  };
  let skip: Block | null = null;
  const hints = new Map<QuestionItem, string>();
  for (const [index, block] of blocks.entries()) {
    if (isNoise(block, source) || block === skip) continue;
    if (block.details) {
      flush();
      const detail = detailsItem(block, source);
      // "1. …?" then <summary>답 보기</summary>: the reveal answers the question just before it
      const asked = items[items.length - 1];
      const waiting = !!asked && !asked.answer && !asked.listed;
      // ("…설명하시오." then "<summary>힌트</summary>", then the reveal: a tip for that question, no question of its own)
      if (detail && waiting && HINT.test(detail.question.trim())) {
        if (detail.answer) hints.set(asked, hintTip(detail.answer));
      } else if (detail && isRevealLabel(block.details.summary) && waiting) {
        const hint = hints.get(asked);
        asked.answer = hint ? `${hint}\n\n${detail.answer}` : detail.answer;
        asked.endLine = detail.endLine;
      } else if (detail && classifyLabel(detail.question) === "followups") {
        // ("<summary>꼬리 질문</summary>" among follow-ups: a label over more of them, never a question of its own)
        items.push(...labelledFollowups(detail.answer, source.slice(block.start, block.end), block.line), ...(detail.listed ?? []).map((q) => ({ ...q, answer: "" })), ...(detail.followups ?? []));
      } else if (detail) items.push(detail);
      continue;
    }
    // "> 🗣️ **꼬리 질문**: \"…?\" → 답" (a line or more of them in one quote): each a follow-up with its answer
    const answered = block.node.type === "blockquote" ? quotedAnsweredFollowups(block, source) : null;
    if (answered) {
      flush();
      items.push(...answered);
      continue;
    }
    const quoted = block.node.type === "blockquote" && !current && !open ? quotedQuestion(block, source) : null;
    if (quoted) {
      flush();
      items.push(quoted);
      continue;
    }
    const q = questionOf(block, source) ?? boldLeadQuestion(block, source) ?? askingParagraph(block, source) ?? headingQuestion(block);
    if (q) {
      flush();
      current = { question: q.question, line: block.line, headStart: q.restStart, headEnd: block.end, blocks: [] };
      continue;
    }
    if (current) {
      (current as { blocks: Block[] }).blocks.push(block);
      continue;
    }
    if (block.node.type === "table") {
      flush();
      items.push(...(tableItems(block.node, source) ?? []));
      continue;
    }
    // in a follow-up section an item is a question if it asks or has an answer under it
    if (block.node.type === "list") {
      flush();
      // ("- 자바" over its questions, "- 스프링" over its own: the questions, sorted by category)
      const grouped = questionsUnderCategories(block.node, (i) => isQuestion(itemQuestion(i)));
      const all = grouped ? grouped.flatMap((g) => listItems(g, source)) : listItems(block.node, source);
      // ("- [Front-end Job Interview Questions](…)" over its translations' links and a remark: a page to read, no question)
      const kept = all.filter((i) => (i.answer || isQuestion(i.question)) && !(isQuestion(i.question) ? false : readingItem(i, source)));
      items.push(...kept);
      const last = all[all.length - 1];
      // only a one-item list: a question numbered on its own, its answer in the paragraphs after it
      if (all.length === 1 && last && kept.includes(last) && !last.answer) open = last;
      // "2. …설명해 주세요." then "  - …" indented too little to nest: a bullet list on the very next line answers the last item
      const next = blocks[index + 1];
      if (all.length > 1 && last && kept.includes(last) && !last.answer && next?.node.type === "list" && !next.node.ordered && next.line === block.endLine + 1) {
        last.answer = cleanAnswer(blockMarkdown(next, source));
        last.endLine = next.endLine;
        skip = next;
      }
      continue;
    }
    if (open && block.node.type !== "heading") {
      const o = open as QuestionItem;
      o.answer = cleanAnswer([o.answer, blockMarkdown(block, source)].filter(Boolean).join("\n\n"));
      o.endLine = block.endLine;
    }
  }
  flush();
  return items;
}

/** A list line that is a link alone ("- [제목](https://…)"). */
const LINKED_TITLE_LINE = /^\s*([-*+]|\d{1,3}[.)])\s+\[[^\]]+\]\([^)]+\)\s*$/;

/** An item titled by a link alone over links and a few words about them: reading, no question. */
function readingItem(item: QuestionItem, source: string): boolean {
  if (!LINKED_TITLE_LINE.test(source.split("\n")[item.line - 1] ?? "")) return false;
  // (links standing as the lines themselves, half of them or more: a student's own blog link inside a terse answer is no reading list)
  const lines = item.answer.split("\n").filter((l) => l.trim());
  const linkLines = lines.filter((l) => LINKED_TITLE_LINE.test(l) || /^\s*([-*+]\s+)?https?:\/\/\S+\s*$/.test(l));
  if (linkLines.length === 0 || linkLines.length * 2 < lines.length) return false;
  const words = item.answer.replace(/\[([^\]]*)\]\([^)]*\)/g, "").replace(/https?:\/\/\S+/g, "").replace(/^\s*([-*+]|\d{1,3}[.)])\s*/gm, "");
  return (words.match(/[\p{L}\p{N}]/gu) ?? []).length <= 40;
}

/** Items of a list whose first line is all bold and asks, with an answer nested under it. */
export function boldQuestionItems(list: List, source: string): QuestionItem[] {
  const bold = (list.children as ListItem[]).filter((i) => {
    const p = i.children[0];
    return i.children.length > 1 && p?.type === "paragraph" && p.children.length === 1 && p.children[0]!.type === "strong" && isQuestion(itemQuestion(i));
  });
  // ("- **안정 정렬인가?**: 아님" under each sort in turn: one facet asked of every item, no question of the topic's)
  const keys = (list.children as ListItem[]).flatMap((i) => keyedQuestionItem(i, source) ?? []);
  const keyed = keys.filter((k) => keys.filter((o) => o.question === k.question).length === 1);
  if (bold.length + keyed.length === 0 || bold.length === list.children.length) return [];
  const picked = new Set(bold.map((i) => lineOf(i)));
  return [...listItems(list, source).filter((i) => picked.has(i.line) && i.answer), ...keyed].sort((a, b) => a.line - b.line);
}

/**
 * "- **왜 Big-O?**: 최악의 경우를 보장" or "- **왜 Red-Black?**:" over its points: a digest's bold key that asks, answered
 * after its colon or under it. Keys that name ("- **충돌 해결**: 체이닝 …") are the notes' points.
 */
function keyedQuestionItem(item: ListItem, source: string): QuestionItem | null {
  const [p, ...rest] = item.children;
  if (p?.type !== "paragraph" || p.children.length < 2 || p.children[0]!.type !== "strong") return null;
  const key = textOf(p.children[0]!).trim();
  const after = p.children[1]!;
  if (after.type !== "text" || !/^\s*[:：]/.test(after.value) || !/[?？]$/.test(key) || !isQuestion(key)) return null;
  const inline = source.slice(endOf(p.children[0]!), endOf(p)).replace(/^\s*[:：]\s*/, "").trim();
  const nested = rest.length > 0 ? sliceDedent(source, startOf(rest[0]!), endOf(item)) : "";
  const answer = cleanAnswer([inline, nested].filter(Boolean).join("\n"));
  return answer ? { question: key, answer, line: lineOf(item), endLine: endLineOf(item) } : null;
}

/**
 * Plain (not bold) items at any depth of a note list that ask, each with a
 * nested list under it as its answer ("- 탄탄한 기본기" → "- 운영체제 왜
 * 배울까요?" → "- 락 경합 …"): questions the notes answer along the way
 * (raised-questions.ts reads which follow their topic up). Items already taken
 * as bold questions are left to those.
 */
export function nestedQuestionItems(list: List, source: string): QuestionItem[] {
  const out: QuestionItem[] = [];
  const stack: { list: List; stated: boolean; askedIn?: number }[] = [{ list, stated: false }];
  while (stack.length > 0) {
    const { list: l, askedIn, ...outer } = stack.pop()!;
    // (a list with nothing nested in it answers no question of its own, nor holds a list that could: most lists)
    if (!(l.children as ListItem[]).some((i) => i.children.length > 1)) continue;
    // (a list whose every item asks, "- 운영체제는 왜 배울까요?" beside "- 네트워크는 왜 배울까요?", lists questions of their own)
    const stated = (l.children as ListItem[]).some(statesPoint) || (outer.stated && !(l.children as ListItem[]).every((i) => isQuestion(itemQuestion(i))));
    for (const item of l.children as ListItem[]) {
      const [head, ...rest] = item.children;
      if (!head || head.type !== "paragraph") continue;
      const nested = rest.filter((r): r is List => r.type === "list");
      const bold = head.children.length === 1 && head.children[0]!.type === "strong";
      const text = (textOf(head).split("\n")[0] ?? "").trim();
      const asks = !(bold || text.length > 80 || rest.length === 0 || nested.length !== rest.length || textOf(head).includes("\n") || !isQuestion(text)) &&
        // ("* 패턴이란" over its definition's points, among points that ask nothing: a term the answer defines, not a question;
        // among questions, "- 쿠키란" beside "- 세션은 어디에 저장되나요?", it is one of them)
        !(/(이)?란$/.test(text.trim()) && !asksBeside(l, item)) &&
        !keywordVariant(text, l);
      for (const n of nested) stack.push({ list: n, stated, askedIn: asks ? lineOf(item) : askedIn });
      if (!asks) continue;
      const answer = cleanAnswer(sliceDedent(source, startOf(rest[0]!), endOf(item)));
      if (answer) out.push({ question: unwrapQuestion(stripQuestionPrefix(text)), answer, line: lineOf(item), endLine: endLineOf(item), amongStatements: stated, ...(askedIn ? { askedIn } : {}) });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** An item that states a point in a sentence of its own ("…해야 한다.", "…실행되고 있음"), not a name or a question. */
function statesPoint(item: ListItem): boolean {
  const head = item.children[0];
  if (!head || head.type !== "paragraph") return false;
  // ("…문제 발생할 수 있음 (`+` 연산 등)": an aside after the sentence leaves it one)
  const text = (textOf(head).split("\n")[0] ?? "").trim().replace(/\s*\((?:[^()]|\([^()]*\))*\)$/, "");
  return !isQuestion(text) && /(다|음|함|됨|임|짐)[.!]?$|[가-힣]\.$/.test(text);
}

/** Whether another item of a list asks outright ("…?"). */
function asksBeside(list: List, item: ListItem): boolean {
  return (list.children as ListItem[]).some((other) => other !== item && /[?？]$/.test(itemQuestion(other).trim()));
}

/** "- 클로저(Closure)" then "→ 클로저에 대해서 설명해주세요." on the item's next line: a topic and how it is asked. */
function askedByArrow(paragraph: Paragraph): boolean {
  const [, next, ...rest] = textOf(paragraph).split("\n");
  return rest.length === 0 && !!next && ARROW.test(next.trim()) && asksItself(next.trim().replace(ARROW, ""));
}

/** Text of a list item's first line with link syntax and emphasis removed. */
function itemQuestion(item: ListItem): string {
  // (asked of each item again for every item beside it: remembered per item node)
  let question = ITEM_QUESTION.get(item);
  if (question === undefined) ITEM_QUESTION.set(item, (question = itemQuestionNow(item)));
  return question;
}

const ITEM_QUESTION = new WeakMap<ListItem, string>();

function itemQuestionNow(item: ListItem): string {
  const first = item.children[stemIndex(item)];
  if (!first || first.type !== "paragraph") return "";
  const text = textOf(first);
  const line = wrappedQuestion(text)?.question ?? (text.split("\n")[0] ?? "").trim();
  return stripQuestionPrefix(askedBeforeLinks(line)?.question ?? line);
}

/** A Korean line cut mid-sentence: it ends on a particle or an adverb ("…가운데 어느 값을 먼저"), not on a noun ("…쓰는 방법"). */
const MID_SENTENCE = /(을|를|이|가|은|는|에|에서|로|으로|와|과|도|만|에게|한테|보다|처럼|때|면|고|며|서|먼저|제일|가장|어떻게|왜|무엇|어떤|어느|더|잘|많이|주로|특히|보통|혹시|만약|언제|대해|대해서|대하여|관해|관해서|위해|위해서|위하여|통해|통해서|의해|인해|는지|은지|인지)$/;

/**
 * A question wrapped onto the item's next line ("…iowait 중에 뭐를 제일" / "신경쓰시나요? …"): the
 * first line stops mid-sentence and asks nothing, the next one finishes the question before any
 * sentence ends. (A topic line, "낙관적 락을 JPA에서 쓰는 방법", over an answer that asks itself
 * something, "@Version 필드를 두면 된다. 충돌나면? …", is a topic and its answer.)
 */
function wrappedQuestion(text: string): { question: string; whole: boolean } | null {
  const [first = "", next = ""] = text.split("\n").map((l) => l.trim());
  // ("…각각 언제 쓰는지" / "설명해 주실 수 있나요?": an indirect question finished by the request on the next line)
  const requested = /(는지|은지|인지|을지|할지)$/.test(first) && /^(설명|말씀|말해|알려|얘기|이야기)/.test(next);
  if (!next || (isQuestion(first) && !requested) || /([.!?？:：다요)\]]|\.\.\.|…)$/.test(first)) return null;
  if (/[\p{Script=Hangul}]$/u.test(first) && !MID_SENTENCE.test(first)) return null;
  const end = next.search(/[?？]/);
  if (end === -1 || /[.!。](\s|$)/.test(next.slice(0, end))) return null;
  // (what follows on that line asks again, "이상적이라면 어떻게 나와야 할까요?": one question in two sentences, not its answer)
  const whole = /[?？]$/.test(next) && text.split("\n").length === 2;
  const question = `${first} ${whole ? next : next.slice(0, end + 1)}`;
  return isQuestion(question) ? { question, whole } : null;
}

/**
 * A list of questions: every top-level item (at least one) asks. Its items
 * are questions of the note, with their nested content as the answer (often
 * none). A table of contents (items that are only links) is not one.
 */
export function questionListItems(list: List, source: string): QuestionItem[] | null {
  // (asked of the same list by several readers in one parse: read once, each caller given its own array to change)
  const known = LISTED.get(list);
  if (known !== undefined) return known && [...known];
  const read = readQuestionList(list, source);
  LISTED.set(list, read);
  return read && [...read];
}

/** The questions read from each list node (nodes live for one parse). */
const LISTED = new WeakMap<List, QuestionItem[] | null>();

/**
 * "- as?" over its points, beside "- as" and "- as!": one keyword spelled with its "?", no question.
 * ("- CORS?", "- XSS?" ask "…란?" as notes jot it: no item beside them is the same word.)
 */
function keywordVariant(text: string, list: List): boolean {
  const stem = (t: string) => t.trim().replace(/[?？!]+$/, "");
  if (!/^[^\s\p{Script=Hangul}]+[?？]$/u.test(text.trim())) return false;
  return (list.children as ListItem[]).some((i) => itemQuestion(i).trim() !== text.trim() && stem(itemQuestion(i)) === stem(text));
}

/** questionListItems, uncached. */
function readQuestionList(written: List, source: string): QuestionItem[] | null {
  // (an empty item left at the end, "- " after the last question, is no item: the questions before it are still a list)
  const list = written.children.some((i) => i.children.length === 0) && written.children.some((i) => i.children.length > 0) ? { ...written, children: written.children.filter((i) => i.children.length > 0) } : written;
  const items = list.children as ListItem[];
  if (items.length === 0) return null;
  const grouped = groupedQuestions(items, source);
  if (grouped) return grouped;
  let asking = 0;
  let boldLed = 0;
  // (a quiz's stems ask by the choices under them: "The ____ is …", "… are:")
  const quiz = quizItems(list);
  // ("- JVM의 메모리 구조는? : …" and more such items: asked, each answered on its line — beside notes, one such
  // item, "- 점심메뉴는 몇 가지? -> 4가지", is a note more)
  const answeredInline = items.length >= 2 && items.every((i) => isQuestion(itemQuestion(i)) || splitArrowAnswer(itemQuestion(i)));
  for (const item of items) {
    const first = item.children[stemIndex(item)];
    if (!first || first.type !== "paragraph") return null;
    // (a linked title alone is a table of contents; a linked question with its answer under it still asks)
    // (…a list of one question linked into the page, "2. [멀티 프로세스와 …를 설명하세요.](#3-multi-process)" over the answer's
    // bullets, asks it; one linked out, "- [JVM은 왜 …필요할까?](https://…)", is a page to read)
    const link = first.children[0];
    if (first.children.length === 1 && link?.type === "link" && item.children.length === 1 && !(items.length === 1 && link.url.startsWith("#") && isQuestion(itemQuestion(item)))) return null;
    if ((isQuestion(itemQuestion(item)) && !keywordVariant(itemQuestion(item), list)) || (answeredInline && splitArrowAnswer(itemQuestion(item))) || askedByArrow(first) || quiz.has(item)) asking++;
    else if (boldLeadAnswer(first, source)) boldLed++;
  }
  // ("1. TCP는 ( ) 방식이다." over its answer, in a list of such sentences: each asks for its blank)
  // (…put as written, blank and all: prompt cleaning drops a "( )" an emoji left behind)
  if (isFillInList(list, itemQuestion)) return listItems(list, source).map((i) => ({ ...i, asWritten: true }));
  // ("- **…?** : 답" items ask only in a list whose every item asks: beside plain points they are one point more)
  if (asking + boldLed === items.length) asking += boldLed;
  // mostly questions, or terse unanswered items among which some ask (an interview question list)
  // an interview question list: nothing under any item, and (nearly) all of them short
  const short = items.filter((i) => itemQuestion(i).length <= 60).length;
  const terse = items.every((i) => i.children.length === 1) && short >= items.length * 0.85;
  // every item answered under it and a third of them asking: a list of questions with answers
  // (…not when the items beside the asking ones only name sides of one thing, "- 멀티프로세싱이란" over "- 장점", "- 단점":
  // a topic's outline, its definition jotted as "…이란", each side a part of the one answer)
  // (one definition without a question mark, the rest bare sides: "- TCP란?" beside "- TCP 장점" lists questions and their subjects)
  const sidesBeside = items.filter((i) => !isQuestion(itemQuestion(i)));
  const defined = items.filter((i) => isQuestion(itemQuestion(i)));
  const outline = defined.length === 1 && !/[?？]/.test(itemQuestion(defined[0]!)) && sidesBeside.every((i) => GENERIC.has(itemQuestion(i).replace(/[\s.:：]+$/, "").toLowerCase()));
  const answeredList = items.length >= 3 && items.every((i) => i.children.length > 1) && asking * 3 >= items.length && !outline;
  // interview questions jotted as noun phrases ("- 뮤텍스와 세마포어의 차이", "- 가상함수의 원리"): a terse list a third of which names a question
  // (one or two among them asked outright, "…어떤 것이 있나", leave a long one such a list: they count as part of the
  // third; in a short list beside a question, notes ending in "…이유", "…차이" are still notes)
  const nounAsking = items.filter((i) => NOUN_ASK.test(itemQuestion(i).replace(/[\s.]+$/, "")) || isQuestion(itemQuestion(i))).length;
  // (…and one item names a question as interviewers jot it, "…의 차이", "…하는 이유": a study log's "정렬 알고리즘 비교",
  // "발표 자료 설명" beside "다음 모임은 언제 하나?" are things done)
  const longList = asking === 0 ? items.length >= 3 : items.length >= 6 && items.some((i) => JOTTED_ASK.test(itemQuestion(i).replace(/[\s.]+$/, "")));
  if (asking * 3 < items.length && terse && longList && nounAsking > asking && nounAsking * 3 >= items.length) {
    return listItems(list, source).map((i) => ({ ...i, answer: "" }));
  }
  // ("- 크롬과 nodejs의 차이점" over its answer, a list of its own between rules: a question jotted as interviewers do)
  // (only a comparison naming both sides: "- 커리어 전환이 가능했던 이유" over points is the section's answer, in parts)
  if (asking === 0 && items.length === 1 && items[0]!.children.length > 1 && itemQuestion(items[0]!).length <= 50 && COMPARED_SIDES.test(itemQuestion(items[0]!).replace(/[\s.]+$/, "")) && afterRule(written, source)) return listItems(list, source);
  if (asking === 0) return null;
  // "- 최적 부분 구조 : …를 구할 수 있는가": terms defined one per item, each definition phrased as a check
  if (items.every((i) => definesTerm(itemQuestion(i)))) return null;
  if (!terse && !answeredList && (asking * 2 < items.length || (asking < items.length && items.length < 3))) {
    // a list of answered items of which a few ask ("기타 질문"): those few are questions, the rest notes
    const mixed = items.length >= 3 && asking >= 2 && items.every((i) => i.children.length > 1);
    // (…and so is an answered item that asks as a noun phrase, "…로 접근하는 것의 차이점")
    return mixed ? listItems(list, source).filter((i) => i.answer && (isQuestion(i.question) || NOUN_ASK.test(i.question.replace(/[\s.]+$/, "")))) : null;
  }
  // (in a terse list of questions, one jotted as a noun phrase, "필터와 인터셉터의 차이", or cut at its question word,
  // "REQUIRES_NEW는 언제", is one of them too, never dropped unseen)
  // (…only in a list of nothing but questions: a note among them, "…가 빠른 이유", is a point of an answer)
  // ("…시작한 이유⭐️": a legend's mark after it aside)
  const jottedNow = (q: string) => {
    const t = q.trim().replace(/[\p{Extended_Pictographic}\u{FE0F}\s]+$/u, "");
    return t.length <= 50 && (NOUN_ASK.test(t.replace(/[\s.]+$/, "")) || /(언제|어떻게|왜|무엇|뭔지)$/.test(t));
  };
  const onlyQuestions = terse && items.every((i) => isQuestion(itemQuestion(i)) || jottedNow(itemQuestion(i)));
  // (…or in a numbered-off interview list of four or more, a third of which ask outright: "1. 스택과 큐의 차이점",
  // "2. 스택과 큐의 활용 예시", "3. …무엇이 더 적합한가?" — every item there is a question jotted down)
  const interviewList = terse && items.length >= 4 && asking * 3 >= items.length;
  const jotted = (q: string) => interviewList || (onlyQuestions && jottedNow(q));
  return listItems(list, source)
    .filter((i) => i.answer || isQuestion(askedBeforeLinks(i.question)?.question ?? i.question) || jotted(i.question))
    .map((i) => (!i.answer && /(언제|어떻게|왜|무엇|뭔지)$/.test(i.question.trim()) ? { ...i, question: `${i.question.trim()}?` } : i));
}

/** A group named for where its questions were asked: a company ("A 회사 (스타트업)"), a round ("2차 면접"), an interview. */
const ASKED_AT = /(회사|기업|스타트업|면접|전형|라운드|코딩\s*테스트|\d\s*차|\bround\b|\binterview\b)/i;

/**
 * An interview's questions grouped under the names of where they were asked ("- A 회사 (스타트업)"
 * over "1. 클로저가 뭔가요", "2. 싱글톤 패턴의 사용방식"): every question of every group, none
 * answered, when two thirds of them ask and the rest are noun phrases jotted as questions (no
 * sentence). Groups named for a topic ("- List" over "- 순서가 있는가?") are the topic's notes.
 */
function groupedQuestions(items: ListItem[], source: string): QuestionItem[] | null {
  const groups = items.map((item) => {
    const [head, nested, ...rest] = item.children;
    if (rest.length > 0 || !head || head.type !== "paragraph" || !nested || nested.type !== "list") return null;
    const name = itemQuestion(item);
    return name.length <= 40 && !isQuestion(name) && ASKED_AT.test(name) ? (nested as List) : null;
  });
  if (!groups.every((g): g is List => !!g)) return null;
  const members = groups.flatMap((g) => g.children as ListItem[]);
  if (members.length < 3 || !members.every((m) => m.children.length === 1 && m.children[0]!.type === "paragraph")) return null;
  const unasked = members.map(itemQuestion).filter((q) => !isQuestion(q));
  if (unasked.length * 3 > members.length || unasked.some((q) => /(다|요)[.!]?$|[.!]$/.test(q))) return null;
  return groups.flatMap((g) => listItems(g, source)).map((i) => ({ ...i, answer: "", followups: undefined, ownAnswer: undefined }));
}

/** Noun phrases that ask: "…의 차이", "…의 원리", "…하는 이유", "… 설명". */
const NOUN_ASK = /(차이|차이점|원리|이유|장단점|비교|설명)$/;
/** Whether the last line written before a list (blank lines aside) is a rule, "---": the list stands on its own. */
function afterRule(list: List, source: string): boolean {
  const before = source.slice(0, startOf(list)).split("\n").slice(0, -1).reverse().find((l) => l.trim());
  return !!before && /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(before);
}

/** "크롬과 nodejs의 차이점", "TCP와 UDP 비교": two sides named and the comparison asked. */
const COMPARED_SIDES = /\S(와|과|랑|vs\.?)\s+\S.*(의\s*)?(차이|차이점|비교)$/i;
/** The noun-phrase questions interviewers jot ("프로세스와 스레드의 차이"), not an activity ("자료 설명"). */
const JOTTED_ASK = /(차이|차이점|원리|이유|장단점)$/;

