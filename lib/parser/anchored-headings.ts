/**
 * Questions listed as in-page links over bare anchor headings ("- [딥러닝은
 * 무엇인가요?](#1)" … then "### #1" over its answer): the heading names
 * nothing, so the linked text is the question its section answers.
 */
import type { Block } from "./blocks";
import { textOf } from "./markdown";

/** "#1", "# 12", "Q3", "4.": a heading that is an anchor number and nothing else. */
const BARE_ANCHOR = /^[#\s]*(q\s*)?\d{1,3}[.)]?$/i;

/** The anchor GitHub gives a heading: lower-cased, punctuation dropped, spaces as "-". */
export function headingAnchor(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}

/** Linked text by anchor, for list items that are one in-page link each ("- [질문](#3)"). */
export function inPageLinks(blocks: Block[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of blocks) {
    if (b.node.type !== "list") continue;
    for (const item of b.node.children) {
      const para = item.children[0];
      if (para?.type !== "paragraph") continue;
      const parts = para.children.filter((c) => !(c.type === "text" && !c.value.trim()));
      const link = parts[0];
      if (parts.length !== 1 || link?.type !== "link" || !link.url.startsWith("#")) continue;
      const text = textOf(link).replace(/\s+/g, " ").trim();
      let anchor = link.url.slice(1);
      try {
        anchor = decodeURIComponent(anchor);
      } catch {
        // (a malformed escape: the anchor as written)
      }
      if (text && /[\p{L}]/u.test(text)) out.set(anchor.toLowerCase(), text);
    }
  }
  return out;
}

/** The linked text naming a bare anchor heading, or null. */
export function anchoredText(heading: string, links: Map<string, string>): string | null {
  if (!BARE_ANCHOR.test(heading)) return null;
  return links.get(headingAnchor(heading)) ?? null;
}
