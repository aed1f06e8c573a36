/**
 * Notes written as plain text, without a heading or a list: each topic a
 * paragraph whose first line names it and whose next lines explain it
 * ("JSP(JavaServer Pages)" over "HTML 코드에 JAVA 코드를 넣어 …이다.", "이벤트 루프"
 * over "CALL STACK -> WEB API -> …"). Read as Markdown the whole note is
 * prose before any heading, and no card came of it. The naming lines become
 * headings ("## " put before them; line numbers are kept).
 *
 * Kept narrow: only in a note with no heading at all, outside folds and
 * fences, and only when three or more paragraphs open so and they are at
 * least as many as the other paragraphs. A line ending a sentence, a
 * label, a lead-in or a definition names nothing; neither does one that ends
 * on a topic particle ("B트리는" opens a sentence).
 */
import { fencedLines } from "./fences";
import { isGenericPart } from "./generic-part";
import { foldedLines, namesTopic, SENTENCE_END } from "./plain-topic-lines";

/** A setext heading's underline. */
const HEADING = /^[ \t]{0,3}(=+|-+)[ \t]*$/;
const ATX = /^[ \t]{0,3}#{1,6}[ \t]/m;
/** "B트리는", "인덱스를": a sentence's subject or object opening it, not a name. */
const PARTICLE_END = /[가-힣](은|는|이|가|을|를|에|에서|으로|로|와|과|의|도)$/;
/** Paragraphs so led, at least, for the note to be read so. */
const MIN_TITLED = 3;

/**
 * A line that names a topic in a few words ("이벤트 루프", "CORS(Cross-Origin Resource Sharing)"): a definition
 * ("…를 위해 IP와 함께 사용하는 프로토콜") is longer, a numbered line is an item, a line with gaps is a table's.
 */
function isTitle(line: string): boolean {
  const t = line.trim();
  // (a facet, "단점", "방어방법", stays in the answer of the topic above it)
  // (never markup: "<div>…", "> …", "| …", "![…", a link)
  return !!t && !/^[ \t]/.test(line) && !/^[<>|!\[]|https?:/.test(t) && !isGenericPart(t) && t.length <= 40 && t.replace(/\([^()]*\)/g, "").trim().split(/\s+/).length <= 4 && !/\s{2,}|\t/.test(t) && !/^\d/.test(t) && namesTopic(t) && !PARTICLE_END.test(t);
}

/** The naming line a paragraph opens with (its index), when prose follows it in the same paragraph; else none. */
function titleLines(lines: string[], start: number): number[] {
  const titles: number[] = [];
  let i = start;
  // (one line only: under "CSRF" the next short line, "해당 사이트의 서버를 타켓", already explains it)
  if (isTitle(lines[i]!)) titles.push(i++);
  // (what follows says something: a sentence, or a line of three words or more, "CALL STACK -> WEB API -> QUEUE")
  let explains = false;
  for (; i < lines.length && lines[i]!.trim(); i++) if (SENTENCE_END.test(lines[i]!.trim()) || lines[i]!.trim().split(/\s+/).length >= 3) explains = true;
  return explains ? titles : [];
}

/** The note's text with the lines that name its plain-text topics written as headings (see the module comment). */
export function titledParagraphsAsHeadings(text: string): string {
  // (most notes have a heading: they are left at once, without reading their lines; one only in a fence counts too)
  if (ATX.test(text)) return text;
  const lines = text.split("\n");
  const fenced = fencedLines(lines);
  const folded = foldedLines(lines);
  // (a divider after a blank line is no heading; under a line of text it underlines it)
  if (lines.some((line, i) => !fenced.has(i) && HEADING.test(line) && i > 0 && !!lines[i - 1]!.trim())) return text;
  const openers = lines.flatMap((line, i) => (line.trim() && !fenced.has(i) && !folded.has(i) && (i === 0 || !lines[i - 1]!.trim()) ? [i] : []));
  const titled = openers.map((i) => titleLines(lines, i));
  const count = titled.filter((t) => t.length > 0).length;
  if (count < MIN_TITLED || count < openers.length - count) return text;
  for (const t of titled) for (const i of t) lines[i] = `## ${lines[i]!.trim()}`;
  return lines.join("\n");
}
