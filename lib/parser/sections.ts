/**
 * The heading tree, flattened: one section per heading with its own body
 * blocks (up to the next heading of any depth) and a parent link.
 */
import type { Heading } from "mdast";
import { SESSION_LOG_HEADING } from "./labels";
import { anchoredText, inPageLinks } from "./anchored-headings";
import type { Block } from "./blocks";
import { INTERVIEW_POINTS, classifyLabel, isPointerHeading, normalizeLabel, type LabelKind } from "./labels";
import { nestFlatFacets } from "./flat-facets";
import { textOf } from "./markdown";
import { josa } from "./korean";
import { FOLLOWUP_BRANCH, asksWhetherPossible, cleanHeading, hasQuestionPrefix, isAdvice, isQuestion, isRequest, markedFollowup, stripQuestionPrefix, subjectAsked, unwrapQuestion } from "./questions";

export type SectionRole = "root" | "topic" | "label" | "question";

export interface Section {
  index: number;
  heading: Heading | null;
  /** 0 for the content before the first heading. */
  depth: number;
  /** Heading text, whitespace collapsed. */
  text: string;
  /** Cleaned heading text for prompts ("추가 내용1:", numbering, emoji removed). */
  title: string;
  role: SectionRole;
  label: LabelKind | null;
  parent: Section | null;
  /** Heading texts from the top of the file down to this section. */
  path: string[];
  blocks: Block[];
  line: number;
  /** Asks only in its first sentence ("…동작원리? …일어나는 일.") over nothing but its parts: a question now, a topic before. */
  asksFirstOnly?: boolean;
}

/** "…설명해주세요 *****", "★★★ 뮤텍스": stars rating a question's importance, not part of it. */
function dropImportance(text: string): string {
  return text.replace(/^\s*[★☆]{1,5}\s*/u, "").replace(/\s*(\*{2,}|[★☆]{1,5})\s*$/u, "").trim() || text;
}

/** "다음 물음들에 답하여라", "아래 질문에 답하시오": an exercise sheet's instruction to answer the questions that follow. */
const ANSWER_BELOW = /(다음|아래|이하|밑)(의)?\s*(물음|질문|문제|문항)(들)?(에|에\s*대해(서)?|을|를)\s*(답|대답|답변|풀)/;

