/**
 * Footnotes. A note exported from a blog or Obsidian cites "[^1]" in its
 * answers and defines the notes at the end, under "## 주석" or no heading at
 * all ("[^1]: …", or "* [^id]: …" as a list). That section asks nothing: it is
 * the notes of the answers that cite them (it had made "주석에 대해 설명해
 * 주세요."). Each answer gets the definitions it cites, so nothing is lost.
 */
import type { Block } from "./blocks";

/** "[^id]: text", at the margin or as a list item. */
const DEFINITION = /^[ \t]*(?:[-*+][ \t]+)?\[\^([^\]\s]{1,40})\]:[ \t]*(\S.*)$/gm;

/** Whether a block is only footnote definitions (a GFM definition, or lines or list items written as one). */
export function isFootnoteBlock(block: Block, source: string): boolean {
  if (block.node.type === "footnoteDefinition") return true;
  if (block.node.type !== "paragraph" && block.node.type !== "list") return false;
  const lines = source.slice(block.start, block.end).split("\n").filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => /^[ \t]*(?:[-*+][ \t]+)?\[\^[^\]\s]{1,40}\]:/.test(l) || /^[ \t]{2,}\S/.test(l));
}

/** Each answer with the definitions of the footnotes it cites appended, when they are not in it already. */
export function withCitedFootnotes<T extends { answer: string }>(cards: T[], source: string): void {
  if (!source.includes("[^")) return;
  const defs = new Map<string, string>();
  for (const m of source.matchAll(DEFINITION)) if (!defs.has(m[1]!)) defs.set(m[1]!, m[2]!.trim());
  if (defs.size === 0) return;
  for (const card of cards) {
    const cited = [...new Set([...card.answer.matchAll(/\[\^([^\]\s]{1,40})\](?!:)/g)].map((m) => m[1]!))];
    const notes = cited.filter((id) => defs.has(id) && !new RegExp(`\\[\\^${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\]:`).test(card.answer));
    if (notes.length > 0) card.answer = `${card.answer}\n\n${notes.map((id) => `[^${id}]: ${defs.get(id)}`).join("\n")}`;
  }
}
