/**
 * A list under a note's first heading that names, item by item, the headings written
 * below it: the note's outline, typed without links. It explains nothing the sections
 * under those headings do not, so it is skipped like a table of contents.
 */
import type { List, ListItem } from "mdast";
import type { Block } from "./blocks";
import { normalizeLabel } from "./labels";
import { textOf } from "./markdown";
import { JOTTED_POINT, endsNominalised } from "./substantive-body";
import { isDescendant, type Section } from "./sections";

/** An item's first line. */
function itemLine(item: ListItem): string {
  const head = item.children[0];
  return !head || head.type !== "paragraph" ? "" : textOf(head).split("\n")[0]!.trim();
}

/** An item's name: its first line up to a colon ("프로세스 스케쥴링: 배치 처리/ 시분할" names "프로세스 스케쥴링"). */
const itemName = (item: ListItem) => namePart(itemLine(item).split(/\s*[:：]\s/)[0]!);

/**
 * Words after an item's name and a colon ("GET: 리소스 조회"), or a gloss of several words after it ("SRP (Single
 * Responsibility Principle, 단일 책임 원칙)"): the item sums that part up. A name's translation, "프로세스 (Process)", does not.
 */
const saysAfterName = (item: ListItem) => /[:：]\s*\S|\([^()]*[\s,][^()]*\)/.test(itemLine(item));

/** The items nested under an item, at any depth. */
function nestedItems(item: ListItem): ListItem[] {
  return item.children.flatMap((c) => (c.type === "list" ? (c.children as ListItem[]).flatMap((i) => [i, ...nestedItems(i)]) : []));
}

/** A line that says something ("`Fast` : 단위 테스트는 빨라야 한다."): a summary of the parts below, not their names. */
const states = (text: string) => /(다|요|니다)[.!]?$|[.!]$/.test(text.trim());

/** Markup, emoji, numbering, glosses in brackets and case aside, so an item and a heading that name one thing compare equal. */
function namePart(text: string): string {
  return normalizeLabel(text.replace(/<[^>]*>/g, " ").replace(/\s*\([^()]*\)/g, "")).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Whether the section at `index`, the note's first heading with every other heading under
 * it, holds only lists (under at most one short line that introduces them without stating
 * anything) whose top-level items, three or more and at least two in three, each name a
 * heading below it, and none says something of its own: no sentence, at most one in four
 * with words after a colon or a gloss ("GET: 리소스 조회" sums a part up), sub-items only
 * names of points to cover.
 */
export function outlinesHeadingsBelow(sections: Section[], index: number, isNoise: (b: Block) => boolean): boolean {
  const section = sections[index]!;
  const own = section.blocks.filter((b) => !isNoise(b) && b.node.type !== "heading");
  const lists = own.filter((b) => b.node.type === "list");
  const rest = own.filter((b) => b.node.type !== "list");
  if (lists.length === 0 || rest.length > 1 || rest.some((b) => b.node.type !== "paragraph" || textOf(b.node).length > 80 || states(textOf(b.node)))) return false;
  // (a topic's own list over its parts, "## SOLID 원칙" over the five, is its answer: only the outline of the whole note
  // goes, under its first heading, which every other heading sits under)
  if (!headsTheNote(sections, index)) return false;
  const items = lists.flatMap((b) => (b.node as List).children as ListItem[]);
  if (items.some((i) => states(itemLine(i))) || items.filter(saysAfterName).length * 4 > items.length) return false;
  // (sub-items that explain, "자원은 한 번에 한 프로세스만 쓸 수 있음", make the list an answer; names of points to cover do not)
  if (items.flatMap(nestedItems).some((i) => states(itemLine(i)) || JOTTED_POINT.test(itemLine(i)) || endsNominalised(itemLine(i)) || itemLine(i).length > 60)) return false;
  const below: Section[] = [];
  for (let j = index + 1; j < sections.length && isDescendant(sections[j]!, section); j++) below.push(sections[j]!);
  const later = new Set(below.map((s) => namePart(s.text)).filter((t) => t.length > 0));
  const names = items.map(itemName);
  const named = names.filter((n) => n.length > 0 && later.has(n)).length;
  return named >= 3 && named * 3 >= names.length * 2;
}

/** Whether the section at `index` is the note's first heading and every heading after it sits under it. */
function headsTheNote(sections: Section[], index: number): boolean {
  for (let j = 0; j < index; j++) if (sections[j]!.heading) return false;
  for (let j = index + 1; j < sections.length; j++) if (!isDescendant(sections[j]!, sections[index]!)) return false;
  return true;
}
