/**
 * The file name a pasted note is imported under. A deck's identity comes
 * from its file name, so a shared default ("notes.md") would make unrelated
 * pastes replace each other's deck. The user's own name wins; else the
 * note's title (front matter `title:` or its first heading); else a name
 * derived from the text itself, so two different notes never share one.
 */
export function pastedNoteName(markdown: string, givenName: string): string {
  const given = cleanName(givenName);
  if (given) return /\.(md|markdown|txt)$/i.test(given) ? given : `${given}.md`;
  const title = frontMatterTitle(markdown) ?? firstHeading(markdown);
  if (title) return `${title}.md`;
  return `붙여넣은 노트 ${contentHash(markdown)}.md`;
}

const cleanName = (s: string) =>
  s
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100);

function frontMatterTitle(markdown: string): string | null {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown.replace(/^\uFEFF/, ""));
  const line = fm?.[1]?.split(/\r?\n/).find((l) => /^title\s*:/.test(l));
  const title = line ? cleanName(line.replace(/^title\s*:\s*/, "").replace(/^["']|["']$/g, "")) : "";
  return title || null;
}

function firstHeading(markdown: string): string | null {
  for (const line of markdown.split(/\r?\n/)) {
    const m = /^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) {
      const text = cleanName(m[1]!.replace(/[*_`]/g, ""));
      if (text) return text;
    }
  }
  return null;
}

/** 8 hex digits of FNV-1a over the text: stable for the same paste, distinct for different ones. */
function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