/** Split blocks into sections. Headings inside lists/quotes are not section breaks. */
export function buildSections(blocks: Block[]): Section[] {
  const root: Section = {
    index: 0, heading: null, depth: 0, text: "", title: "", role: "root", label: null,
    parent: null, path: [], blocks: [], line: 1,
  };
  const sections: Section[] = [root];
  const stack: Section[] = [root];
  for (const block of blocks) {
    // an empty heading ("#" alone) is a separator, not a section
    if (block.node.type !== "heading" || block.details || textOf(block.node).trim() === "") {
      sections[sections.length - 1]!.blocks.push(block);
      continue;
    }
    const heading = block.node;
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
    const parent = stack[stack.length - 1]!;
    const text = textOf(heading).replace(/\s+/g, " ").trim();
    // (the path keeps the heading as written: ids made from it stay as they were)
    const unrated = dropImportance(text);
    // advice to the reader as a heading ("…을 확인해 보세요"): guidance, not a question or topic
    const label = classifyLabel(text) ?? (isAdvice(text.replace(/[.!]+$/, "")) ? "skip" : null);
    // ("…에 대한 다음 물음들에 답하여라.": an instruction over the questions below, none itself)
    const asks = !ANSWER_BELOW.test(text) && (isQuestion(text) || isQuestion(cleanHeading(unrated)) || hasQuestionPrefix(text.replace(/^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u, "")) || FOLLOWUP_BRANCH.test(text) || markedFollowup(text) !== null || asksWhetherPossible(cleanHeading(unrated)));
    const asksFirstOnly = !label && !asks && asksInFirstSentence(cleanHeading(unrated));
    const section: Section = {
      index: sections.length,
      heading,
      depth: heading.depth,
      text,
      title: askedOfParent(cleanHeading(unrated), parent),
      // ("🍎 Q. …를 어떨 때 쓰는지? or …의 장점": marked as a question after its emoji, however it ends)
      // ("#### → JPQL vs QueryDSL" after "#### → …?" follow-ups: drawn as a follow-up, asked as one whatever its words)
      role: label ? "label" : asks || asksFirstOnly ? "question" : "topic",
      ...(asksFirstOnly ? { asksFirstOnly } : {}),
      label,
      parent,
      path: [...parent.path, text],
      blocks: [],
      line: block.line,
    };
    sections.push(section);
    stack.push(section);
  }
  nameAnchoredSections(sections, blocks);
  nestFlatFacets(sections);
  // ("### 면접 포인트" over the interviewer's questions collects them; over points to make it stays a part of its topic)
  for (const s of sections) if (s.role === "topic" && INTERVIEW_POINTS.test(normalizeLabel(s.text)) && asksInItems(s.blocks)) Object.assign(s, { role: "label", label: "followups" });
  // ("## 📚 주제" and "## 👥 참여" right under a session log's title, over names only: its agenda and attendance)
  for (const s of sections) if (s.role === "topic" && (s.parent?.role === "root" || s.parent?.depth === 1) && SESSION_LOG_HEADING.test(normalizeLabel(s.text)) && listsNamesOnly(s.blocks)) Object.assign(s, { role: "label", label: "skip" });
  // "## 함께 보기" written out in prose explains something: a topic, not a list of where to read next
  for (const s of sections) if (s.label === "sources" && isPointerHeading(s.text) && s.blocks.some(hasProse)) Object.assign(s, { role: "topic", label: null });
  // (a heading asking only in its first sentence asks when its parts are all it holds: with words of its own, or over
  // questions, it stays the topic it was read as, and its cards keep their ids)
  for (const s of sections) {
    if (!s.asksFirstOnly) continue;
    if (s.blocks.some(hasProse) || sections.some((c) => c.parent === s && c.role !== "topic")) Object.assign(s, { role: "topic", asksFirstOnly: undefined });
  }
  return sections;
}

/**
 * "### #1" with no sub-heading, linked from "- [딥러닝은 무엇인가요?](#1)":
 * the section answers the linked question, which names it. (Under "## #1"
 * over "#### …?" the sub-heading asks; that heading stays a group's name.)
 */
function nameAnchoredSections(sections: Section[], blocks: Block[]): void {
  const links = inPageLinks(blocks);
  if (links.size === 0) return;
  for (const [i, s] of sections.entries()) {
    if (!s.heading || sections[i + 1]?.parent === s) continue;
    const text = anchoredText(s.text, links);
    if (!text) continue;
    const label = classifyLabel(text);
    Object.assign(s, { text, title: cleanHeading(dropImportance(text)), label, role: label ? "label" : isQuestion(text) ? "question" : "topic", path: [...s.path.slice(0, -1), text] });
  }
}

/** Whether every item of the section's lists asks ("* \"…안전한가요?\" → ❌"), or a paragraph marked "Q" does. */
function asksInItems(blocks: Block[]): boolean {
  const asks = (text: string) => {
    const head = (text.split("\n")[0] ?? "").split(/\s*(?:→|->|=>|⇒)\s*/)[0]!.replace(/\s*\([^()]*\)\s*$/, "");
    const q = unwrapQuestion(stripQuestionPrefix(head.replace(/[*_`]/g, "").trim()));
    return isQuestion(q) || isRequest(q);
  };
  const items = blocks.flatMap((b) => (b.node.type === "list" ? b.node.children.map((i) => (i.children[0] ? textOf(i.children[0]) : "")) : []));
  if (items.length > 0) return items.every(asks);
  return blocks.some((b) => b.node.type === "paragraph" && hasQuestionPrefix(textOf(b.node).replace(/[*_`]/g, "").trim()) && asks(textOf(b.node)));
}

/** A paragraph or list with 20 letters or more outside its links. */
function hasProse(block: Block): boolean {
  if (block.node.type !== "paragraph" && block.node.type !== "list") return false;
  const strip = (node: { type: string; children?: unknown[] }): string =>
    node.type === "link" || node.type === "image" ? "" : "value" in node ? String((node as { value: unknown }).value) : (node.children ?? []).map((c) => strip(c as { type: string })).join(" ");
  return (strip(block.node).replace(/\[\[[^\]]*\]\]/g, "").match(/[\p{L}\p{N}]/gu) ?? []).length >= 20;
}

