/**
 * A numbered question heading with nothing under it, answered by the
 * unnumbered headings after it at its own depth up to the next number
 * ("### 2) DB에서 RBT 대신 B-Tree를 쓰는 이유가 있을까요?" over "### Red-Black
 * Tree", "### RBT를 쓰지 않는 이유", then "### 3) …"): the writer numbered the
 * questions and set their answer's parts beside them, not under them.
 */
import { sharesName } from "./drilled-case";
import type { Section } from "./sections";
import { isDescendant } from "./sections";

/** "2) …", "2. …", "Q2. …", "Q 2) …": a question's own number and how it is written. */
const NUMBER = /^\s*(?:\*\*)?\s*(Q\s*)?(\d{1,2})\s*([.)])(?!\d)/i;

function numberOf(s: Section): { n: number; style: string } | null {
  const m = NUMBER.exec(s.text);
  return m ? { n: Number(m[2]), style: `${m[1] ? "Q" : ""}${m[3]}` } : null;
}

/** The index just past a section and everything under it. */
function pastSubtree(sections: Section[], index: number): number {
  let j = index + 1;
  while (j < sections.length && isDescendant(sections[j]!, sections[index]!)) j++;
  return j;
}

/**
 * The sections (each unnumbered sibling with its sub-sections) that answer the empty numbered
 * question at `index`, in order; empty unless the run of topics after it ends at the sibling
 * numbered next in the same style, and unless those topics answer it (see answersIt). A sibling that
 * asks or labels, or holds a part that does, ends the run, and so does a numbered one out of turn.
 */
export function numberedRunAnswer(sections: Section[], index: number): Section[] {
  const question = sections[index]!;
  const own = numberOf(question);
  if (!own || question.role !== "question") return [];
  const out: Section[] = [];
  const parts: Section[] = [];
  for (let j = pastSubtree(sections, index); j < sections.length; ) {
    const next = sections[j]!;
    if (next.depth !== question.depth || next.parent !== question.parent) return [];
    const number = numberOf(next);
    if (number) return number.n === own.n + 1 && number.style === own.style && out.length > 0 && answersIt(parts, question, own.n) ? out : [];
    const end = pastSubtree(sections, j);
    if (sections.slice(j, end).some((s) => s.role !== "topic")) return [];
    out.push(...sections.slice(j, end));
    parts.push(next);
    j = end;
  }
  return [];
}

/** "2-1. B+Tree 구조" under "2. 인덱스는 어떻게 동작하나요?": a part numbered under the question's own number. */
function numberedUnder(part: Section, n: number): boolean {
  return new RegExp(`^\\s*(?:Q\\s*)?${n}\\s*-\\s*\\d{1,2}(?!\\d)`, "i").test(part.text);
}

/**
 * Whether the parts answer the question rather than move on from it: one of them names what it asks about, or
 * every one is numbered under it ("### CORS" and "### 쿠키와 세션" after an empty "### 2) REST API란?" are topics
 * the writer went on to, the question left unanswered).
 */
function answersIt(parts: Section[], question: Section, n: number): boolean {
  return parts.some((p) => sharesName(p.title, question.title)) || parts.every((p) => numberedUnder(p, n));
}

/** The empty numbered questions whose answer was found beside them, per parse (their sections are made anew each time). */
const ANSWERED_BESIDE = new WeakSet<Section>();

/** Record that a question's answer was taken from the headings beside it (heading-answers.ts). */
export function markAnsweredBeside(question: Section): void {
  ANSWERED_BESIDE.add(question);
}

/**
 * Whether a question's answer was found beside it: it was an unanswered question before, listed or offered as a
 * practice prompt, and keeps that prompt's id (context.ts) so a re-import keeps what was practised on it.
 */
export function wasAnsweredBeside(question: Section): boolean {
  return ANSWERED_BESIDE.has(question);
}
