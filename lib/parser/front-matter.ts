/**
 * YAML front matter → deck metadata, parsed with the `yaml` package in its
 * safe default mode (no custom tags, bounded alias expansion).
 */
import type { Root, Yaml } from "mdast";
import { parseDocument } from "yaml";
import type { ParseWarning } from "./types";

export interface FrontMatter {
  title?: string;
  slug?: string;
  description?: string;
  tags: string[];
  sources: string[];
}

const EMPTY: FrontMatter = { tags: [], sources: [] };

/** A fence line that opens or closes front matter. */
const FENCE = /^---[ \t]*$/;

/**
 * A note that opens with a `---` rule over its first question ("--- " then
 * "### 1. …알려주세요." then "---"): that block is Markdown, not front
 * matter, and read as front matter it lost the question without a word. When
 * the block between the first two fences has no `key:` line and holds a
 * Markdown heading, its opening fence is read as the rule it is (`***`, the
 * same length, so every offset and line stays put).
 */
export function withoutFalseFrontMatter(source: string): string {
  const lines = source.split("\n", 400);
  if (!FENCE.test(lines[0] ?? "")) return source;
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) return source;
  const inner = lines.slice(1, close);
  // (a key is a YAML name, "title:", "tags:"; "예: …" in a sentence is prose)
  const keyed = inner.some((l) => /^[ \t]*[A-Za-z_][\w.-]*[ \t]*:([ \t]|$)/.test(l));
  const heading = inner.some((l) => /^#{1,6}[ \t]+\S/.test(l));
  return !keyed && heading ? "***" + source.slice(3) : source;
}

/**
 * Read the front matter node (if any) of a parsed document. Never throws:
 * broken YAML yields a warning with the 1-based line of the problem.
 */
export function readFrontMatter(root: Root, source: string, warnings: ParseWarning[]): FrontMatter {
  const node = root.children.find((c): c is Yaml => c.type === "yaml");
  if (!node) {
    // An opening fence without a closing one is read by remark as a thematic break.
    if (/^---[ \t]*\n/.test(source) && root.children[0]?.type === "thematicBreak") {
      warnings.push({ line: 1, message: "front matter를 읽을 수 없습니다: 닫는 `---`가 없습니다" });
    }
    return { ...EMPTY, tags: [], sources: [] };
  }
  const firstLine = (node.position?.start.line ?? 1) + 1; // line after the opening fence
  try {
    const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      const line = firstLine + (err.linePos?.[0]?.line ?? 1) - 1;
      warnings.push({ line, message: `front matter를 읽을 수 없습니다: ${err.code}` });
      return { ...EMPTY, tags: [], sources: [] };
    }
    const data: unknown = doc.toJS({ maxAliasCount: 50 });
    if (data == null) return { ...EMPTY, tags: [], sources: [] };
    if (typeof data !== "object" || Array.isArray(data)) {
      warnings.push({ line: firstLine, message: "front matter를 읽을 수 없습니다: 키-값 형식이 아닙니다" });
      return { ...EMPTY, tags: [], sources: [] };
    }
    const record = data as Record<string, unknown>;
    return {
      title: asString(record.title),
      slug: asString(record.slug),
      description: asString(record.description),
      tags: asStringList(record.tags),
      sources: asStringList(record.sources),
    };
  } catch (e) {
    warnings.push({ line: firstLine, message: `front matter를 읽을 수 없습니다: ${(e as Error).message ?? e}` });
    return { ...EMPTY, tags: [], sources: [] };
  }
}

function asString(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

function asStringList(value: unknown): string[] {
  if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter(Boolean);
  if (!Array.isArray(value)) return [];
  return value.map(asString).filter((s): s is string => s !== undefined);
}
