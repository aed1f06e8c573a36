/**
 * A list at the top of a note (or of a chapter) that names, item by item, the headings
 * written below it: the note's outline, typed without links. It explains nothing the
 * sections under those headings do not, so it is skipped like a table of contents.
 */
import type { List, ListItem } from "mdast";
import type { Block } from "./blocks";
import { normalizeLabel } from "./labels";
import { textOf } from "./markdown";
import type { Section } from "./sections";

/** An item's first line. */
function itemLine(item: ListItem): string {
  const head = item.children[0];
  return !head || head.type !== "paragraph" ? "" : textOf(head).split("\n")[0]!.trim();
}

/** An item's name: its first line up to a colon ("프로세스 스케쥴링: 배치 처리/ 시분할" names "프로세스 스케쥴링"). */
const itemName = (item: ListItem) => namePart(itemLine(item).split(/\s*[:：]\s/)[0]!);

/** A line that says something ("`Fast` : 단위 테스트는 빨라야 한다."): a summary of the parts below, not their names. */
const states = (text: string) => /(다|요|니다)[.!]?$|[.!]$/.test(text.trim());

/** Markup, emoji, numbering and case aside, so an item and a heading that name one thing compare equal. */
function namePart(text: string): string {
  return normalizeLabel(text.replace(/<[^>]*>/g, " ")).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Whether the section at `index` holds only lists (under at most one short line that
 * introduces them without stating anything) whose top-level items, three or more and
 * at least two in three, each name a heading that comes after the section, and none
 * says something of its own.
 */
export function outlinesHeadingsBelow(sections: Section[], index: number, isNoise: (b: Block) => boolean): boolean {
  const section = sections[index]!;
  const own = section.blocks.filter((b) => !isNoise(b) && b.node.type !== "heading");
  const lists = own.filter((b) => b.node.type === "list");
  const rest = own.filter((b) => b.node.type !== "list");
  if (lists.length === 0 || rest.length > 1 || rest.some((b) => b.node.type !== "paragraph" || textOf(b.node).length > 80 || states(textOf(b.node)))) return false;
  const items = lists.flatMap((b) => (b.node as List).children as ListItem[]);
  if (items.some((i) => states(itemLine(i)))) return false;
  const later = new Set(sections.slice(index + 1).map((s) => namePart(s.text)).filter((t) => t.length > 0));
  const names = items.map(itemName);
  const named = names.filter((n) => n.length > 0 && later.has(n)).length;
  return named >= 3 && named * 3 >= names.length * 2;
}
