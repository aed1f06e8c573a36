/**
 * The import's "merge sub-headings" switch: how finely a topic note is cut
 * into cards is the writer's call, and notes alike in every marker are cut
 * both ways ("## Join" over "### INNER JOIN", "### LEFT JOIN" is one
 * question to one reader and four to another). With the switch on, a topic's
 * card takes in the cards of its sub-headings when each of them is a leaf
 * topic explained in one card. It works on the cards the note already gave,
 * so what the switch leaves alone is exactly what it was with the switch off.
 */
import type { CardDraft } from "./draft";
import { asksAsNounPhrase, isQuestion, isRequest } from "./questions";
import type { Section } from "./sections";

/** A prompt the parser made from a noun-phrase heading ("INNER JOIN에 대해 설명해 주세요."), not one the note asks. */
const GENERATED = /에 대해 설명해 주세요\.$/;

interface MergeGroup {
  topic: Section;
  parts: Section[];
}

/**
 * Noun-phrase topics (never the note's title, a heading that asks, or a bare
 * anchor like "## #2-1") with their sub-headings, when every sub-heading
 * beside the labels (꼬리 질문, 참고) is a leaf topic that does not ask, not even
 * as a noun phrase ("…의 차이"). One level only: a topic whose parts are
 * explained under headings of their own keeps them.
 */
function findMergeGroups(sections: Section[], title: Section | null): MergeGroup[] {
  const kids = new Map<Section, Section[]>();
  for (const s of sections) if (s.parent) kids.set(s.parent, [...(kids.get(s.parent) ?? []), s]);
  const groups: MergeGroup[] = [];
  for (const topic of sections) {
    if (topic === title || topic.depth === 0 || topic.role !== "topic" || !/\p{L}/u.test(topic.title)) continue;
    const parts = (kids.get(topic) ?? []).filter((k) => k.role !== "label");
    const asks = (k: Section) => isQuestion(k.title) || isRequest(k.title) || asksAsNounPhrase(k.title);
    if (parts.length === 0 || parts.some((k) => k.role !== "topic" || asks(k) || (kids.get(k)?.length ?? 0) > 0)) continue;
    groups.push({ topic, parts });
  }
  return groups;
}

const generated = (d: CardDraft) => d.kind !== "followup" && d.kind !== "steps" && (d.role === "" || d.role === "explain") && GENERATED.test(d.prompt);

/**
 * The cards each group's topic would take in: its own card must be the only
 * card of its text, end before its first part, and be made from its heading;
 * each part must have made exactly one such card and nothing else (no question,
 * no follow-up of its own). Otherwise the group is left as it is.
 */
function mergeablePlans(drafts: CardDraft[], sections: Section[], title: Section | null): { target: CardDraft; parts: { section: Section; draft: CardDraft }[] }[] {
  const nextLine = (s: Section) => sections[s.index + 1]?.line ?? Infinity;
  const within = (from: number, to: number) => drafts.filter((d) => d.lineStart >= from && d.lineStart < to);
  const plans = [];
  for (const { topic, parts } of findMergeGroups(sections, title)) {
    const own = within(topic.line, parts[0]!.line).filter((d) => d.kind !== "followup");
    if (own.length !== 1 || !generated(own[0]!) || own[0]!.lineEnd >= parts[0]!.line) continue;
    const taken = parts.map((section) => ({ section, cards: within(section.line, nextLine(section)) }));
    if (taken.some(({ cards }) => cards.length !== 1 || !generated(cards[0]!) || drafts.some((d) => d.parentDraft === cards[0]))) continue;
    plans.push({ target: own[0]!, parts: taken.map(({ section, cards }) => ({ section, draft: cards[0]! })) });
  }
  return plans;
}

/** How many cards the switch would fold into their topic's card. */
export function countMergeableParts(drafts: CardDraft[], sections: Section[], title: Section | null): number {
  return mergeablePlans(drafts, sections, title).reduce((n, p) => n + p.parts.length, 0);
}

/**
 * Folds each mergeable part's card into its topic's card: its answer after the
 * topic's, under the part's name in bold, its tips after the topic's. The
 * topic's card keeps its id; the parts' cards are gone.
 */
export function mergePartDrafts(drafts: CardDraft[], sections: Section[], title: Section | null): CardDraft[] {
  const folded = new Set<CardDraft>();
  for (const { target, parts } of mergeablePlans(drafts, sections, title)) {
    target.answer = [target.answer, ...parts.map(({ section, draft }) => `**${section.title}**\n\n${draft.answer}`.trim())].filter(Boolean).join("\n\n");
    target.tips = [...target.tips, ...parts.flatMap(({ draft }) => draft.tips)];
    target.lineEnd = Math.max(target.lineEnd, ...parts.map(({ draft }) => draft.lineEnd));
    for (const { draft } of parts) folded.add(draft);
  }
  return folded.size === 0 ? drafts : drafts.filter((d) => !folded.has(d));
}
