/**
 * The topic a follow-up label drills: the heading it sits under, or the one
 * topic before it at its level; and whether a label collects the note's own
 * questions rather than one topic's.
 */
import type { Ctx } from "./context";
import { isQuestionCollectionLabel } from "./labels";
import { isNoteLevel } from "./note-level";
import { asksBeforeExplaining } from "./question-parent";
import { childrenOf, topicsBefore } from "./section-children";
import { topicOf, type Section } from "./sections";

/**
 * The topic a follow-up label section follows: its enclosing topic; when
 * that is the note as a whole (title or preamble), the one topic written
 * before it at its level, if there is exactly one ("## 스레드" then
 * "## 꼬리 질문"), or the one right before it when the note writes such a
 * label after each topic. One label after several topics asks about the note.
 */
export function followupTopic(ctx: Ctx, sections: Section[], index: number): Section | null {
  const section = sections[index]!;
  const topic = topicOf(section);
  if (topic && topic.role !== "root" && topic !== ctx.titleSection) return topic;
  const before = topicsBefore(sections, section);
  // "# Nest.js 기초", "## 프로젝트 구조", "## 면접 예상 질문": a titled note's collection of expected questions asks about the note, not the one part before it
  if (ctx.titleSection && topic === ctx.titleSection && isQuestionCollectionLabel(section.text)) return topic;
  // "## 개요" then "## 예상 질문": an overview of the note is no topic its questions drill into
  if (before.count === 1) return INTRO_HEADING.test(before.first!.title.trim()) ? topic : before.first!;
  // a label written after each topic ("## 스레드", "## 꼬리 질문", "## 동기화", "## 꼬리 질문") follows the topic right before it
  return before.count > 1 && repeatedLabel(sections, index) ? (lastTopicBefore(sections, index) ?? topic) : topic;
}

/** The nearest topic or question heading before a section at its own depth (under the same parent). */
function lastTopicBefore(sections: Section[], index: number): Section | null {
  const section = sections[index]!;
  for (let j = index - 1; j >= 0; j--) {
    const s = sections[j]!;
    if (s.depth < section.depth) return null;
    if (s.parent === section.parent && (s.role === "topic" || s.role === "question")) return s;
  }
  return null;
}

/** Whether another follow-up label sits at a section's own depth under the same parent (one label per topic). */
function repeatedLabel(sections: Section[], index: number): boolean {
  const section = sections[index]!;
  return sections.some((s) => s !== section && s.parent === section.parent && s.depth === section.depth && s.role === "label" && s.label === "followups");
}

/**
 * "## 질문 리스트" with no topic before it: a collection of the note's own questions, so its topic
 * sub-headings that explain nothing themselves ("### Day 01. 배열" over a question table) are
 * categories whose bodies hold the questions.
 */
export function collectsNoteQuestions(ctx: Ctx, sections: Section[], label: Section): boolean {
  if (!isQuestionCollectionLabel(label.text)) return false;
  return isNoteLevel(ctx, followupTopic(ctx, sections, sections.indexOf(label)));
}

/** A titled note's collection label ("## 면접 예상 질문") whose questions are the note's own, not the part before it (see followupTopic). */
export function ownsCollectedQuestions(ctx: Ctx, sections: Section[], label: Section): boolean {
  return !!ctx.titleSection && topicOf(label) === ctx.titleSection && collectsNoteQuestions(ctx, sections, label);
}

/** Whether every topic heading right under a label opens its body with questions (asksBeforeExplaining). */
export function categoriesAllAsk(ctx: Ctx, sections: Section[], label: Section): boolean {
  // (asked once per label: every topic under it asks the same)
  const known = ALL_ASK.get(label);
  if (known !== undefined) return known;
  const topics = (childrenOf(sections).get(label) ?? []).filter((s) => s.role === "topic");
  const all = topics.length > 0 && topics.every((s) => asksBeforeExplaining(s, ctx.source));
  ALL_ASK.set(label, all);
  return all;
}

const ALL_ASK = new WeakMap<Section, boolean>();

/** Headings that introduce a note rather than name a topic. */
const INTRO_HEADING = /^(개요|소개|들어가며|들어가기|서론|배경|요약|overview|introduction|intro|summary|about)$/i;
