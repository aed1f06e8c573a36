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
 * definition), a blank line under it, and text after it. Line numbers are
 * kept (only "# " is put before the line).
 */
import { isTitle } from "./titled-paragraphs";

const ANY_HEADING = /^[ \t]{0,3}#{1,6}[ \t]/m;
const UNDERLINE = /^[ \t]{0,3}(=+|-+)[ \t]*$/m;

/** The note's text with its title line written as a heading (see the module comment). */
export function titleLineAsHeading(text: string): string {
  if (ANY_HEADING.test(text) || UNDERLINE.test(text) || /^---\s*$/.test(text.slice(0, 4))) return text;
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.trim() !== "");
  if (at < 0 || !isTitle(lines[at]!) || lines[at + 1]?.trim() || !lines.slice(at + 2).some((l) => l.trim())) return text;
  lines[at] = `# ${lines[at]!.trim()}`;
  return lines.join("\n");
}
