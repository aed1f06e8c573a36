/**
 * Notes written as plain text, without a heading (or under one title) and
 * without a list: each topic a paragraph whose first line names it and whose
 * next lines explain it ("JSP(JavaServer Pages)" over "HTML 코드에 JAVA 코드를
 * 넣어 …이다.", "이벤트 루프" over "CALL STACK -> WEB API -> …"). Read as
 * Markdown the whole note is one paragraph run, and no card (or one card of
 * everything) came of it. The naming lines become headings ("## " put before
 * them; line numbers are kept).
 *
 * Kept narrow: only in a note with no heading but a title on its first line,
 * outside front matter, folds and fences; only when three or more paragraphs
 * open so, at least as many as the other paragraphs, and no other paragraph
 * asks a question (a heading put above it would take it in). A sentence, a
 * label, a facet, a list item, a numbered line, markup, a definition, a
 * journal's or a meeting's own words ("Keep", "참석자", "월요일") name
 * nothing; neither does a line that ends on a particle opening a sentence
 * ("B트리는").
 */
import { fencedLines } from "./fences";
import { isGenericPart } from "./generic-part";
import { foldedLines, namesTopic } from "./plain-topic-lines";
import { isQuestion } from "./questions";

/** A setext heading's underline. */
const UNDERLINE = /^[ \t]{0,3}(=+|-+)[ \t]*$/;
const ATX = /^[ \t]{0,3}#{1,6}[ \t]/gm;
/** "B트리는", "인덱스를", "메모리에서": a sentence's subject, object or place opening it ("높이", "복잡도", "경로" are names). */
const PARTICLE_END = /[가-힣](은|는|을|를|에서|으로)$/;
/** A line that ends a sentence ("…도구이다.", "…있습니다", "…해요"); "런타임", "로드 밸런서", "자바 람다" are names. */
const SENTENCE_END = /([.:：!?？。…]|니다|이다|한다|된다|있다|없다|했다|였다|는다|요|죠)\s*$/;
/** A retrospective's, a meeting's, a diary's or a transcript's own words: no topic of study. */
const NOT_TOPIC = /^(keep|problem|try|참석자|참여자|불참자|일시|장소|안건|기타|피드백|소감|회고|면접관|지원자|질문자|답변자|[월화수목금토일]요일)$/i;
/** Paragraphs so led, at least, for the note to be read so. */
const MIN_TITLED = 3;

/**
 * A line that names a topic in a few words ("이벤트 루프", "[프로세스 스케줄링]", "TCP와 UDP의 차이"): a definition
 * ("…를 위해 IP와 함께 사용하는 프로토콜") is longer, a numbered line or a bullet is an item, a line with gaps a table's.
 */
export function isTitle(line: string): boolean {
  const t = line.trim().replace(/^\[([^\]]+)\]$/, "$1");
  if (!t || /^[ \t]/.test(line) || /^[<>|!\[]|https?:|^[-*+]\s|^\d/.test(t) || /\s{2,}|\t/.test(t)) return false;
  // (a facet, "단점", "방어방법", stays in the answer of the topic above it)
  if (isGenericPart(t) || NOT_TOPIC.test(t) || t.length > 40 || words(t) > (/(차이점?|비교)$/.test(t) ? 6 : 4)) return false;
  return namesTopic(t, SENTENCE_END) && !PARTICLE_END.test(t);
}

/** Words of a title outside its brackets ("CORS(Cross-Origin Resource Sharing)" is one). */
function words(title: string): number {
  return title.replace(/\([^()]*\)/g, "").trim().split(/\s+/).length;
}

/** Whether a paragraph opens on a line naming its topic, with prose following it in the same paragraph. */
function opensTitled(lines: string[], start: number): boolean {
  // (one line only: under "CSRF" the next short line, "해당 사이트의 서버를 타켓", already explains it)
  // (a name over a list is plain-topic-lines.ts's shape, decided there: a glossary's or a how-to's lines stay one card)
  if (!isTitle(lines[start]!) || /^\s*([-*+]|\d{1,3}[.)])\s/.test(lines[start + 1] ?? "")) return false;
  // (what follows says something: a sentence, or a line of three words or more, "CALL STACK -> WEB API -> QUEUE")
  for (let i = start + 1; i < lines.length && lines[i]!.trim(); i++) if (SENTENCE_END.test(lines[i]!.trim()) || lines[i]!.trim().split(/\s+/).length >= 3) return true;
  return false;
}

/** Where the note's own text starts: after front matter and a title heading on its first line (its only heading); -1 when a heading stands elsewhere. */
function bodyStart(lines: string[], headings: number): number {
  let i = 0;
  if (/^---\s*$/.test(lines[0] ?? "")) {
    const close = lines.findIndex((l, j) => j > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (close > 0) i = close + 1;
  }
  while (i < lines.length && !lines[i]!.trim()) i++;
  if (headings === 0) return i;
  return /^#\s/.test(lines[i] ?? "") ? i + 1 : -1;
}

/** The note's text with the lines that name its plain-text topics written as headings (see the module comment). */
export function titledParagraphsAsHeadings(text: string): string {
  // (most notes have headings: they are left without their lines being read; one only in a fence counts too)
  const headings = text.match(ATX)?.length ?? 0;
  if (headings > 1) return text;
  const lines = text.split("\n");
  const start = bodyStart(lines, headings);
  if (start < 0) return text;
  const fenced = fencedLines(lines);
  const folded = foldedLines(lines);
  // (a divider after a blank line is no heading; under a line of text it underlines it)
  if (lines.some((line, i) => i > start && !fenced.has(i) && UNDERLINE.test(line) && !!lines[i - 1]!.trim())) return text;
  const openers = lines.flatMap((line, i) => (i >= start && line.trim() && !fenced.has(i) && !folded.has(i) && (i === start || !lines[i - 1]!.trim()) ? [i] : []));
  const titled = new Set(openers.filter((i) => opensTitled(lines, i)));
  if (titled.size < MIN_TITLED || titled.size < openers.length - titled.size) return text;
  // (a question among the other paragraphs, "Q. 인덱스를 모든 컬럼에 걸면?", would fall under the topic before it)
  if (openers.some((i) => !titled.has(i) && (isQuestion(lines[i]!.trim()) || /^(Q|질문)\s*\d*\s*[.:)]/i.test(lines[i]!.trim())))) return text;
  for (const i of titled) lines[i] = `## ${lines[i]!.trim()}`;
  return lines.join("\n");
}
