/**
 * The question a question heading follows up: its heading ancestor when that
 * asks, the nearest link one shorter in a marked chain, the question a
 * numbered sub-question sits under, the topic before an empty follow-up label.
 */
import { isAnswerHeading } from "./heading-answers";
import { followupItems } from "./extract-questions";
import { firstQuestionAfterExplanation, POINTS_BACK } from "./body-followups";
import { explainsItself } from "./note-level";
import { MAIN_NUMBER, SUB_NUMBER } from "./numbered-summary";
import { sharesSubject } from "./own-question";
import { withoutGeneratedTail } from "./question-key";
import { BRACKETED_FOLLOWUP, FOLLOWUP_MARK, MAIN_QUESTION_MARK, cleanHeading, cleanPrompt, followupDepth } from "./questions";
import { childrenOf } from "./section-children";
import { normalizeLabel } from "./labels";
import { isDescendant, type Section } from "./sections";
import { splitSegments } from "./segments";

/**
 * Whether a topic's own body opens with questions and their answers (quiz
 * items with "정답 보기", `Q.` lines) before any prose of its own: it is a
 * group of questions, so a question sub-heading under it is one more of them
 * (unless it points back: "그런데 …?").
 */
export function asksBeforeExplaining(section: Section, source: string): boolean {
  const segments = splitSegments(section.blocks, source);
  return segments.some((s) => s.kind === "question" || s.kind === "details") && firstQuestionAfterExplanation(segments, source) === -1;
}

/** A heading whose sub-headings are all questions (three or more): a category of questions, not one topic. */
export function isQuestionCategory(sections: Section[], section: Section): boolean {
  const children = childrenOf(sections).get(section)?.filter((s) => s.role !== "label") ?? [];
  if (children.length < 3 || !children.some((s) => s.role === "question") || !children.every((s) => s.role === "question")) return false;
  // questions that name the heading they sit under ("#### PCB" over "##### PCB가 왜 필요한가요?") ask about it: its follow-ups
  const name = section.title.replace(/\([^()]*\)/g, " ").trim().toLowerCase();
  const named = children.filter((s) => name.length >= 2 && s.title.toLowerCase().includes(name)).length;
  return named * 2 < children.length;
}

/** A request for an explanation ("…설명해주세요.", "…말해 보세요", "…설명하시오"), not a question about the note. */
const ASKS_TO_EXPLAIN = /(설명|말|말씀|서술)\s*(해|하)\s*(주세요|주세여|주십시오|보세요|보시오|시오|줘|봐)[.!]?$/;

/** Words of a question about the notes or the study rather than a subject: "자주 나오는 질문은?", "무엇을 배웠나?". */
const ASKS_OF_THE_STUDY = /질문|배웠|배운|공부|스터디|면접|회고|느낀|정리|내용|오늘|알아야\s*할|개념(은|들)/;

/** A title that asks for an explanation, or asks a question of its subject (never of the notes or the study). */
function asksOfItsSubject(prompt: string): boolean {
  return ASKS_TO_EXPLAIN.test(prompt) || (/[?？]$/.test(prompt) && !ASKS_OF_THE_STUDY.test(prompt));
}

/** "배경지식", "추가 정리", "더 알아보기", "심화": a heading that gathers more of the matter above it, naming no topic. */
const GATHERS_MORE = /^(배경\s*지식|사전\s*지식|추가\s*(정리|학습|내용|공부)|더\s*알아보기|심화(\s*(학습|내용))?|보충(\s*(설명|내용))?|관련\s*(개념|지식|내용)|알아\s*두면\s*좋은\s*(것|점|내용))$/;

/**
 * The question a heading that gathers more of its matter ("## 배경지식", "## ✍️ 추가 정리", nothing of its own) sits under,
 * when `section` sits under such a heading. (Exported: the questions only this rule makes follow-ups were cards of their own, and keep their ids.)
 */
export function questionGatheredUnder(section: Section, source: string, consumed: Set<Section>): Section | null {
  const parent = section.parent;
  if (!parent || parent.role !== "topic" || parent.parent?.role !== "question" || consumed.has(parent.parent)) return null;
  // ("### Q2. …?" under "## ✍️ 추가 정리" under "# Q1. …?": a number that goes on from the question above marks one of the note's own)
  if (MAIN_NUMBER.test(section.text)) return null;
  return GATHERS_MORE.test(normalizeLabel(parent.title)) && !explainsItself(parent, source, 20) ? parent.parent : null;
}

