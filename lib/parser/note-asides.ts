/**
 * Text that is about the note rather than an answer: an in-page table of
 * contents, an intro line announcing what the note will cover.
 */
import type { List, ListItem } from "mdast";

/**
 * A list whose items mostly open with in-page links ("* [Index](#index)"),
 * perhaps with plain sub-items: a table of contents.
 */
export function isAnchorToc(list: List): boolean {
  const items = list.children as ListItem[];
  if (items.length < 3) return false;
  const anchored = items.filter((i) => {
    const p = i.children[0];
    if (!p || p.type !== "paragraph") return false;
    const first = p.children.find((c) => !(c.type === "text" && !c.value.trim()));
    return !!first && first.type === "link" && first.url.startsWith("#");
  });
  return anchored.length * 10 >= items.length * 6;
}

/**
 * One short sentence announcing what follows ("먼저 …에 대해서 알아보자",
 * "이번 글에서는 …을 살펴보겠습니다"): an intro, not an answer.
 */
export function isAnnouncement(text: string): boolean {
  const t = text.trim();
  return t.length <= 120 && !/[.!?。]\s+\S/.test(t) && /(알아보자|알아보겠습니다|알아봅시다|살펴보자|살펴보겠습니다|살펴봅시다|정리해\s*보자|정리해\s*보겠습니다)[.!]?$/.test(t);
}
