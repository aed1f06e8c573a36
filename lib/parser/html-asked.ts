/**
 * Questions written as HTML lines inside an answer written in HTML (a Jekyll
 * page's `<details>` body): `<h3>…이유는?</h3>` or `<p>…이란?</p>` on a line of
 * its own, answered by the lines after it up to the next such line. Each is a
 * follow-up of the question whose answer holds it.
 */
import { decodeEntities } from "./blocks";
import { cleanAnswer } from "./draft";
import { asksOfItsOwn } from "./own-question";
import { isQuestion } from "./questions";
import type { FoldedQuestion } from "./pointed-back";

/** A line that is one heading or paragraph element and nothing else (a closing `<p>` typed as an opening one too). */
const ASKING_LINE = /^[ \t]*<(h[2-6]|p)(?:\s[^>]*)?>([^<]*(?:<(?:b|strong|em|i|code)>[^<]*<\/(?:b|strong|em|i|code)>[^<]*)*)<\/?\1>[ \t]*$/i;

/** The text of an asking HTML line, or null. */
function askedOn(line: string, parent: string): string | null {
  const m = ASKING_LINE.exec(line);
  if (!m) return null;
  const text = decodeEntities(m[2]!.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();
  return text && isQuestion(text) && asksOfItsOwn(text, parent) ? text : null;
}

/** Closing tags left dangling at the end of a part ("</div>"), which belong to the wrapper, not the answer. */
function trimClosers(text: string): string {
  return text.replace(/(\s*<\/(div|section|article)>)+\s*$/i, "").trim();
}

/**
 * Split the asking HTML lines out of an answer. Returns the answer before the
 * first of them and each follow-up (question and the lines after it); the
 * answer as it was when there is none, or when one would be left empty.
 */
export function splitHtmlAsked(answer: string, parent: string): { answer: string; asked: FoldedQuestion[] } {
  const lines = answer.split("\n");
  const at = lines.map((l, i) => [i, askedOn(l, parent)] as const).filter(([, q]) => q !== null);
  if (at.length === 0) return { answer, asked: [] };
  const asked: FoldedQuestion[] = [];
  for (const [k, [i, question]] of at.entries()) {
    const end = at[k + 1]?.[0] ?? lines.length;
    const part = cleanAnswer(trimClosers(lines.slice(i + 1, end).join("\n")));
    if (!part) return { answer, asked: [] };
    asked.push({ question: question!, answer: part });
  }
  const before = cleanAnswer(trimClosers(lines.slice(0, at[0]![0]).join("\n")));
  return before ? { answer: before, asked } : { answer, asked: [] };
}