/** Short lines of names (topics, members) in lists or lines of their own, nothing explained in a sentence, nothing asked. */
function listsNamesOnly(blocks: Block[]): boolean {
  const written = blocks.filter((b) => b.node.type === "list" || b.node.type === "paragraph");
  const lines = written.flatMap((b) => textOf(b.node).split("\n")).map((l) => l.trim()).filter(Boolean);
  // ("질문 : 다솜": a role and who took it, asking nothing)
  const asks = (l: string) => ((t) => isQuestion(t) || isRequest(t))(l.replace(/^[^:：?？]{1,12}[:：]\s*/, ""));
  return lines.length > 0 && lines.every((l) => l.length <= 60 && !/(다|요)[.!]?$/.test(l) && !asks(l));
}

/** Nearest ancestor (not self) that is a topic or question, or null. */
export function topicOf(section: Section): Section | null {
  for (let s = section.parent; s; s = s.parent) if (s.role === "topic" || s.role === "question") return s;
  return null;
}

/** The follow-ups label section this section sits under, if any. */
export function followupAnchor(section: Section): Section | null {
  // a topic/question heading between us and the label still belongs to it
  for (let s = section.parent; s; s = s.parent) if (s.role === "label" && s.label === "followups") return s;
  return null;
}

/** Whether `a` is a descendant of `b`. */
export function isDescendant(a: Section, b: Section): boolean {
  for (let s = a.parent; s; s = s.parent) if (s === b) return true;
  return false;
}

/** Stable key for a heading path (used to merge repeated sections). */
export function pathKey(path: string[]): string {
  return path.map((p) => cleanHeading(p).toLowerCase()).join("\u001f");
}

/**
 * "브라우저의 동작원리? 주소창에 …을 입력하면 일어나는 일.": a short heading whose first sentence asks, the rest
 * naming what else it covers (a long run of questions on one heading is read as before, so its ids stay).
 */
function asksInFirstSentence(text: string): boolean {
  const at = text.search(/[?？]\s+\S/);
  return at >= 2 && text.length <= 120 && !/[?？]/.test(text.slice(at + 1)) && isQuestion(text.slice(0, at + 1));
}

/** "HOW?", "WHEN?", "어떻게?", "언제?": a template's bare question word, asked of the topic it sits under. */
const BARE_ASK: [RegExp, (topic: string) => string][] = [
  [/^(how|어떻게)\s*[?？]?$/i, (t) => `${josa(t, "은/는")} 어떻게 동작하나요?`],
  [/^(when|언제)\s*[?？]?$/i, (t) => `${josa(t, "은/는")} 언제 쓰나요?`],
];

/** A heading's title, with a bare question word ("## HOW?" under "# 인덱스") asked of its parent topic ("인덱스는 어떻게 동작하나요?"). */
function askedOfParent(title: string, parent: Section): string {
  // (under "## 커버링 인덱스란?", of what it asks about)
  const topic = subjectAsked(parent.title);
  if (!topic || parent.role === "root" || isQuestion(topic)) return title;
  for (const [word, ask] of BARE_ASK) if (word.test(title)) return ask(topic);
  return title;
}
