/**
 * The Markdown front end: unified + remark-parse + remark-gfm +
 * remark-frontmatter, run chunk by chunk (see chunks.ts) with positions
 * shifted back into whole-file coordinates.
 */
import type { Nodes, Root, RootContent } from "mdast";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified, type Plugin } from "unified";
import { splitIntoChunks } from "./chunks";

/**
 * GFM's literal autolinks ("https://…", "www.…", "a@b.c") are found by a pass over
 * every text node after parsing: about 8 % of a parse. Every pattern it looks for holds
 * "http://"/"https://", "www." or "@", or comes from a character reference ("&#64;",
 * "&commat;": a bare "&", as in "TCP & UDP", makes none). The pass reads each text node
 * alone, so it is run here, after parsing, on just the top-level blocks whose text holds
 * one of them (a note's links sit in a few paragraphs and its sources list); every other
 * block gets the same tree without it.
 */
const [findLiteralAutolinks] = gfmAutolinkLiteralFromMarkdown().transforms as [(tree: Root) => void];
const CHARACTER_REFERENCE = /&(#\d+|#x[\da-f]+|[a-z][a-z\d]+);/i;
const MAY_HOLD_WEB_LINK = /https?:\/\/|www\./i;
const MAY_HOLD_EMAIL = /@/;

type MdastExtension = { enter?: Record<string, unknown>; transforms?: unknown[] };
type MdastExtensions = Array<MdastExtension | MdastExtensions>;
type Construct = { name?: string };
type SyntaxExtension = Record<string, unknown>;
type SyntaxExtensions = Array<SyntaxExtension | SyntaxExtensions>;

function mayHoldLiteralAutolink(text: string): boolean {
  return MAY_HOLD_WEB_LINK.test(text) || MAY_HOLD_EMAIL.test(text) || CHARACTER_REFERENCE.test(text);
}

/** A unified plugin, after remark-gfm: its literal-autolink extension without the pass (run block by block instead). */
const withoutLiteralAutolinkPass: Plugin<[], Root> = function () {
  const data = this.data() as { fromMarkdownExtensions?: MdastExtensions };
  const strip = (list: MdastExtensions): MdastExtensions =>
    list.map((ext) => (Array.isArray(ext) ? strip(ext) : ext.enter && "literalAutolink" in ext.enter ? { ...ext, transforms: [] } : ext));
  data.fromMarkdownExtensions = strip(data.fromMarkdownExtensions ?? []);
};

/**
 * GFM tries a table at the start of every line of flow content (a fifth of a chunk's
 * parse), yet a table needs a delimiter row, and that row holds a "|", or is one cell
 * whose dashes touch a ":" (":-", "---:"): cells are divided by "|", and a row of dashes
 * alone is a thematic break or a setext underline. The row may sit in a quote or a list
 * item, so the test looks anywhere. A chunk with neither gets the same tree without the
 * table construct.
 */
const MAY_HOLD_TABLE = /\||:-|-:/;
/**
 * The other GFM constructs each need a character a chunk often lacks, and each costs a
 * parse more than it finds: the email autolink is tried at every ASCII letter or digit
 * (a sixth of a parse on the corpus, and most chunks with a web address hold no "@"), and a
 * task box at every "[". Web autolinks need "http(s)://" or "www.", the email one an "@" (or a
 * character reference, which may spell either), strikethrough a "~", a footnote
 * "[^", a task box "[" then a space, line ending or "x" (the "]" may follow a quote's ">").
 */
const MAY_HOLD_STRIKETHROUGH = /~/;
const MAY_HOLD_FOOTNOTE = /\[\^/;
const MAY_HOLD_TASK = /\[[\sxX]/;
const WEB_LINK_CONSTRUCTS = ["wwwAutolink", "protocolAutolink"];
const EMAIL_CONSTRUCTS = ["emailAutolink"];
const FOOTNOTE_CONSTRUCTS = ["gfmFootnoteDefinition", "gfmFootnoteCall", "gfmPotentialFootnoteCall"];

/** A unified plugin, after remark-gfm: without the named syntax constructs, wherever they hook in. */
function withoutConstructs(names: readonly string[]): Plugin<[], Root> {
  const drop = new Set(names);
  const keep = (c: unknown) => !(c && typeof c === "object" && drop.has((c as Construct).name ?? ""));
  const filterRecord = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).map(([code, c]) => [code, Array.isArray(c) ? c.filter(keep) : keep(c) ? c : []]));
  const strip = (list: SyntaxExtensions): SyntaxExtensions =>
    list.map((ext) =>
      Array.isArray(ext)
        ? strip(ext)
        : Object.fromEntries(Object.entries(ext).map(([field, record]) => [field, record && typeof record === "object" && !Array.isArray(record) ? filterRecord(record as Record<string, unknown>) : record])),
    );
  return function () {
    const data = this.data() as { micromarkExtensions?: SyntaxExtensions };
    data.micromarkExtensions = strip(data.micromarkExtensions ?? []);
  };
}

/** What a chunk may hold, which decides the processor that parses it. */
interface ChunkNeeds {
  /** The file's first chunk: a leading `---` block is front matter (later chunks must not read one). */
  frontMatter: boolean;
  webLinks: boolean;
  emails: boolean;
  tables: boolean;
  strikethrough: boolean;
  footnotes: boolean;
  tasks: boolean;
}
const processors = new Map<string, ReturnType<typeof unified>>();
/** The processor for a chunk, built once per kind: unified + remark-parse + remark-gfm, minus what the chunk cannot hold. */
function processorFor(needs: ChunkNeeds) {
  const key = Object.values(needs).map(Number).join("");
  let p = processors.get(key);
  if (!p) {
    const made = unified().use(remarkParse).use(remarkGfm);
    made.use(withoutLiteralAutolinkPass);
    const absent = [
      ...(needs.webLinks ? [] : WEB_LINK_CONSTRUCTS),
      ...(needs.emails ? [] : EMAIL_CONSTRUCTS),
      ...(needs.tables ? [] : ["table"]),
      ...(needs.strikethrough ? [] : ["strikethrough"]),
      ...(needs.footnotes ? [] : FOOTNOTE_CONSTRUCTS),
      ...(needs.tasks ? [] : ["tasklistCheck"]),
    ];
    if (absent.length > 0) made.use(withoutConstructs(absent));
    if (needs.frontMatter) made.use(remarkFrontmatter, ["yaml"]);
    p = made as unknown as ReturnType<typeof unified>;
    processors.set(key, p);
  }
  return p;
}

/** Link reference definitions are document-wide; repeat them in every chunk. */
const DEFINITION = /^ {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S.*$/gm;
const MAX_SHARED_DEFINITIONS = 200;

/**
 * Parse Markdown into an mdast Root. Every node's `position` (line, column,
 * offset) refers to `source` as a whole.
 */
export function parseMarkdown(source: string, onSplitLine?: (line: number) => void): Root {
  const chunks = splitIntoChunks(source);
  const defs = chunks.length > 1 ? (source.match(DEFINITION) ?? []) : [];
  // (at the margin: an indented copy after a chunk that ends in a list would continue its last item —
  // "  [Symbol('a')]: 'b'," from a code block stretched a quiz's choice list over the reveal after it)
  const shared = defs.length > 0 && defs.length <= MAX_SHARED_DEFINITIONS ? "\n\n" + defs.map((d) => d.trimStart()).join("\n") + "\n" : "";
  const root: Root = { type: "root", children: [] };
  let lastSplit = 0;
  for (const chunk of chunks) {
    if (chunk.splitLine && chunk.line !== lastSplit) {
      lastSplit = chunk.line;
      onSplitLine?.(chunk.line);
    }
    const text = chunk.text + shared;
    const needs: ChunkNeeds = {
      frontMatter: chunk.offset === 0,
      webLinks: MAY_HOLD_WEB_LINK.test(text) || CHARACTER_REFERENCE.test(text),
      emails: MAY_HOLD_EMAIL.test(text) || CHARACTER_REFERENCE.test(text),
      tables: MAY_HOLD_TABLE.test(text),
      strikethrough: MAY_HOLD_STRIKETHROUGH.test(text),
      footnotes: MAY_HOLD_FOOTNOTE.test(text),
      tasks: MAY_HOLD_TASK.test(text),
    };
    const tree = processorFor(needs).parse(text) as Root;
    for (const child of tree.children) {
      const start = child.position?.start.offset ?? 0;
      if (start >= chunk.text.length) continue; // one of the appended definitions
      if ((needs.webLinks || needs.emails) && mayHoldLiteralAutolink(text.slice(start, child.position?.end.offset ?? text.length))) {
        findLiteralAutolinks({ type: "root", children: [child] });
      }
      shiftPositions(child, chunk.line - 1, chunk.offset);
      root.children.push(child);
    }
  }
  const last = root.children[root.children.length - 1];
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: last?.position?.end ?? { line: 1, column: 1, offset: 0 },
  };
  return root;
}

/** Shift a subtree's positions, iteratively (trees may be very deep). */
function shiftPositions(node: RootContent, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const p = n.position;
    if (p) {
      p.start = { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset };
      p.end = { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset };
    }
    if ("children" in n) for (const c of n.children) stack.push(c as Nodes);
  }
}

