/**
 * Markdown → the plain text a speech engine should read. Pure (no DOM) so it
 * is unit-tested. Code blocks are dropped: read aloud they are noise, and the
 * spoken answer never contains them.
 */
export function markdownToSpeech(markdown: string): string {
  const lines: string[] = [];
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    // Table separator rows (|---|:---:|) carry no words.
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(raw)) continue;
    // Headings and list items are separate thoughts: end each with a pause.
    const standalone = /^\s{0,3}#{1,6}\s+|^\s*(>\s?)*([-*+]|\d+[.)])\s+/.test(raw);
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, "") // heading marks
      .replace(/^\s*(>\s?)+/, "") // blockquote marks
      .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, "") // list markers, task boxes
      .replace(/^\s*([-*_]\s*){3,}$/, ""); // thematic breaks
    line = inline(line);
    if (line.includes("|")) line = line.split("|").map((c) => c.trim()).filter(Boolean).join(", ");
    line = line.trim();
    if (standalone && line && !/[.!?。…:;]$/.test(line)) line += ".";
    lines.push(line);
  }
  // Blank lines separate paragraphs; a sentence end keeps the engine pausing between them.
  const paragraphs = lines
    .join("\n")
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").replace(/\s{2,}/g, " ").trim())
    .filter(Boolean);
  return paragraphs.map((p) => (/[.!?。…:;]$/.test(p) ? p : `${p}.`)).join("\n");
}

function inline(s: string): string {
  return s
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images → alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links → their text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // reference links
    .replace(/\[\^[^\]]+\]/g, "") // footnote refs
    .replace(/<(https?:[^>]+)>/g, "") // autolinks: a URL read out letter by letter helps nobody
    .replace(/<\/?[A-Za-z][^>]*>/g, "") // inline HTML tags
    .replace(/`+([^`]+)`+/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}])[*_]([^*_\s][^*_]*?)[*_](?=$|[^\p{L}\p{N}])/gu, "$1$2")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, "$1")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/**
 * Splits text into utterance-sized chunks at sentence ends. Chrome silently
 * stops a single long utterance after ~15 s, so long scripts are queued as
 * several shorter ones.
 */
export function speechChunks(text: string, max = 180): string[] {
  const sentences = text.match(/[^.!?。…\n]+[.!?。…]*\s*|\n+/g) ?? [];
  const chunks: string[] = [];
  let cur = "";
  for (const s of sentences) {
    if (cur && (cur + s).length > max) {
      chunks.push(cur.trim());
      cur = "";
    }
    cur += s;
    while (cur.length > max * 1.5) {
      // One very long sentence: cut at the last space before the limit.
      const cut = cur.lastIndexOf(" ", max);
      const at = cut > max / 2 ? cut : max;
      chunks.push(cur.slice(0, at).trim());
      cur = cur.slice(at);
    }
  }
  if (cur.trim()) chunks.push(cur.trim());
  return chunks.filter(Boolean);
}