/** Markers of a follow-up written as a heading: "꼬리 1 - …?", "꼬리 질문 2. …", "↳ …?". */
const TAIL_PREFIX = new RegExp(`${FOLLOWUP_MARK.source}|^\\s*(↳|⤷|└|┗|╰|┖|ㄴ\\s)`, "iu");

/**
 * The question a question heading follows up: its nearest heading ancestor
 * when that asks too; for "꼬리 1 - …" headings also the nearest earlier question.
 */
export function questionParent(sections: Section[], index: number, source: string, title: Section | null, consumed: Set<Section>, gathering = true): Section | null {
  const section = sections[index]!;
  const parent = section.parent;
  // "꼬리의 꼬리의 꼬리질문: …?" written beside the "꼬리의 꼬리질문: …?" it drills: the chain names its link
  const link = chainedFollowup(sections, index);
  if (link) return link;
  if (parent && parent.role === "question") return parent;
  // "# 소켓이란" over "## 답변" over "### …어디에 위치한다고 할 수 있는가": asked after the answer, of what it answered
  const answered = parent?.role === "label" && parent.label === "script" ? parent.parent : null;
  if (answered && answered.depth > 0 && (answered.role === "question" || answered.role === "topic")) return answered;
  // "# …설명하시오" over "## Activity" (a part of its answer) over "### onRestart는 언제 호출되나요?": the question
  // whose answer took that part in is the one this follows up
  if (parent && parent.role === "topic" && consumed.has(parent)) {
    // (…the note's title too when it asks: "# CORS가 무엇이며, 해결 방법을 설명해주세요." over "## 1. SOP" over "### 출처란?")
    for (let a = parent.parent; a && a.depth > 0; a = a.parent) {
      // (…a group's bare name, "## Spring" under "# 1분 자기소개를 해 주세요.", is no part the title's answer explains)
      // (…and the title only when it asks for that explanation, "…설명해주세요.": a title that asks about the note's
      // questions, "# 백엔드 면접에서 자주 나오는 질문은?", or the study, "# 3주차 - 무엇을 배웠나?", heads topics of their own)
      // (…or asks a question of its own subject, "# 클래스 컴포넌트와 함수 컴포넌트의 차이는 무엇인가요?")
      if (a.role === "question" && !consumed.has(a) && (a !== title || (parent.blocks.length > 0 && asksOfItsSubject(cleanPrompt(a.text))))) return a;
      if (a === title) break;
    }
  }
  // "# TCP와 UDP의 차이에 대해 설명해 주세요." over "## TCP" (a group's name, nothing of its own) over "### …?": the
  // question the group sits under is the one these follow up
  // (…a group the question names: "## Spring" under "# 1분 자기소개를 해 주세요." is a category of the note's questions)
  if (parent && parent.role === "topic" && parent.parent?.role === "question" && !explainsItself(parent, source, 20) && !consumed.has(parent.parent) && namesGroup(parent.parent.title, parent.title)) return parent.parent;
  // ("# 쿠키와 세션의 차이를 설명해주세요." over "## 배경지식" or "## ✍️ 추가 정리", nothing of its own, over "### …?": a
  // heading that only gathers more of the question's matter, so its questions follow that question up)
  const gatheredUnder = gathering ? questionGatheredUnder(section, source, consumed) : null;
  if (gatheredUnder) return gatheredUnder;
  // a question sub-heading of a topic that is explained in its own words ("# 인터럽트" … "## 인터럽트가 없다면?")
  if (parent && parent.role === "topic" && parent !== title && parent.depth > 0 && explainsItself(parent, source, 20) && !(asksBeforeExplaining(parent, source) && !POINTS_BACK.test(section.title)) && !isQuestionCategory(sections, parent)) return parent;
  // "### Q1-1. …?" after "### Q1. …?": a sub-question numbered under the question, written at its level
  const sub = SUB_NUMBER.exec(section.text);
  if (sub) {
    for (let j = index - 1; j >= 0; j--) {
      const s = sections[j]!;
      if (s.depth < section.depth) break;
      if (s.depth > section.depth || s.parent !== section.parent) continue;
      const own = MAIN_NUMBER.exec(s.text);
      if (s.role === "question" && own && own[1] === sub[1]) return s;
    }
  }
  // ("## (꼬리질문) DNS란 무엇인가요?" under a title question: marked in brackets, the same)
  if (TAIL_PREFIX.test(section.text) || BRACKETED_FOLLOWUP.test(section.text)) {
    for (let j = index - 1; j >= 0; j--) {
      const s = sections[j]!;
      // ("## 🎯 공통 질문: …?", then a stray "## …설명해주세요." left unanswered, then "## 🔗 꼬리질문: …?": in a note
      // that marks its main questions, an unmarked one with nothing under it is passed over)
      if (s.role === "question" && !TAIL_PREFIX.test(s.text) && !BRACKETED_FOLLOWUP.test(s.text) && s.depth <= section.depth && !strayAmongMarked(sections, j, section)) return s;
      if (s.role === "topic" && s.depth < section.depth) return s;
    }
  }
  return siblingFollowupTopic(sections, index, source);
}

