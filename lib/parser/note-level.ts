/**
 * Whether a part of a note speaks for the note as a whole (its preamble, or a title that
 * explains nothing itself) rather than for a topic it explains.
 */
import type { Ctx } from "./context";
import { isNoise } from "./draft";
import { classifyLabel } from "./labels";
import { remembered } from "./memo";
import type { Section } from "./sections";

/** Whether a topic heading's own body (before its sub-headings) explains it in prose. */
export function explainsItself(section: Section, source: string, min = 40, lists = true): boolean {
  // (a definition set as a quote counts: "#### PCB" then "> 프로세스 정보를 담는 곳")
  const content = section.blocks.filter((b) => !isNoise(b, source) && (b.node.type === "paragraph" || (lists && b.node.type === "list") || b.node.type === "blockquote"));
  // (markup explains nothing: "중요도 <span style=…>★★★★★</span>" is a rating, "[원문](https://…)" a credit)
  const words = content.map((b) => source.slice(b.start, b.end)).filter((text) => !isContentsLine(text)).join(" ");
  return words.replace(/<[^>\n]+>/g, "").replace(/\]\([^)\s]*\)/g, "]").replace(/\s+/g, " ").length >= min;
}

/** "> 목차", "> [동우](#동우)": a table of contents (links to the note's own parts and their label) explains nothing. */
export const isContentsLine = remembered(isContentsLineNow);

function isContentsLineNow(text: string): boolean {
  const rest = text.replace(/\[[^\]]*\]\((#[^)]*|[^)\s]*)\)/g, " ").replace(/^[ \t]*(>[ \t]*)*([-*+]|\d{1,3}[.)])?[ \t]*/gm, "").trim();
  return rest === "" || classifyLabel(rest) === "skip";
}

/** No topic, the preamble, or the note's title when the title does not explain a topic of its own ("# TCP" + its explanation does). */
export function isNoteLevel(ctx: Ctx, topic: Section | null): boolean {
  return topic === null || topic.role === "root" || (topic === ctx.titleSection && !explainsItself(topic, ctx.source));
}
