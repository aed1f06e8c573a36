/**
 * A question with a short aside after it on the same line: "RAM은 휘발성
 * 아닌가요? 껐다 켜면 다 사라질 텐데..". The question mark ends the question;
 * the few words after it are the asker's musing, not a second sentence of
 * prose, so the line still asks.
 */
import { isQuestion } from "./questions";

/** At most this many characters of aside after the question. */
const ASIDE_MAX = 30;

/** Whether a line is a question followed by a short aside that does not ask again. */
export function asksWithAside(line: string): boolean {
  const m = /^(.{4,}?[?？])\s+(\S.*)$/.exec(line.trim());
  if (!m) return false;
  const [, question, aside] = m as unknown as [string, string, string];
  // "(self-contained)" and other bracketed notes are handled where questions are read
  return aside.length <= ASIDE_MAX && !/[?？]/.test(aside) && !/^[([]/.test(aside) && isQuestion(question);
}
