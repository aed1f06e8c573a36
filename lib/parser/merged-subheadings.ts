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
import { fromHeading, isNoteFacet } from "./single-question-note";

/** A prompt the parser made from a noun-phrase heading ("INNER JOIN에 대해 설명해 주세요."), not one the note asks. */
const GENERATED = /에 대해 설명해 주세요\.$/;

/** Sub-headings an interviewer asks as written: "no-cache vs no-store", "ETag 쓰는 이유", "…와의 차이점". */
const ASKS_AS_NOUN = /\svs\.?\s|(이유|차이점?|비교)$/i;

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
    // (nor a facet standing for the note, "# 정리", "# 개념": its cards are the note's topics)
    if (topic === title || topic.depth === 0 || topic.role !== "topic" || !/\p{L}/u.test(topic.title) || isNoteFacet(topic.title)) continue;
    const parts = (kids.get(topic) ?? []).filter((k) => k.role !== "label");
    const asks = (k: Section) => isQuestion(k.title) || isRequest(k.title) || asksAsNounPhrase(k.title) || ASKS_AS_NOUN.test(k.title);
    // (the structure first: the wording is read only for topics whose parts are all leaves)
    if (parts.length === 0 || parts.some((k) => k.role !== "topic" || (kids.get(k)?.length ?? 0) > 0) || parts.some(asks)) continue;
    groups.push({ topic, parts });
  }
  return groups;
}

interface Entry {
  draft: CardDraft;
  id: string;
}

/** A card made from a noun-phrase heading ("INNER JOIN에 대해 설명해 주세요."): the topic's may be a script, a part's only a plain answer. */
const generated = (d: CardDraft, kinds: string[]) => kinds.includes(d.kind) && fromHeading(d) && GENERATED.test(d.prompt);

/**
 * The cards each group's topic would take in: its own card must be the only
 * card of its text, end before its first part, and be made from its heading;
 * each part must have made exactly one such card and nothing else (no
 * question, no follow-up, no unanswered question of its own: `asked` holds
 * their lines). Otherwise the group is left as it is.
 */
function mergeablePlans(entries: Entry[], sections: Section[], title: Section | null, asked: number[]): { target: Entry; parts: { section: Section; entry: Entry }[] }[] {
  const groups = findMergeGroups(sections, title);
  if (groups.length === 0) return [];
  const nextLine = (s: Section) => sections[s.index + 1]?.line ?? Infinity;
  // (cards in line order, found by halving: a long note has hundreds of sections and cards)
  const byLine = [...entries].sort((a, b) => a.draft.lineStart - b.draft.lineStart);
  const firstAt = (line: number) => {
    let [lo, hi] = [0, byLine.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byLine[mid]!.draft.lineStart < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const within = (from: number, to: number) => byLine.slice(firstAt(from), firstAt(to));
  const parented = new Set(entries.map((e) => e.draft.parentDraft).filter(Boolean));
  const plans = [];
  for (const { topic, parts } of groups) {
    const own = within(topic.line, parts[0]!.line).filter((e) => e.draft.kind !== "followup");
    if (own.length !== 1 || !generated(own[0]!.draft, ["qa", "script"]) || own[0]!.draft.lineEnd >= parts[0]!.line) continue;
    const taken = parts.map((section) => ({ section, cards: within(section.line, nextLine(section)) }));
    const alone = ({ section, cards }: (typeof taken)[number]) =>
      cards.length === 1 && generated(cards[0]!.draft, ["qa"]) && !parented.has(cards[0]!.draft) && !asked.some((line) => line >= section.line && line < nextLine(section));
    if (!taken.every(alone)) continue;
    plans.push({ target: own[0]!, parts: taken.map(({ section, cards }) => ({ section, entry: cards[0]! })) });
  }
  return plans;
}

/** How many cards the switch would fold into their topic's card. */
export function countMergeableParts(entries: Entry[], sections: Section[], title: Section | null, asked: number[]): number {
  return mergeablePlans(entries, sections, title, asked).reduce((n, p) => n + p.parts.length, 0);
}

/**
 * Folds each mergeable part's card into its topic's card: its answer after the
 * topic's, under the part's name in bold, its tips after the topic's. Every
 * card keeps the id it had (ids are settled before); a follow-up the note's
 * words had given to a part follows the topic that took the part in.
 */
export function mergePartEntries<E extends Entry>(entries: E[], parents: Map<E, string | undefined>, sections: Section[], title: Section | null, asked: number[]): E[] {
  const folded = new Map<string, string>();
  for (const { target, parts } of mergeablePlans(entries, sections, title, asked)) {
    const d = target.draft;
    d.answer = [d.answer, ...parts.map(({ section, entry }) => `**${section.title}**\n\n${entry.draft.answer}`.trim())].filter(Boolean).join("\n\n");
    d.tips = [...d.tips, ...parts.flatMap(({ entry }) => entry.draft.tips)];
    d.lineEnd = Math.max(d.lineEnd, ...parts.map(({ entry }) => entry.draft.lineEnd));
    for (const { entry } of parts) folded.set(entry.id, target.id);
  }
  if (folded.size === 0) return entries;
  for (const [e, parent] of parents) if (parent && folded.has(parent)) parents.set(e, folded.get(parent));
  return entries.filter((e) => !folded.has(e.id));
}