/** Start offset of a node (0 when unknown). */
export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

/** End offset of a node (0 when unknown). */
export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** 1-based start line of a node. */
export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** 1-based end line of a node. */
export function endLineOf(node: Nodes): number {
  return node.position?.end.line ?? lineOf(node);
}

/**
 * Plain text of a node, without Markdown syntax. Images are skipped, line
 * breaks become "\n", and block children are separated by "\n". Iterative.
 */
export function textOf(node: Nodes, maxLength = TEXT_LIMIT): string {
  if (maxLength !== TEXT_LIMIT) return collectText(node, maxLength);
  let text = textOfNode.get(node);
  if (text === undefined) textOfNode.set(node, (text = collectText(node, maxLength)));
  return text;
}

const TEXT_LIMIT = 20_000;
/**
 * The parser asks a node's text again and again (four times in five on the corpus):
 * remembered per node, which no step changes once parsed.
 */
const textOfNode = new WeakMap<Nodes, string>();

function collectText(node: Nodes, maxLength: number): string {
  const out: string[] = [];
  let length = 0;
  const stack: (Nodes | "\n")[] = [node];
  while (stack.length > 0 && length < maxLength) {
    const n = stack.pop()!;
    if (n === "\n") {
      out.push("\n");
      continue;
    }
    if (n.type === "image" || n.type === "imageReference") continue;
    if (n.type === "break") out.push("\n");
    if (n.type === "text" || n.type === "inlineCode" || n.type === "code") {
      out.push(n.value);
      length += n.value.length;
    }
    if ("children" in n) {
      const blocky = n.type !== "paragraph" && n.type !== "heading" && !isInline(n);
      for (let i = n.children.length - 1; i >= 0; i--) {
        stack.push(n.children[i] as Nodes);
        if (blocky && i > 0) stack.push("\n");
      }
    }
  }
  return out.join("").slice(0, maxLength);
}

function isInline(n: Nodes): boolean {
  return n.type === "emphasis" || n.type === "strong" || n.type === "delete" || n.type === "link" || n.type === "linkReference";
}