/**
 * A question heading left empty and unmarked after a marked main question ("## 🎯 공통 질문: …?"), that the
 * marked follow-up at `asker` does not drill: not answered by the heading after it ("## A.") and sharing no
 * subject with the follow-up ("…L4와 L7 로드 밸런서…" drills "로드 밸런서는 어떻게 서버를 고르나요?").
 */
function strayAmongMarked(sections: Section[], index: number, asker: Section): boolean {
  const s = sections[index]!;
  const next = sections[index + 1];
  if (s.blocks.length > 0 || MAIN_QUESTION_MARK.test(s.text) || next?.parent === s || (next && next.depth === s.depth && isAnswerHeading(next))) return false;
  // (compared without their requests: "…설명해주세요" names no subject)
  if (sharesSubject(withoutGeneratedTail(cleanPrompt(asker.text)), withoutGeneratedTail(cleanPrompt(s.text)))) return false;
  return sections.slice(0, index).some((o) => o.role === "question" && MAIN_QUESTION_MARK.test(o.text));
}

/**
 * The follow-up a chained follow-up heading drills: for "꼬리의 꼬리의 꼬리질문" (depth 3)
 * the nearest earlier heading marked one link shorter ("꼬리의 꼬리질문"), passing its own
 * siblings; null for a plain follow-up or when a shorter link comes first.
 */
function chainedFollowup(sections: Section[], index: number): Section | null {
  const section = sections[index]!;
  const depth = followupDepth(section.text);
  if (depth < 2) return null;
  for (let j = index - 1; j >= 0; j--) {
    const s = sections[j]!;
    // (the headings inside an earlier link, "##### 슬기's 답변: …", are its answer)
    if (s.depth > section.depth || (s.role !== "question" && s.role !== "topic")) continue;
    const own = followupDepth(s.text);
    if (own === depth - 1) return s;
    if (own < depth - 1) return null;
  }
  return null;
}

/** Whether a question names a group heading's subject ("TCP와 UDP의 차이…" names "## TCP"). */
function namesGroup(question: string, group: string): boolean {
  const name = cleanHeading(group).replace(/[^\p{L}\p{N}]+/gu, "").toLowerCase();
  return name.length >= 2 && question.replace(/[^\p{L}\p{N}]+/gu, "").toLowerCase().includes(name);
}

/**
 * Question headings written as siblings after an empty follow-up label
 * ("## 꼬리 질문" then "## …?" headings at the same depth): they follow up
 * the topic or question just before the label.
 */
function siblingFollowupTopic(sections: Section[], index: number, source: string): Section | null {
  const section = sections[index]!;
  for (let j = index - 1; j >= 0; j--) {
    const s = sections[j]!;
    if (s.depth > section.depth) continue;
    if (s.depth < section.depth || s.parent !== section.parent) return null;
    if (s.role === "question") continue;
    // the label may carry an intro line, but no questions of its own
    if (s.role !== "label" || s.label !== "followups" || followupItems(s.blocks, source).length > 0) return null;
    // a label whose questions are its own sub-headings ends at its last child
    if (j + 1 < index && isDescendant(sections[j + 1]!, s)) return null;
    for (let k = j - 1; k >= 0; k--) {
      const t = sections[k]!;
      if (t.depth > s.depth) continue;
      // ("### 질문" + "### 답변" before the label: the question the label follows up is the asked one)
      if (t.depth === s.depth && t.role === "label" && t.label === "script") continue;
      if (t.depth === s.depth && t.role === "label" && t.label === "ask") return t;
      return t.role === "topic" || t.role === "question" ? t : null;
    }
    return null;
  }
  return null;
}
