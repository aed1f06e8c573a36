/**
 * Questions a topic's notes raise along the way, each answered by the items
 * nested under it:
 *
 *     ## 가비지 컬렉션
 *     - 새 객체는 Eden 영역에 할당된다.
 *     - Survivor 영역은 왜 두 개일까?
 *         - 한쪽을 비워 두어 단편화 없이 옮기기 위해서다.
 *
 * Beside points stated in sentences, after the section's own words, or pointing
 * back at the topic ("이러한 기법이 나온 이유?"), such a question is the
 * interviewer's next one on that topic: a follow-up of it, and one nested in
 * its answer follows it up in turn; among the points answering a question
 * heading, it follows that question up. In a list of names with nothing said
 * around it (an interview's topics jotted down), or under a title naming the
 * notes rather than a topic ("# CS 스터디 3주차"), it is a question of its own.
 */
import type { List } from "mdast";
import { BARE_FACET, LEADS_IN } from "./asked-items-after-answer";
import { POINTS_BACK } from "./body-followups";
import { NAMES_NOTES } from "./defined-before-followups";
import type { Block } from "./blocks";
import { RANK, addDraft, type Ctx } from "./context";
import { isNoise, type CardDraft } from "./draft";
import { nestedQuestionItems, type QuestionItem } from "./extract-questions";
import { textOf } from "./markdown";
import { cleanPrompt } from "./questions";
import type { Section } from "./sections";

/** Characters of the section's own words, links aside, before the list that make it a question the notes raise. */
const OWN_WORDS = 20;

/**
 * The asked items of a list in a topic's notes, split into those that follow the topic up and those asked on their own.
 * A facet asked bare ("- 장점은?") is a point of the notes' outline, and so is every item of a list the sentence
 * before it leads into ("…은 다음과 같다."), unless it points back at the topic.
 */
export function raisedQuestions(list: Block, blocks: Block[], source: string, topic: Section | null): { raised: QuestionItem[]; own: QuestionItem[] } {
  const items = nestedQuestionItems(list.node as List, source);
  if (items.length === 0) return { raised: [], own: [] };
  // (under a title naming the notes, "# CS 스터디 3주차", "# TIL 2024-03-02", a question stands on its own: there is no topic to follow up)
  const noTopic = !!topic && NAMES_NOTES.test(topic.title.trim());
  const index = blocks.indexOf(list);
  const before = blocks.slice(0, index).filter((b) => !b.details && b.node.type === "paragraph" && !isNoise(b, source));
  const last = before.length > 0 ? (textOf(before.at(-1)!.node).trim().split(/(?<=[.!?。])\s+/).pop() ?? "") : "";
  const ledInto = LEADS_IN.test(last);
  const said = !ledInto && before.map((b) => textOf(b.node).replace(/https?:\/\/\S+/g, "")).join("").replace(/\s+/g, "").length >= OWN_WORDS;
  const raised = items.filter((i) => POINTS_BACK.test(i.question) || (!noTopic && !ledInto && !BARE_FACET.test(i.question.trim()) && (said || i.amongStatements)));
  return { raised, own: items.filter((i) => !raised.includes(i)) };
}

/** Adds raised questions as follow-ups: of the question item they are nested in, else of `parent` or the topic. */
export function addRaisedFollowups(ctx: Ctx, raised: QuestionItem[], place: { section: Section; topic: Section | null }, parent?: CardDraft | null): void {
  const made = new Map<number, CardDraft>();
  for (const item of raised) {
    const parentDraft = (item.askedIn !== undefined ? made.get(item.askedIn) : undefined) ?? parent ?? undefined;
    const d = addDraft(ctx, { kind: "followup", prompt: cleanPrompt(item.question), answer: item.answer, section: place.section, topic: place.topic, role: item.question, rank: RANK.followup, lineStart: item.line, lineEnd: item.endLine, anchor: place.topic, ...(parentDraft ? { parentDraft } : {}) }, false);
    if (d) made.set(item.line, d);
  }
}
