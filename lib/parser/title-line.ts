/**
 * A note written with no heading at all whose first line names its topic on a
 * line of its own ("Javascript 데이터타입의 종류", then a blank line and the
 * explanation): that line is the note's title, as "# " would have made it.
 * Without it the whole note was text before a first heading that never came,
 * named in a warning, and no card was made of it.
 *
 * Kept narrow: no heading anywhere (one only in a fence counts too), no setext
 * underline, the line a title by the same test plain-text topics pass (a few
 * words naming something: no sentence, question, label, list item, markup or
 * definition) and naming no record, person, path or list of questions, a
 * blank line under it, and text after it. Line numbers are
 * kept (only "# " is put before the line).
 */
import { isTitle } from "./titled-paragraphs";

const ANY_HEADING = /^[ \t]{0,3}#{1,6}[ \t]/m;
/**
 * What a first line names when it names no topic: a record, a log or feedback ("홍길동 멘토님 피드백", "Daily Log",
 * "면접 후기"), a person ("…님"), a file's path ("src/utils/debounce.ts"), a collection of questions ("네트워크 면접 질문").
 */
// (a slash or a dot inside a topic's words names it still: "TCP/IP 4계층", "Node.js")
const NAMES_NO_TOPIC = /(기록|후기|회고|일지|피드백|메모|일기|님|멘토|질문(\s*(모음|목록|정리|리스트))?)$|님\s|\b(log|diary|journal|notes?|memo|retro(spective)?|til|todo|feedback)\b|^[\w.-]*(\/[\w.-]+){2,}$|^[\w-]+\.(ts|tsx|jsx|py|java|kt|go|rs|rb|cpp|md|txt|json|ya?ml|sh)$/i;
const UNDERLINE = /^[ \t]{0,3}(=+|-+)[ \t]*$/m;

/** The note's text with its title line written as a heading (see the module comment). */
export function titleLineAsHeading(text: string): string {
  if (ANY_HEADING.test(text) || UNDERLINE.test(text) || /^---\s*$/.test(text.slice(0, 4))) return text;
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.trim() !== "");
  if (at < 0 || !isTitle(lines[at]!) || NAMES_NO_TOPIC.test(lines[at]!.trim()) || lines[at + 1]?.trim() || !lines.slice(at + 2).some((l) => l.trim())) return text;
  lines[at] = `# ${lines[at]!.trim()}`;
  return lines.join("\n");
}
