/**
 * A repository README's index of its own files: a table or list of the
 * notes in the folder ("| 01-oop.md | OOP와 SOLID | ⭐ |", "- [qna.md](./qna.md) - 질문 모음"),
 * or a line of keywords set in code ("`OOP` `SOLID` `GC`"). It points at
 * questions elsewhere and answers none.
 */
import type { Block } from "./blocks";
import type { Section } from "./sections";

/** A note file named or linked: "qna-java.md", "[운영체제](./os/README.md)", "(./network/)". */
const FILE = /(^|[\s(/[`])[\w.-]+\.mdx?\b|\]\(\.{0,2}\/[^)\s]*\)/i;

/** Whether every row under a table's header names a note file in its first cell. */
function indexesFilesInTable(raw: string): boolean {
  const rows = raw.split("\n").map((r) => r.trim()).filter((r) => r.startsWith("|") && !/^\|[\s:|-]+\|?$/.test(r));
  const body = rows.slice(1);
  return body.length > 0 && body.every((r) => FILE.test(r.split("|")[1] ?? ""));
}

/** Whether every item of a list opens with a link to a note file, a short description after it at most. */
function indexesFilesInList(raw: string): boolean {
  const items = raw.split("\n").filter((l) => /^\s*([-*+]|\d{1,3}[.)])\s+/.test(l));
  return items.length > 0 && items.every((l) => /^\s*([-*+]|\d{1,3}[.)])\s+\[[^\]]*\]\(\.{0,2}\/?[^)\s:]*(\.mdx?|\/)(#[^)]*)?\)\s*([-–:]\s*[^.?!]{0,60})?$/i.test(l));
}

/** Three or more code-set keywords and nothing else: "`OOP` `SOLID` `JVM`". */
function isKeywordLine(raw: string): boolean {
  const spans = raw.match(/`[^`\n]+`/g) ?? [];
  return spans.length >= 3 && raw.replace(/`[^`\n]+`/g, "").trim() === "";
}

/** Whether a section's own body is nothing but an index of note files or a keyword line. */
export function isFileIndexSection(section: Section, source: string, isNoise: (b: Block) => boolean): boolean {
  const blocks = section.blocks.filter((b) => !isNoise(b));
  if (blocks.length === 0) return false;
  return blocks.every((b) => {
    const raw = source.slice(b.start, b.end);
    if (b.node.type === "table") return indexesFilesInTable(raw);
    if (b.node.type === "list") return indexesFilesInList(raw);
    if (b.node.type === "paragraph") return isKeywordLine(raw);
    return false;
  });
}
