/**
 * Source links from 출처/References sections.
 */
import type { Link, Nodes } from "mdast";
import type { Block } from "./blocks";
import { endOf, startOf, textOf } from "./markdown";

const BARE_URL = /https?:\/\/[^\s<>()[\]"']+/g;

/** Links in some blocks as strings: `[title](url)` as written, or the bare URL. Iterative. */
export function linksIn(blocks: Block[], source: string): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.details || block.node.type === "html") {
      // raw HTML (e.g. <a href>) — take bare URLs
      for (const m of source.slice(block.start, block.end).matchAll(BARE_URL)) out.push(m[0]);
      continue;
    }
    const stack: Nodes[] = [block.node];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === "link") {
        out.push(linkString(n, source));
        continue;
      }
      if ("children" in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
    }
  }
  return out;
}

function linkString(link: Link, source: string): string {
  const text = textOf(link).replace(/\s+/g, " ").trim();
  if (!text || text === link.url || text === link.url.replace(/^mailto:/, "")) return link.url;
  const raw = source.slice(startOf(link), endOf(link));
  if (raw.startsWith("[") && !raw.includes("\n")) return raw;
  return `[${text.replace(/[[\]]/g, "\\$&")}](${link.url})`;
}

/** Key for de-duplicating sources: the URL. */
export function sourceKey(s: string): string {
  const m = /\]\(([^)\s]+)/.exec(s);
  return (m ? m[1]! : s).trim().replace(/\/+$/, "");
}

/** Append links not seen before (by URL) to `into`. */
export function addSources(into: string[], links: Iterable<string>): void {
  const seen = new Set(into.map(sourceKey));
  for (const l of links) {
    const k = sourceKey(l);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    into.push(l);
  }
}
